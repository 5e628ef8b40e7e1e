package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.InvalidModelException;
import dev.symposia.event.Award;
import java.io.IOException;
import java.util.Set;

/** {@link Award}: recipients, presenters and session are identifiers. */
public final class AwardCodec {
  private static final String TYPE = "Award";
  private static final SerializedString NAME = new SerializedString("name");
  private static final SerializedString RECIPIENTS = new SerializedString("recipients");
  private static final SerializedString UNVEILED_BY = new SerializedString("unveiledBy");
  private static final SerializedString SESSION = new SerializedString("session");

  private AwardCodec() {}

  /**
   * Reads an award at the parser's current token.
   *
   * @param p the parser, at the value
   * @param context the document being read: how lenient to be, and the identifiers met so far
   * @return the award; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid award
   */
  public static Award read(JsonParser p, ReadContext context) throws IOException {
    Reads.object(p);
    Award.Builder b = Award.builder();
    int seen = 0;
    Set<String> unknown = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "name" -> {
          seen = Reads.once(p, seen, 1);
          b.name(LocalizedTextCodec.read(p));
        }
        case "recipients" -> {
          seen = Reads.once(p, seen, 1 << 1);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addRecipients(context.reference(p, EntityKind.SPEAKER));
          }
        }
        case "unveiledBy" -> {
          seen = Reads.once(p, seen, 1 << 2);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addUnveiledBy(context.reference(p, EntityKind.SPEAKER));
          }
        }
        case "session" -> {
          seen = Reads.once(p, seen, 1 << 3);
          b.session(context.reference(p, EntityKind.SESSION));
        }
        default -> unknown = Reads.unknown(p, context, TYPE, unknown);
      }
    }
    if ((seen & 1) == 0) {
      throw Failures.missing(p, "name");
    }
    try {
      return b.build();
    } catch (InvalidModelException e) {
      throw Failures.model(p, e);
    }
  }

  /**
   * Writes an award.
   *
   * @param award the award; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(Award award, JsonGenerator g) throws IOException {
    g.writeStartObject(award);
    Writes.text(g, NAME, award.name());
    Writes.ids(g, RECIPIENTS, award.recipients());
    Writes.ids(g, UNVEILED_BY, award.unveiledBy());
    Writes.id(g, SESSION, award.session());
    g.writeEndObject();
  }
}
