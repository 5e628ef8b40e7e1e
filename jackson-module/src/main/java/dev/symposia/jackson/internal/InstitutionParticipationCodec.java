package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.InvalidModelException;
import dev.symposia.event.InstitutionParticipation;
import java.io.IOException;
import java.util.Set;

/** {@link InstitutionParticipation}: exactly one of {@code institution} and {@code group}. */
public final class InstitutionParticipationCodec {
  private static final String TYPE = "InstitutionParticipation";
  private static final SerializedString INSTITUTION = new SerializedString("institution");
  private static final SerializedString GROUP = new SerializedString("group");
  private static final SerializedString ROLE = new SerializedString("role");

  private InstitutionParticipationCodec() {}

  /**
   * Reads an institution's role at the parser's current token.
   *
   * @param p the parser, at the value
   * @param context the document being read: how lenient to be, and the identifiers met so far
   * @return the role; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid role
   */
  public static InstitutionParticipation read(JsonParser p, ReadContext context) throws IOException {
    Reads.object(p);
    InstitutionParticipation.Builder b = InstitutionParticipation.builder();
    int seen = 0;
    Set<String> unknown = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "institution" -> {
          seen = Reads.once(p, seen, 1);
          b.institution(context.reference(p, EntityKind.INSTITUTION));
        }
        case "group" -> {
          seen = Reads.once(p, seen, 1 << 1);
          b.group(UnnamedGroupCodec.read(p, context));
        }
        case "role" -> {
          seen = Reads.once(p, seen, 1 << 2);
          b.role(Enums.INSTITUTION_ROLE.read(p));
        }
        default -> unknown = Reads.unknown(p, context, TYPE, unknown);
      }
    }
    if ((seen & (1 << 2)) == 0) {
      throw Failures.missing(p, "role");
    }
    try {
      return b.build();
    } catch (InvalidModelException e) {
      throw Failures.model(p, e);
    }
  }

  /**
   * Writes an institution's role.
   *
   * @param role the role; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(InstitutionParticipation role, JsonGenerator g) throws IOException {
    g.writeStartObject(role);
    Writes.id(g, INSTITUTION, role.institution());
    Writes.object(g, GROUP, role.group(), UnnamedGroupCodec::write);
    Writes.constant(g, ROLE, Enums.INSTITUTION_ROLE, role.role());
    g.writeEndObject();
  }
}
