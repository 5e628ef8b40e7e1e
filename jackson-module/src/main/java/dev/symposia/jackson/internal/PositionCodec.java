package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.InvalidModelException;
import dev.symposia.people.Position;
import java.io.IOException;
import java.util.Set;

/** {@link Position}: {@code status} is always written; a reader takes {@code current} when it is absent. */
public final class PositionCodec {
  private static final String TYPE = "Position";
  private static final SerializedString TITLE = new SerializedString("title");
  private static final SerializedString INSTITUTION = new SerializedString("institution");
  private static final SerializedString STATUS = new SerializedString("status");

  private PositionCodec() {}

  /**
   * Reads a position at the parser's current token.
   *
   * @param p the parser, at the value
   * @param context the document being read: how lenient to be, and the identifiers met so far
   * @return the position; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid
   *     position
   */
  public static Position read(JsonParser p, ReadContext context) throws IOException {
    Reads.object(p);
    Position.Builder b = Position.builder();
    int seen = 0;
    Set<String> unknown = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "title" -> {
          seen = Reads.once(p, seen, 1);
          b.title(LocalizedTextCodec.read(p));
        }
        case "institution" -> {
          seen = Reads.once(p, seen, 1 << 1);
          b.institution(context.reference(p, EntityKind.INSTITUTION));
        }
        case "status" -> {
          seen = Reads.once(p, seen, 1 << 2);
          b.status(Enums.POSITION_STATUS.read(p));
        }
        default -> unknown = Reads.unknown(p, context, TYPE, unknown);
      }
    }
    try {
      return b.build();
    } catch (InvalidModelException e) {
      throw Failures.model(p, e);
    }
  }

  /**
   * Writes a position.
   *
   * @param position the position; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(Position position, JsonGenerator g) throws IOException {
    g.writeStartObject(position);
    Writes.text(g, TITLE, position.title());
    Writes.id(g, INSTITUTION, position.institution());
    Writes.constant(g, STATUS, Enums.POSITION_STATUS, position.status());
    g.writeEndObject();
  }
}
