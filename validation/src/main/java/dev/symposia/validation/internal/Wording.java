package dev.symposia.validation.internal;

import dev.symposia.event.AttendanceMode;
import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EarlierSessionPlan;
import dev.symposia.event.EventStatus;
import dev.symposia.event.Measure;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Statistic;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import dev.symposia.quantity.CountPrecision;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a value of the model as the words of a language, for the parameters of messages: a statistic as
 * {@code at least 20 experts from CN} or {@code 来自 CN 的专家至少 20 名}, an attendance mode as
 * {@code in person} or {@code 线下}, a text of the record in the language when the record has it.
 *
 * <p>Worded values are statistics, counts, earlier plans, places, time slots, texts and the values of every
 * enum of the core model. Every other value (identifiers, dates, numbers, country codes) reads the same in
 * every language and is written with {@code String.valueOf}. A static utility; thread-safe.
 */
public final class Wording {
  private static final int SHOWN = 3;
  private static final int LONGEST_QUOTE = 60;

  private Wording() {}

  /**
   * Tells whether a value is written differently in different languages.
   *
   * @param value the value; may be null
   * @return true for the values this class words
   */
  public static boolean isWorded(Object value) {
    return value instanceof Statistic || value instanceof Count || value instanceof EarlierPlan
        || value instanceof EarlierSessionPlan || value instanceof Place || value instanceof TimeSlot
        || value instanceof LocalizedText || isModelEnum(value);
  }

  private static boolean isModelEnum(Object value) {
    if (!(value instanceof Enum)) {
      return false;
    }
    // NoteKind is in dev.symposia itself; the other enums of the model are in its subpackages.
    String packageName = ((Enum<?>) value).getDeclaringClass().getPackageName();
    return packageName.equals("dev.symposia") || packageName.startsWith("dev.symposia.");
  }

  /**
   * Writes a value in a language.
   *
   * @param value the value; may be null, written {@code null}
   * @param language the language; not null
   * @return the words; never null
   */
  public static String of(Object value, Language language) {
    if (value instanceof Statistic) {
      return statistic((Statistic) value, language);
    }
    if (value instanceof Count) {
      return count((Count) value, language);
    }
    if (value instanceof EarlierPlan) {
      EarlierPlan plan = (EarlierPlan) value;
      return plan(plan.dates().map(Object::toString).orElse(""), plan.places(), plan.mode(), plan.change(),
          plan.description(), language);
    }
    if (value instanceof EarlierSessionPlan) {
      EarlierSessionPlan plan = (EarlierSessionPlan) value;
      String when = plan.date().map(PartialDate::toString).orElse("")
          + (plan.date().isPresent() && plan.time().isPresent() ? " " : "")
          + plan.time().map(time -> timeSlot(time, language)).orElse("");
      return plan(when, plan.places(), plan.mode(), plan.change(), plan.description(), language);
    }
    if (value instanceof Place) {
      return place((Place) value, language);
    }
    if (value instanceof TimeSlot) {
      return timeSlot((TimeSlot) value, language);
    }
    if (value instanceof LocalizedText) {
      return text((LocalizedText) value, language);
    }
    if (isModelEnum(value)) {
      Enum<?> constant = (Enum<?>) value;
      return language.word(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }
    return String.valueOf(value);
  }

  /**
   * Returns the text of a record in a language: the text in that language when the record has one (for
   * Traditional Chinese, a Simplified one rather than none), or else the primary text.
   *
   * @param text the text; not null
   * @param language the language; not null
   * @return the text; never null
   */
  public static String text(LocalizedText text, Language language) {
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Locale locale : text.languages()) {
      int rank = rank(locale, language);
      if (rank < bestRank) {
        bestRank = rank;
        best = text.in(locale).orElseThrow();
      }
    }
    return best != null ? best : text.text();
  }

  // 0 is the language itself, 1 a close relative, MAX_VALUE no match.
  private static int rank(Locale locale, Language language) {
    boolean chinese = "zh".equals(locale.getLanguage());
    switch (language) {
      case ENGLISH:
        return "en".equals(locale.getLanguage()) ? 0 : Integer.MAX_VALUE;
      case SIMPLIFIED_CHINESE:
        return chinese ? (isTraditional(locale) ? 1 : 0) : Integer.MAX_VALUE;
      default:
        return chinese ? (isTraditional(locale) ? 0 : 1) : Integer.MAX_VALUE;
    }
  }

  private static boolean isTraditional(Locale chinese) {
    String script = chinese.getScript();
    if (!script.isEmpty()) {
      return "Hant".equals(script);
    }
    String country = chinese.getCountry();
    return "TW".equals(country) || "HK".equals(country) || "MO".equals(country);
  }

  private static String statistic(Statistic statistic, Language language) {
    Count count = statistic.count();
    // "1 session", "at least 1 session"; "0 sessions", "about 2 sessions", "an unknown number of sessions".
    boolean one = count.value().isPresent() && count.value().getAsLong() == 1;
    Measure measure = statistic.measure();
    Optional<SessionKind> kind = statistic.sessionKind();
    String plural = one ? ".one" : ".other";
    String counted;
    if (measure == Measure.SESSIONS && kind.isPresent()) {
      counted = kindWord(kind.get(), plural, language);
    } else {
      counted = nounOf(measure, plural, language);
    }
    if (statistic.mode().isPresent()) {
      counted = language.word("statistic.mode", language.word("statistic.mode." + statistic.mode().get().name()),
          counted);
    }
    if (measure != Measure.SESSIONS && kind.isPresent()) {
      counted = language.word("statistic.inKind", counted, kindWord(kind.get(), ".other", language));
    }
    if (!statistic.countries().isEmpty()) {
      counted = language.word("statistic.from", counted, list(statistic.countries(), language));
    }
    String number = count.value().isPresent() ? Long.toString(count.value().getAsLong()) : "";
    String classifier = language.has("Measure." + measure.name() + ".classifier")
        ? language.word("Measure." + measure.name() + ".classifier") : "";
    String text = language.word("statistic.count." + count.precision().name(), number, classifier, counted);

    List<String> details = new ArrayList<>();
    if (!statistic.institutionKinds().isEmpty()) {
      details.add(language.word("statistic.institutionKinds", list(statistic.institutionKinds(), language)));
    }
    if (!statistic.topics().isEmpty()) {
      details.add(language.word("statistic.topics", list(statistic.topics(), language)));
    }
    statistic.description().ifPresent(description -> details.add(quoted(description, language)));
    statistic.share().ifPresent(share -> details.add(language.word("statistic.share." + share.precision().name(),
        share.percent().isPresent() ? share.percent().get().toPlainString() + "%"
            : share.part().getAsLong() + "/" + share.whole().getAsLong(), statistic.shareOf().orElseThrow())));
    statistic.sameGroupAs().ifPresent(other -> details.add(language.word("statistic.sameGroupAs", other)));
    if (!details.isEmpty()) {
      text = language.word("statistic.details", text, String.join(language.word("details.separator"), details));
    }
    return text;
  }

  // English counts nouns in the singular or the plural; Chinese nouns have one form.
  private static String nounOf(Measure measure, String plural, Language language) {
    String key = "Measure." + measure.name();
    return language.has(key + plural) ? language.word(key + plural) : language.word(key);
  }

  private static String kindWord(SessionKind kind, String plural, Language language) {
    String key = "SessionKind." + kind.name();
    return language.has(key + plural) ? language.word(key + plural) : language.word(key);
  }

  private static String count(Count count, Language language) {
    if (count.precision() == CountPrecision.EXACT) {
      return Long.toString(count.value().getAsLong());
    }
    String precision = language.word("CountPrecision." + count.precision().name());
    if (count.value().isEmpty()) {
      return precision;
    }
    return language.word("count", precision, count.value().getAsLong());
  }

  private static String plan(String when, List<Place> places, Optional<AttendanceMode> mode,
      Optional<EventStatus> change, Optional<LocalizedText> description, Language language) {
    List<String> parts = new ArrayList<>();
    if (!when.isEmpty()) {
      parts.add(when);
    }
    if (!places.isEmpty()) {
      parts.add(place(places.get(0), language));
    }
    mode.ifPresent(m -> parts.add(of(m, language)));
    change.ifPresent(c -> parts.add(of(c, language)));
    if (parts.isEmpty()) {
      description.ifPresent(d -> parts.add(quoted(d, language)));
    }
    return String.join(language.word("parts.separator"), parts);
  }

  private static String place(Place place, Language language) {
    List<String> parts = new ArrayList<>();
    place.room().ifPresent(p -> parts.add(text(p, language)));
    place.building().ifPresent(p -> parts.add(text(p, language)));
    place.venue().ifPresent(p -> parts.add(text(p, language)));
    place.institution().ifPresent(p -> parts.add("@" + p));
    place.district().ifPresent(p -> parts.add(text(p, language)));
    place.city().ifPresent(p -> parts.add(text(p, language)));
    place.region().ifPresent(p -> parts.add(text(p, language)));
    place.country().ifPresent(p -> parts.add(p.toString()));
    String text = String.join(language.word("parts.separator"), parts);
    return place.isMainVenue() ? language.word("place.mainVenue", text) : text;
  }

  private static String timeSlot(TimeSlot slot, Language language) {
    return slot.partOfDay().map(part -> of(part, language)).orElseGet(slot::toString);
  }

  private static String quoted(LocalizedText text, Language language) {
    String shown = text(text, language);
    if (shown.codePointCount(0, shown.length()) > LONGEST_QUOTE) {
      shown = shown.substring(0, shown.offsetByCodePoints(0, LONGEST_QUOTE - 3)) + "...";
    }
    return language.word("quoted", shown);
  }

  private static String list(List<?> items, Language language) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < Math.min(SHOWN, items.size()); i++) {
      shown.add(of(items.get(i), language));
    }
    String text = String.join(language.word("list.separator"), shown);
    return items.size() > SHOWN ? language.word("list.more", text, items.size() - SHOWN, items.size()) : text;
  }
}
