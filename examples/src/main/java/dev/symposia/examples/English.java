package dev.symposia.examples;

import dev.symposia.quantity.Count;
import dev.symposia.quantity.CountPrecision;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The few pieces of English grammar the examples print with: counted nouns, lists, and dates as people
 * write them.
 *
 * <pre>{@code
 * English.counted(Count.exactly(1), "session", "sessions");   // "1 session"
 * English.dates(DateSpan.parse("2022-11-22/2022-11-24"));     // "22–24 November 2022"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class English {
  private English() {}

  /**
   * Returns a count with its noun, singular for one: {@code 1 session}, {@code more than 160,000 visitors},
   * {@code several institutions}, {@code an unknown number of sessions}.
   *
   * @param count the count; not null
   * @param singular the noun for one; not null
   * @param plural the noun for any other number; not null
   * @return the counted noun; never null
   */
  static String counted(Count count, String singular, String plural) {
    if (count.precision() == CountPrecision.UNKNOWN) {
      return "an unknown number of " + plural;
    }
    if (count.precision() == CountPrecision.SEVERAL) {
      return "several " + plural;
    }
    long value = count.value().orElseThrow();
    // "More than one department": English takes the singular after "one", whatever precedes it.
    return quantifier(count) + (value == 1 && count.precision() != CountPrecision.EXACT ? "one" : number(value))
        + " " + (value == 1 ? singular : plural);
  }

  /**
   * Returns a count in front of the source's own words for what is counted, which are already singular or
   * plural as the source wrote them: {@code 1 expert}, {@code several local government departments}; an
   * unknown count (no number at all) leaves the words alone.
   *
   * @param count the count; not null
   * @param words the source's words; not null
   * @return the counted words; never null
   */
  static String countedWords(Count count, String words) {
    if (count.precision() == CountPrecision.UNKNOWN) {
      return words;
    }
    if (count.precision() == CountPrecision.SEVERAL) {
      return "several " + words;
    }
    long value = count.value().orElseThrow();
    // The words are plural for any number above one; "more than one" would need them singular.
    if (value == 1 && count.precision() == CountPrecision.MORE_THAN) {
      return "multiple " + words;
    }
    if (value == 1 && count.precision() == CountPrecision.AT_LEAST) {
      return "one or more " + words;
    }
    return quantifier(count) + number(value) + " " + words;
  }

  private static String quantifier(Count count) {
    switch (count.precision()) {
      case AT_LEAST:
        return "at least ";
      case MORE_THAN:
        return "more than ";
      case ABOUT:
        return "about ";
      default:
        return "";
    }
  }

  private static String number(long value) {
    return String.format(Locale.ENGLISH, "%,d", value);
  }

  /**
   * Returns a list as a sentence writes it: {@code A}, {@code A and B}, {@code A, B and C}.
   *
   * @param items the items; not null
   * @return the list; empty for no items
   */
  static String list(List<String> items) {
    if (items.size() < 2) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /**
   * Returns the plural of a noun, or of a phrase ending in one, that forms it regularly: {@code hospital} as
   * {@code hospitals}, {@code government body} as {@code government bodies}.
   *
   * @param noun the noun in the singular; not null
   * @return the noun in the plural; never null
   */
  static String plural(String noun) {
    if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    return noun + (noun.endsWith("s") || noun.endsWith("sh") || noun.endsWith("ch") || noun.endsWith("x") ? "es" : "s");
  }

  /**
   * Returns the words of an enum constant: {@code OPENING_CEREMONY} as {@code opening ceremony}.
   *
   * @param constant the constant; not null
   * @return its name in lower case, words separated by spaces; never null
   */
  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Returns a date as people write it: {@code 22 November 2022}, {@code 29 April (year not stated)}, or
   * {@code in November 2022} when the source gives only the month or the year of the day.
   *
   * @param date the date, possibly partial; not null
   * @return the date in English; never null
   */
  static String date(PartialDate date) {
    return dates(DateSpan.on(date));
  }

  /**
   * Returns a span of dates as people write it, saying the month and year once when both ends share them:
   * {@code 22–24 November 2022}, {@code 25 September – 2 October 2021}, {@code 29 April (year not stated)}.
   * A range within one month or year is that month or year ({@code November 2022}); a single day known
   * only in part is {@code in November 2022}.
   *
   * @param span the span; not null
   * @return the span in English; never null
   */
  static String dates(DateSpan span) {
    List<String> end = parts(span.end());
    String yearNotStated =
        span.start().year().isEmpty() && span.end().year().isEmpty() ? " (year not stated)" : "";
    if (span.isSingleDay()) {
      return (span.end().day().isPresent() ? "" : "in ") + String.join(" ", end) + yearNotStated;
    }
    List<String> start = parts(span.start());
    if (start.equals(end)) {
      return String.join(" ", end) + yearNotStated;
    }
    // Day, month, year: the start leaves out what it shares with the end, from the year down.
    for (int fromEnd = 1; start.size() > 1 && fromEnd <= end.size()
        && start.get(start.size() - 1).equals(end.get(end.size() - fromEnd)); fromEnd++) {
      start.remove(start.size() - 1);
    }
    return String.join(" ", start) + (start.size() == 1 ? "–" : " – ") + String.join(" ", end) + yearNotStated;
  }

  private static List<String> parts(PartialDate date) {
    List<String> parts = new ArrayList<>();
    date.day().ifPresent(day -> parts.add(Integer.toString(day)));
    date.month().ifPresent(month -> parts.add(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
    date.year().ifPresent(year -> parts.add(Integer.toString(year)));
    return parts;
  }

  /**
   * Returns a time of day as people write it: {@code afternoon}, {@code 14:00–15:30}, {@code from 14:00},
   * {@code 22:00–01:00 the next day}, {@code 01:30 (UTC+01:00)–02:30 (UTC)}.
   *
   * @param slot the slot; not null
   * @return the slot in English; never null
   */
  static String time(TimeSlot slot) {
    if (slot.partOfDay().isPresent()) {
      return words(slot.partOfDay().get());
    }
    String start = clock(slot.start().orElseThrow(), slot.startOffset());
    if (slot.end().isEmpty()) {
      return "from " + start;
    }
    return start + "–" + clock(slot.end().get(), slot.endOffset()) + (slot.endsNextDay() ? " the next day" : "");
  }

  private static String clock(LocalTime time, Optional<ZoneOffset> offset) {
    return time + offset.map(o -> " (UTC" + (o.getTotalSeconds() == 0 ? "" : o.getId()) + ")").orElse("");
  }

  /**
   * Returns an ordinal number: {@code 1st}, {@code 2nd}, {@code 3rd}, {@code 8th}, {@code 11th}, {@code 24th}.
   *
   * @param number the number, 0 or more
   * @return the ordinal; never null
   */
  static String ordinal(int number) {
    int lastTwo = number % 100;
    int last = number % 10;
    if (lastTwo >= 11 && lastTwo <= 13 || last == 0 || last > 3) {
      return number + "th";
    }
    return number + (last == 1 ? "st" : last == 2 ? "nd" : "rd");
  }
}
