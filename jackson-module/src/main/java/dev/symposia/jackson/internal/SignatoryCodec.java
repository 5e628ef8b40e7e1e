package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.InvalidModelException;
import dev.symposia.agreement.Signatory;
import dev.symposia.identifier.LocalId;
import java.io.IOException;
import java.util.Set;

/** {@link Signatory}: {@code {"person": "li-huabing", "party": "cqmu"}}. */
public final class SignatoryCodec {
  private static final String TYPE = "Signatory";
  private static final SerializedString PERSON = new SerializedString("person");
  private static final SerializedString PARTY = new SerializedString("party");

  private SignatoryCodec() {}

  /**
   * Reads a signatory at the parser's current token.
   *
   * @param p the parser, at the value
   * @param context the document being read: how lenient to be, and the identifiers met so far
   * @return the signatory; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid
   *     signatory
   */
  public static Signatory read(JsonParser p, ReadContext context) throws IOException {
    Reads.object(p);
    LocalId person = null;
    LocalId party = null;
    int seen = 0;
    Set<String> unknown = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "person" -> {
          seen = Reads.once(p, seen, 1);
          person = context.reference(p, EntityKind.SPEAKER);
        }
        case "party" -> {
          seen = Reads.once(p, seen, 1 << 1);
          party = context.reference(p, EntityKind.INSTITUTION);
        }
        default -> unknown = Reads.unknown(p, context, TYPE, unknown);
      }
    }
    if (person == null) {
      throw Failures.missing(p, "person");
    }
    if (party == null) {
      throw Failures.missing(p, "party");
    }
    try {
      return Signatory.of(person, party);
    } catch (InvalidModelException e) {
      throw Failures.model(p, e);
    }
  }

  /**
   * Writes a signatory.
   *
   * @param signatory the signatory; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(Signatory signatory, JsonGenerator g) throws IOException {
    g.writeStartObject(signatory);
    Writes.id(g, PERSON, signatory.person());
    Writes.id(g, PARTY, signatory.party());
    g.writeEndObject();
  }
}
