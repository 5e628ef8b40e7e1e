package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.symposia.InvalidModelException;
import dev.symposia.text.LocalizedText;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JDK types the model uses: time zones, years, lengths of time, addresses and languages. They are read and
 * written only where the model uses them; the module does not change how a mapper handles them elsewhere.
 */
final class JdkValues {
  static final String ZONE_RULE = "must be an IANA time zone name, such as Asia/Shanghai";
  // The region names of the JVM's time-zone database, as core checks them; the JDK copies its list on every call.
  private static final Set<String> IANA_ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

  private static final int MAX_KNOWN_LANGUAGES = 256;
  private static final Map<String, Locale> KNOWN_LANGUAGES = new ConcurrentHashMap<>();

  /** A complete date as ISO 8601 writes it, such as {@code 2025-04-01}. */
  static final Codec<LocalDate> DATE = new Codec<>() {
    @Override
    public LocalDate read(JsonParser p, ReadContext context) throws IOException {
      String text = Reads.string(p);
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        throw Failures.at(p, "must be a date as ISO 8601 writes it, such as 2025-04-01", Texts.quote(text));
      }
    }

    @Override
    public void write(LocalDate date, JsonGenerator g) throws IOException {
      g.writeString(date.toString());
    }
  };

  /** A day of the week, in lower case: {@code monday} to {@code sunday}, as the model's enumerations are written. */
  static final Codec<DayOfWeek> DAY_OF_WEEK = new Codec<>() {
    @Override
    public DayOfWeek read(JsonParser p, ReadContext context) throws IOException {
      String text = Reads.string(p);
      for (DayOfWeek day : DAYS) {
        if (day.name().toLowerCase(Locale.ROOT).equals(text)) {
          return day;
        }
      }
      throw Failures.at(p, "must be one of monday, tuesday, wednesday, thursday, friday, saturday, sunday",
          Texts.quote(text));
    }

    @Override
    public void write(DayOfWeek day, JsonGenerator g) throws IOException {
      g.writeString(day.name().toLowerCase(Locale.ROOT));
    }
  };

  private static final DayOfWeek[] DAYS = DayOfWeek.values();

  /** An IANA time zone name; offsets such as {@code +08:00} and {@code UTC+8} are refused, as core refuses them. */
  static final Codec<ZoneId> ZONE = new Codec<>() {
    @Override
    public ZoneId read(JsonParser p, ReadContext context) throws IOException {
      String text = Reads.string(p);
      if (!IANA_ZONES.contains(text)) {
        throw Failures.at(p, ZONE_RULE, Texts.quote(text));
      }
      try {
        return ZoneId.of(text);
      } catch (DateTimeException e) {
        throw Failures.at(p, ZONE_RULE, Texts.quote(text));
      }
    }

    @Override
    public void write(ZoneId zone, JsonGenerator g) throws IOException {
      g.writeString(zone.getId());
    }
  };

  /** A year, as a whole number. */
  static final Codec<Year> YEAR = new Codec<>() {
    @Override
    public Year read(JsonParser p, ReadContext context) throws IOException {
      return Year.of((int) Reads.wholeNumber(p, Year.MIN_VALUE, Year.MAX_VALUE));
    }

    @Override
    public void write(Year year, JsonGenerator g) throws IOException {
      g.writeNumber(year.getValue());
    }
  };

  /**
   * A length of time as ISO 8601 writes it, such as {@code P3Y} or {@code P1Y6M}; written as
   * {@link Period#toString()} writes it (weeks as days: {@code P2W} is read and written {@code P14D}). Whether
   * it is an acceptable length is the model's business.
   */
  static final Codec<Period> PERIOD = new Codec<>() {
    @Override
    public Period read(JsonParser p, ReadContext context) throws IOException {
      String text = Reads.string(p);
      try {
        return Period.parse(text);
      } catch (DateTimeException e) {
        throw Failures.at(p, "must be an ISO 8601 period of years, months, weeks or days, such as P3Y",
            Texts.quote(text));
      }
    }

    @Override
    public void write(Period period, JsonGenerator g) throws IOException {
      g.writeString(period.toString());
    }
  };

  /** A URI; whether it is an acceptable address is the model's business. */
  static final Codec<URI> URI_CODEC = new Codec<>() {
    @Override
    public URI read(JsonParser p, ReadContext context) throws IOException {
      String text = Reads.string(p);
      try {
        return new URI(text);
      } catch (URISyntaxException e) {
        throw Failures.at(p, "must be a URI", Texts.quote(text));
      }
    }

    @Override
    public void write(URI uri, JsonGenerator g) throws IOException {
      g.writeString(uri.toString());
    }
  };

  /** A BCP 47 language tag. */
  static final Codec<Locale> LANGUAGE = new Codec<>() {
    @Override
    public Locale read(JsonParser p, ReadContext context) throws IOException {
      String text = Reads.string(p);
      // Every name written in Chinese carries "zh-Hans": parsing the tag cost more than the rest of the name.
      // Only accepted tags are kept, and only so many, so that odd input cannot grow the map.
      Locale known = KNOWN_LANGUAGES.get(text);
      if (known != null) {
        return known;
      }
      try {
        Locale language = LocalizedText.parseLanguageTag(text);
        if (KNOWN_LANGUAGES.size() < MAX_KNOWN_LANGUAGES) {
          KNOWN_LANGUAGES.putIfAbsent(text, language);
        }
        return language;
      } catch (InvalidModelException e) {
        throw Failures.at(p, e.rule(), Texts.quote(text));
      }
    }

    @Override
    public void write(Locale language, JsonGenerator g) throws IOException {
      g.writeString(language.toLanguageTag());
    }
  };

  private JdkValues() {}
}
