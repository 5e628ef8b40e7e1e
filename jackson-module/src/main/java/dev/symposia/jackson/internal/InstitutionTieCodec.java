package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.InstitutionTie;
import dev.symposia.institution.TieKind;
import java.io.IOException;
import java.util.Set;

/** {@link InstitutionTie}: {@code {"kind": "run_by", "institution": "shanghaitech"}}. */
public final class InstitutionTieCodec {
  private static final String TYPE = "InstitutionTie";
  private static final SerializedString KIND = new SerializedString("kind");
  private static final SerializedString INSTITUTION = new SerializedString("institution");

  private InstitutionTieCodec() {}

  /**
   * Reads a tie at the parser's current token.
   *
   * @param p the parser, at the value
   * @param context the document being read: how lenient to be, and the identifiers met so far
   * @return the tie; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid tie
   */
  public static InstitutionTie read(JsonParser p, ReadContext context) throws IOException {
    Reads.object(p);
    TieKind kind = null;
    LocalId institution = null;
    int seen = 0;
    Set<String> unknown = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "kind" -> {
          seen = Reads.once(p, seen, 1);
          kind = Enums.TIE_KIND.read(p);
        }
        case "institution" -> {
          seen = Reads.once(p, seen, 1 << 1);
          institution = context.reference(p, EntityKind.INSTITUTION);
        }
        default -> unknown = Reads.unknown(p, context, TYPE, unknown);
      }
    }
    if (kind == null) {
      throw Failures.missing(p, "kind");
    }
    if (institution == null) {
      throw Failures.missing(p, "institution");
    }
    try {
      return InstitutionTie.of(kind, institution);
    } catch (InvalidModelException e) {
      throw Failures.model(p, e);
    }
  }

  /**
   * Writes a tie.
   *
   * @param tie the tie; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(InstitutionTie tie, JsonGenerator g) throws IOException {
    g.writeStartObject(tie);
    Writes.constant(g, KIND, Enums.TIE_KIND, tie.kind());
    Writes.id(g, INSTITUTION, tie.institution());
    g.writeEndObject();
  }
}
