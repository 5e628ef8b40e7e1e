package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.InvalidModelException;
import dev.symposia.quantity.Count;
import dev.symposia.quantity.CountPrecision;
import java.io.IOException;
import java.util.Set;

/**
 * {@link Count}: {@code {"precision": "more_than", "value": 200}}; {@code value} is required for every
 * precision but {@code unknown}, and forbidden for it.
 */
public final class CountCodec {
  private static final String TYPE = "Count";
  private static final SerializedString PRECISION = new SerializedString("precision");
  private static final SerializedString VALUE = new SerializedString("value");
  private static final int B_PRECISION = 1;
  private static final int B_VALUE = 1 << 1;

  private CountCodec() {}

  /**
   * Reads a count at the parser's current token.
   *
   * @param p the parser, at the value
   * @param context the document being read: how lenient to be, and the identifiers met so far
   * @return the count; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid count
   */
  public static Count read(JsonParser p, ReadContext context) throws IOException {
    Reads.object(p);
    int seen = 0;
    Set<String> unknown = null;
    CountPrecision precision = null;
    long value = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "precision" -> {
          seen = Reads.once(p, seen, B_PRECISION);
          precision = Enums.COUNT_PRECISION.read(p);
        }
        case "value" -> {
          seen = Reads.once(p, seen, B_VALUE);
          value = Reads.wholeNumber(p, 0, Long.MAX_VALUE);
        }
        default -> unknown = Reads.unknown(p, context, TYPE, unknown);
      }
    }
    if (precision == null) {
      throw Failures.missing(p, "precision");
    }
    boolean hasValue = (seen & B_VALUE) != 0;
    if (precision == CountPrecision.UNKNOWN) {
      if (hasValue) {
        throw Failures.property(p, "value", "must be absent when the precision is unknown", Long.toString(value));
      }
      return Count.unknown();
    }
    if (!hasValue) {
      throw Failures.missing(p, "value");
    }
    try {
      switch (precision) {
        case EXACT:
          return Count.exactly(value);
        case AT_LEAST:
          return Count.atLeast(value);
        case MORE_THAN:
          return Count.moreThan(value);
        default:
          return Count.about(value);
      }
    } catch (InvalidModelException e) {
      throw Failures.model(p, e);
    }
  }

  /**
   * Writes a count.
   *
   * @param count the count; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(Count count, JsonGenerator g) throws IOException {
    g.writeStartObject(count);
    g.writeFieldName(PRECISION);
    Enums.COUNT_PRECISION.write(count.precision(), g);
    if (count.value().isPresent()) {
      g.writeFieldName(VALUE);
      g.writeNumber(count.value().getAsLong());
    }
    g.writeEndObject();
  }
}
