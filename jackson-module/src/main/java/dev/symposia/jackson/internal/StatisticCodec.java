package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.InvalidModelException;
import dev.symposia.event.Statistic;
import java.io.IOException;
import java.util.Set;

/** {@link Statistic}. */
public final class StatisticCodec {
  private static final String TYPE = "Statistic";
  private static final SerializedString MEASURE = new SerializedString("measure");
  private static final SerializedString COUNT = new SerializedString("count");
  private static final SerializedString SESSION_KIND = new SerializedString("sessionKind");
  private static final SerializedString MODE = new SerializedString("mode");
  private static final SerializedString COUNTRIES = new SerializedString("countries");
  private static final SerializedString INSTITUTION_KINDS = new SerializedString("institutionKinds");
  private static final SerializedString TOPICS = new SerializedString("topics");
  private static final SerializedString DESCRIPTION = new SerializedString("description");

  private StatisticCodec() {}

  /**
   * Reads a statistic at the parser's current token.
   *
   * @param p the parser, at the value
   * @param context the document being read: how lenient to be, and the identifiers met so far
   * @return the statistic; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid
   *     statistic
   */
  public static Statistic read(JsonParser p, ReadContext context) throws IOException {
    Reads.object(p);
    Statistic.Builder b = Statistic.builder();
    int seen = 0;
    Set<String> unknown = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "measure" -> {
          seen = Reads.once(p, seen, 1);
          b.measure(Enums.MEASURE.read(p));
        }
        case "count" -> {
          seen = Reads.once(p, seen, 1 << 1);
          b.count(CountCodec.read(p, context));
        }
        case "sessionKind" -> {
          seen = Reads.once(p, seen, 1 << 2);
          b.sessionKind(Enums.SESSION_KIND.read(p));
        }
        case "mode" -> {
          seen = Reads.once(p, seen, 1 << 3);
          b.mode(Enums.ATTENDANCE_MODE.read(p));
        }
        case "countries" -> {
          seen = Reads.once(p, seen, 1 << 4);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addCountries(Values.COUNTRY_CODE.read(p));
          }
        }
        case "institutionKinds" -> {
          seen = Reads.once(p, seen, 1 << 5);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addInstitutionKinds(Enums.INSTITUTION_KIND.read(p));
          }
        }
        case "topics" -> {
          seen = Reads.once(p, seen, 1 << 6);
          for (Reads.array(p); p.nextToken() != JsonToken.END_ARRAY; ) {
            b.addTopics(LocalizedTextCodec.read(p));
          }
        }
        case "description" -> {
          seen = Reads.once(p, seen, 1 << 7);
          b.description(LocalizedTextCodec.read(p));
        }
        default -> unknown = Reads.unknown(p, context, TYPE, unknown);
      }
    }
    if ((seen & 1) == 0) {
      throw Failures.missing(p, "measure");
    }
    if ((seen & (1 << 1)) == 0) {
      throw Failures.missing(p, "count");
    }
    try {
      return b.build();
    } catch (InvalidModelException e) {
      throw Failures.model(p, e);
    }
  }

  /**
   * Writes a statistic.
   *
   * @param statistic the statistic; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(Statistic statistic, JsonGenerator g) throws IOException {
    g.writeStartObject(statistic);
    Writes.constant(g, MEASURE, Enums.MEASURE, statistic.measure());
    g.writeFieldName(COUNT);
    CountCodec.write(statistic.count(), g);
    Writes.constant(g, SESSION_KIND, Enums.SESSION_KIND, statistic.sessionKind());
    Writes.constant(g, MODE, Enums.ATTENDANCE_MODE, statistic.mode());
    Writes.list(g, COUNTRIES, statistic.countries(), Values.COUNTRY_CODE::write);
    Writes.constants(g, INSTITUTION_KINDS, Enums.INSTITUTION_KIND, statistic.institutionKinds());
    Writes.texts(g, TOPICS, statistic.topics());
    Writes.text(g, DESCRIPTION, statistic.description());
    g.writeEndObject();
  }
}
