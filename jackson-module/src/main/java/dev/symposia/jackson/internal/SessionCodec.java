package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.InvalidModelException;
import dev.symposia.event.Session;
import java.io.IOException;
import java.util.Set;

/** {@link Session}, an aggregate: as the root of a document it carries the format marker. */
public final class SessionCodec {
  private static final String TYPE = "Session";
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString KIND = new SerializedString("kind");
  private static final SerializedString TITLE = new SerializedString("title");
  private static final SerializedString TOPICS = new SerializedString("topics");
  private static final SerializedString DATE = new SerializedString("date");
  private static final SerializedString TIME = new SerializedString("time");
  private static final SerializedString MODE = new SerializedString("mode");
  private static final SerializedString PLACES = new SerializedString("places");
  private static final SerializedString PART_OF = new SerializedString("partOf");
  private static final SerializedString PARTICIPANTS = new SerializedString("participants");
  private static final SerializedString STATISTICS = new SerializedString("statistics");
  private static final SerializedString DESCRIPTION = new SerializedString("description");
  private static final int B_FORMAT = 1 << 31;

  private SessionCodec() {}

  /**
   * Reads a session at the parser's current token.
   *
   * @param p the parser, at the value
   * @param context the document being read: how lenient to be, and the identifiers met so far
   * @return the session; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid session
   */
  public static Session read(JsonParser p, ReadContext context) throws IOException {
    Reads.object(p);
    boolean root = Reads.isRoot(p);
    Session.Builder b = Session.builder();
    int seen = 0;
    Set<String> unknown = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "id" -> {
          seen = Reads.once(p, seen, 1);
          b.id(context.declaration(p, EntityKind.SESSION));
        }
        case "kind" -> {
          seen = Reads.once(p, seen, 1 << 1);
          b.kind(Enums.SESSION_KIND.read(p));
        }
        case "title" -> {
          seen = Reads.once(p, seen, 1 << 2);
          b.title(LocalizedTextCodec.read(p));
        }
        case "topics" -> {
          seen = Reads.once(p, seen, 1 << 3);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addTopics(LocalizedTextCodec.read(p));
          }
        }
        case "date" -> {
          seen = Reads.once(p, seen, 1 << 4);
          b.date(Values.PARTIAL_DATE.read(p));
        }
        case "time" -> {
          seen = Reads.once(p, seen, 1 << 5);
          b.time(Values.TIME_SLOT.read(p));
        }
        case "mode" -> {
          seen = Reads.once(p, seen, 1 << 6);
          b.mode(Enums.ATTENDANCE_MODE.read(p));
        }
        case "places" -> {
          seen = Reads.once(p, seen, 1 << 7);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addPlaces(PlaceCodec.read(p, context));
          }
        }
        case "partOf" -> {
          seen = Reads.once(p, seen, 1 << 8);
          b.partOf(context.reference(p, EntityKind.SESSION));
        }
        case "participants" -> {
          seen = Reads.once(p, seen, 1 << 9);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addParticipants(ParticipationCodec.read(p, context));
          }
        }
        case "statistics" -> {
          seen = Reads.once(p, seen, 1 << 10);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addStatistics(StatisticCodec.read(p, context));
          }
        }
        case "description" -> {
          seen = Reads.once(p, seen, 1 << 11);
          b.description(LocalizedTextCodec.read(p));
        }
        case Reads.FORMAT_PROPERTY -> {
          if (root) {
            seen = Reads.once(p, seen, B_FORMAT);
            Reads.format(p);
          } else {
            unknown = Reads.unknown(p, context, TYPE, unknown);
          }
        }
        default -> unknown = Reads.unknown(p, context, TYPE, unknown);
      }
    }
    if (root && (seen & B_FORMAT) == 0) {
      throw Failures.missing(p, Reads.FORMAT_PROPERTY);
    }
    if ((seen & 1) == 0) {
      throw Failures.missing(p, "id");
    }
    if ((seen & (1 << 1)) == 0) {
      throw Failures.missing(p, "kind");
    }
    try {
      return b.build();
    } catch (InvalidModelException e) {
      throw Failures.model(p, e);
    }
  }

  /**
   * Writes a session.
   *
   * @param session the session; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(Session session, JsonGenerator g) throws IOException {
    Writes.startObject(g, session);
    Writes.id(g, ID, session.id());
    Writes.constant(g, KIND, Enums.SESSION_KIND, session.kind());
    Writes.text(g, TITLE, session.title());
    Writes.texts(g, TOPICS, session.topics());
    Writes.value(g, DATE, Values.PARTIAL_DATE, session.date());
    Writes.value(g, TIME, Values.TIME_SLOT, session.time());
    Writes.constant(g, MODE, Enums.ATTENDANCE_MODE, session.mode());
    Writes.list(g, PLACES, session.places(), PlaceCodec::write);
    Writes.id(g, PART_OF, session.partOf());
    Writes.list(g, PARTICIPANTS, session.participants(), ParticipationCodec::write);
    Writes.list(g, STATISTICS, session.statistics(), StatisticCodec::write);
    Writes.text(g, DESCRIPTION, session.description());
    g.writeEndObject();
  }
}
