package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.InvalidModelException;
import dev.symposia.event.RelatedEvent;
import java.io.IOException;
import java.util.Set;

/** {@link RelatedEvent}. */
public final class RelatedEventCodec {
  private static final String TYPE = "RelatedEvent";
  private static final SerializedString RELATION = new SerializedString("relation");
  private static final SerializedString TITLE = new SerializedString("title");
  private static final SerializedString DATES = new SerializedString("dates");
  private static final SerializedString PLACES = new SerializedString("places");

  private RelatedEventCodec() {}

  /**
   * Reads a related event at the parser's current token.
   *
   * @param p the parser, at the value
   * @param context the document being read: how lenient to be, and the identifiers met so far
   * @return the related event; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid
   *     related event
   */
  public static RelatedEvent read(JsonParser p, ReadContext context) throws IOException {
    Reads.object(p);
    RelatedEvent.Builder b = RelatedEvent.builder();
    int seen = 0;
    Set<String> unknown = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "relation" -> {
          seen = Reads.once(p, seen, 1);
          b.relation(Enums.EVENT_RELATION.read(p));
        }
        case "title" -> {
          seen = Reads.once(p, seen, 1 << 1);
          b.title(LocalizedTextCodec.read(p));
        }
        case "dates" -> {
          seen = Reads.once(p, seen, 1 << 2);
          b.dates(Values.DATE_SPAN.read(p));
        }
        case "places" -> {
          seen = Reads.once(p, seen, 1 << 3);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addPlaces(PlaceCodec.read(p, context));
          }
        }
        default -> unknown = Reads.unknown(p, context, TYPE, unknown);
      }
    }
    if ((seen & 1) == 0) {
      throw Failures.missing(p, "relation");
    }
    try {
      return b.build();
    } catch (InvalidModelException e) {
      throw Failures.model(p, e);
    }
  }

  /**
   * Writes a related event.
   *
   * @param event the related event; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(RelatedEvent event, JsonGenerator g) throws IOException {
    g.writeStartObject(event);
    Writes.constant(g, RELATION, Enums.EVENT_RELATION, event.relation());
    Writes.text(g, TITLE, event.title());
    Writes.value(g, DATES, Values.DATE_SPAN, event.dates());
    Writes.list(g, PLACES, event.places(), PlaceCodec::write);
    g.writeEndObject();
  }
}
