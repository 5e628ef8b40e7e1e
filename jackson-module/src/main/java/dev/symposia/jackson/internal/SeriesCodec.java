package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.InvalidModelException;
import dev.symposia.event.Series;
import java.io.IOException;
import java.util.Set;

/** {@link Series}: {@code firstYear} is a number. */
public final class SeriesCodec {
  private static final String TYPE = "Series";
  private static final SerializedString NAME = new SerializedString("name");
  private static final SerializedString SHORT_NAME = new SerializedString("shortName");
  private static final SerializedString FIRST_YEAR = new SerializedString("firstYear");
  private static final SerializedString FREQUENCY = new SerializedString("frequency");
  private static final SerializedString EDITIONS_HELD = new SerializedString("editionsHeld");
  private static final SerializedString USUAL_PLACE = new SerializedString("usualPlace");

  private SeriesCodec() {}

  /**
   * Reads a series at the parser's current token.
   *
   * @param p the parser, at the value
   * @param context the document being read: how lenient to be, and the identifiers met so far
   * @return the series; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid series
   */
  public static Series read(JsonParser p, ReadContext context) throws IOException {
    Reads.object(p);
    Series.Builder b = Series.builder();
    int seen = 0;
    Set<String> unknown = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "name" -> {
          seen = Reads.once(p, seen, 1);
          b.name(LocalizedTextCodec.read(p));
        }
        case "shortName" -> {
          seen = Reads.once(p, seen, 1 << 1);
          b.shortName(Reads.string(p));
        }
        case "firstYear" -> {
          seen = Reads.once(p, seen, 1 << 2);
          b.firstYear(JdkValues.year(p));
        }
        case "frequency" -> {
          seen = Reads.once(p, seen, 1 << 3);
          b.frequency(Enums.SERIES_FREQUENCY.read(p));
        }
        case "editionsHeld" -> {
          seen = Reads.once(p, seen, 1 << 4);
          b.editionsHeld(CountCodec.read(p, context));
        }
        case "usualPlace" -> {
          seen = Reads.once(p, seen, 1 << 5);
          b.usualPlace(PlaceCodec.read(p, context));
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
   * Writes a series.
   *
   * @param series the series; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(Series series, JsonGenerator g) throws IOException {
    g.writeStartObject(series);
    Writes.text(g, NAME, series.name());
    Writes.string(g, SHORT_NAME, series.shortName());
    if (series.firstYear().isPresent()) {
      g.writeFieldName(FIRST_YEAR);
      g.writeNumber(series.firstYear().get().getValue());
    }
    Writes.constant(g, FREQUENCY, Enums.SERIES_FREQUENCY, series.frequency());
    Writes.object(g, EDITIONS_HELD, series.editionsHeld(), CountCodec::write);
    Writes.object(g, USUAL_PLACE, series.usualPlace(), PlaceCodec::write);
    g.writeEndObject();
  }
}
