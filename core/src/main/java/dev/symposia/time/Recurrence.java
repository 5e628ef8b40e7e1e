package dev.symposia.time;

import dev.symposia.InvalidModelException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The rule of a series of sessions, such as "the first Tuesday of each month, twelve times", with its
 * exceptions: a subset of the recurrence rule ({@code RRULE}) of RFC 5545, stated once and expanded into
 * {@linkplain Occurrence occurrences} on the real timeline.
 *
 * <pre>{@code
 * Recurrence firstTuesdays = Recurrence.builder().frequency(RecurrenceFrequency.MONTHLY)
 *     .weekOfMonth(1).addDays(DayOfWeek.TUESDAY).count(12)
 *     .addChanges(RecurrenceChange.move(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 8)))
 *     .addChanges(RecurrenceChange.cancel(LocalDate.of(2025, 8, 5)))
 *     .build();
 * firstTuesdays.occurrences(LocalDate.of(2025, 1, 7), TimeSlot.parse("18:00/19:30"), ZoneId.of("Europe/Berlin"));
 *     // 11 sessions: 2025-01-07 17:00Z, 2025-02-04 17:00Z, 2025-03-04 17:00Z, 2025-04-08 16:00Z, ...
 * }</pre>
 *
 * <p><b>The rule.</b> Every {@link #interval()} days, weeks or months ({@link #frequency()}), counted from the
 * first date, the rule gives:
 * <ul>
 *   <li>{@link RecurrenceFrequency#DAILY DAILY}: that day ({@code FREQ=DAILY;INTERVAL=n});
 *   <li>{@link RecurrenceFrequency#WEEKLY WEEKLY}: each of the {@link #days()} of that week, or the weekday
 *       of the first date when no day is given ({@code FREQ=WEEKLY;BYDAY=MO,TH}). Weeks start on Monday, as
 *       RFC 5545's default {@code WKST=MO}, which matters only when {@code interval} is more than 1;
 *   <li>{@link RecurrenceFrequency#MONTHLY MONTHLY}: the {@link #weekOfMonth()}-th of the one day in
 *       {@link #days()} ({@code FREQ=MONTHLY;BYDAY=1TU}; {@code -1} for the last, {@code BYDAY=-1FR}), or the
 *       {@link #dayOfMonth()} ({@code BYMONTHDAY=15}), or, when neither is given, the day of the month of the
 *       first date. A month without that day (a fifth Tuesday, a 31st) gives no date, as in RFC 5545: the
 *       rule does not move to the month's last day.
 * </ul>
 *
 * <p><b>The first date.</b> The rule does not hold its first date: the series' first session gives it, and
 * {@link #occurrences(LocalDate, TimeSlot, ZoneId)} takes it. The first date is an occurrence only if the
 * rule gives it; the dates before it are not. Where no day is stated (a weekly rule without days, a monthly
 * rule with neither week nor day of the month) the first date always fits. (RFC 5545 counts {@code DTSTART} as
 * the first occurrence and leaves a {@code DTSTART} the rule does not give undefined; this class reads it as
 * most implementations do, as the start of the search.)
 *
 * <p><b>The end.</b> The rule ends after {@link #count()} dates, or on its {@link #until()} date, inclusive.
 * A rule may state both, as a source that says "twelve times in 2025" does, and then ends at whichever
 * comes first (RFC 5545 allows only one of them in an {@code RRULE}). A rule may state neither, as a source
 * that says "every month" does; its expansion then stops after {@link #MAX_OCCURRENCES} dates. Cancelled
 * occurrences count, as the dates that {@code EXDATE} removes do in RFC 5545: twelve times with one
 * cancelled is eleven sessions.
 *
 * <p><b>Changes.</b> Each of the {@link #changes()} concerns one date the rule gives, by its
 * {@link RecurrenceChange#occurrence()}, and cancels it, moves it or gives it a new time. A rule refuses two
 * changes of one date; its expansion refuses a change of a date the rule does not give from that first date.
 *
 * <p><b>Refusals.</b> The builder refuses, with an {@link InvalidModelException} naming the attribute: an
 * {@code interval} outside 1 to {@value #MAX_INTERVAL}; days, a week or a day of the month in a daily rule; a
 * week or a day of the month in a weekly rule, or a day given twice; in a monthly rule, a week of the month
 * other than 1 to 5 or -1, or without exactly one day, a day of the month outside 1 to 31, or with days, both
 * a week and a day of the month, or days without a week; a {@code count} outside 1 to
 * {@value #MAX_OCCURRENCES}; two changes of one date.
 *
 * <p>{@link #days()} are kept in order from Monday to Sunday and {@link #changes()} in the order of their dates,
 * whatever order the builder was given, so that two rules that mean the same are equal.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Recurrence {
  /**
   * The most dates an expansion gives: the largest {@link #count()}, and where the expansion of a rule
   * without a count stops.
   */
  public static final int MAX_OCCURRENCES = 1000;
  /** The largest {@link #interval()}. */
  public static final int MAX_INTERVAL = 999;

  private static final String TYPE = "Recurrence";
  private static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1);
  private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

  Recurrence() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether the rule repeats by days, weeks or months.
   *
   * @return the frequency; never null
   */
  public abstract RecurrenceFrequency frequency();

  /**
   * Returns every how many days, weeks or months the rule repeats: 2 for every other week.
   *
   * @return from 1 to {@value #MAX_INTERVAL}; 1 by default
   */
  @Value.Default
  public int interval() {
    return 1;
  }

  /**
   * Returns the weekdays of the rule: in a weekly rule, the days of each week; in a monthly rule, the one
   * day of which the {@link #weekOfMonth()}-th is meant.
   *
   * @return the days, from Monday to Sunday, each once; empty in a daily rule, in a weekly rule held on the
   *     weekday of its first date, and in a monthly rule without a week of the month
   */
  public abstract List<DayOfWeek> days();

  /**
   * Returns which of the month's {@link #days()} a monthly rule is held on: 1 for the first, 5 for the
   * fifth (months without one give no date), -1 for the last.
   *
   * @return 1 to 5 or -1; empty except in a monthly rule by weekday
   */
  public abstract OptionalInt weekOfMonth();

  /**
   * Returns the day of the month a monthly rule is held on; months without that day give no date.
   *
   * @return 1 to 31; empty except in a monthly rule by day of the month
   */
  public abstract OptionalInt dayOfMonth();

  /**
   * Returns how many dates the rule gives, cancelled ones included.
   *
   * @return 1 to {@value #MAX_OCCURRENCES}; empty when the source gives no number
   */
  public abstract OptionalInt count();

  /**
   * Returns the last date the rule may give, inclusive.
   *
   * @return the date; empty when the source gives no end date
   */
  public abstract Optional<LocalDate> until();

  /**
   * Returns the exceptions to the rule: occurrences cancelled, moved or held at another time.
   *
   * @return the changes, in the order of the dates they concern, at most one for a date; never null
   */
  public abstract List<RecurrenceChange> changes();

  @Value.Check
  Recurrence normalize() {
    check();
    boolean daysInOrder = true;
    for (int i = 1; i < days().size(); i++) {
      daysInOrder &= days().get(i - 1).compareTo(days().get(i)) < 0;
    }
    boolean changesInOrder = true;
    for (int i = 1; i < changes().size(); i++) {
      changesInOrder &= changes().get(i - 1).occurrence().isBefore(changes().get(i).occurrence());
    }
    if (daysInOrder && changesInOrder) {
      return this;
    }
    List<DayOfWeek> days = new ArrayList<>(days());
    Collections.sort(days);
    List<RecurrenceChange> changes = new ArrayList<>(changes());
    changes.sort(Comparator.comparing(RecurrenceChange::occurrence));
    return builder().from(this).days(days).changes(changes).build();
  }

  private void check() {
    until().ifPresent(date -> RecurrenceChange.requireYear(TYPE, "until", date));
    if (interval() < 1 || interval() > MAX_INTERVAL) {
      throw new InvalidModelException(TYPE, "interval", "must be from 1 to " + MAX_INTERVAL, interval());
    }
    switch (frequency()) {
      case DAILY:
        refuseDays("in a DAILY rule");
        refuseWeekOfMonth("in a DAILY rule");
        refuseDayOfMonth("in a DAILY rule");
        break;
      case WEEKLY:
        refuseWeekOfMonth("in a WEEKLY rule");
        refuseDayOfMonth("in a WEEKLY rule");
        Set<DayOfWeek> seen = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : days()) {
          if (!seen.add(day)) {
            throw new InvalidModelException(TYPE, "days", "must name each day once", day);
          }
        }
        break;
      default:
        checkMonthly();
    }
    if (count().isPresent() && (count().getAsInt() < 1 || count().getAsInt() > MAX_OCCURRENCES)) {
      throw new InvalidModelException(TYPE, "count", "must be from 1 to " + MAX_OCCURRENCES, count().getAsInt());
    }
    Set<LocalDate> changed = new java.util.HashSet<>();
    for (RecurrenceChange change : changes()) {
      if (!changed.add(change.occurrence())) {
        throw new InvalidModelException(TYPE, "changes", "must change each occurrence once", change.occurrence());
      }
    }
  }

  private void checkMonthly() {
    if (weekOfMonth().isPresent()) {
      int week = weekOfMonth().getAsInt();
      if (week != -1 && (week < 1 || week > 5)) {
        throw new InvalidModelException(TYPE, "weekOfMonth", "must be from 1 to 5, or -1 for the last", week);
      }
      if (days().size() != 1) {
        throw new InvalidModelException(TYPE, "days", "must be exactly one day with weekOfMonth", days());
      }
      refuseDayOfMonth("with weekOfMonth");
    } else if (dayOfMonth().isPresent()) {
      int day = dayOfMonth().getAsInt();
      if (day < 1 || day > 31) {
        throw new InvalidModelException(TYPE, "dayOfMonth", "must be from 1 to 31", day);
      }
      refuseDays("with dayOfMonth");
    } else {
      refuseDays("in a MONTHLY rule without weekOfMonth");
    }
  }

  private void refuseDays(String where) {
    if (!days().isEmpty()) {
      throw new InvalidModelException(TYPE, "days", "must be empty " + where, days());
    }
  }

  private void refuseWeekOfMonth(String where) {
    if (weekOfMonth().isPresent()) {
      throw new InvalidModelException(TYPE, "weekOfMonth", "must be empty " + where, weekOfMonth().getAsInt());
    }
  }

  private void refuseDayOfMonth(String where) {
    if (dayOfMonth().isPresent()) {
      throw new InvalidModelException(TYPE, "dayOfMonth", "must be empty " + where, dayOfMonth().getAsInt());
    }
  }

  /**
   * Returns the occurrences of the rule from a first date: the dates the rule gives, without the cancelled
   * ones, with moves and new times applied, each placed on the timeline when a time and a zone are given.
   *
   * <pre>{@code
   * rule.occurrences(LocalDate.of(2025, 1, 7), TimeSlot.parse("18:00/19:30"), ZoneId.of("Europe/Berlin"));
   * rule.occurrences(LocalDate.of(2025, 1, 7), null, null);   // dates only
   * }</pre>
   *
   * <p>Occurrences are in the order of the dates the rule gives; a moved occurrence keeps its place, so
   * their {@link Occurrence#date()}s are in order only when no move passes another occurrence. The
   * expansion stops after {@link #count()} dates, after the {@link #until()} date, after
   * {@link #MAX_OCCURRENCES} dates (cancelled ones included) and after 9999-12-31, whichever comes first. Each
   * interval is {@link TimeSlot#interval(LocalDate, ZoneId)} of the occurrence's time on its date: 18:00 in
   * Europe/Berlin is 17:00 UTC in winter and 16:00 UTC in summer. The work is proportional to the number of
   * dates given (and, for a monthly rule, of months looked at), never a scan of every day.
   *
   * @param first the first date of the series, where the rule starts; not null, in the years 1 to 9999; an
   *     occurrence only if the rule gives it
   * @param time the time of day of the sessions; may be null when not known
   * @param zone the time zone of the sessions' clock times; may be null, and then no occurrence has an interval
   * @return the occurrences; never null, empty when the rule gives no date
   * @throws InvalidModelException if {@code first} is null or outside the years 1 to 9999 (attribute
   *     {@code first}); if a change concerns a date the rule does not give from {@code first} (attribute
   *     {@code changes[i].occurrence}, {@code i} counting from 0 in {@link #changes()}); or if a time cannot be
   *     placed on an occurrence's date in {@code zone}, because clocks skip it that day or its stated offset is
   *     not in force then (attribute {@code time}, or {@code changes[i].time} for a change's time: a change
   *     that gives that occurrence another time resolves it)
   */
  public List<Occurrence> occurrences(LocalDate first, TimeSlot time, ZoneId zone) {
    return expand(first, time, zone, null);
  }

  /**
   * Returns the occurrences of the rule from a first date through a last date of the rule, inclusive: as
   * {@link #occurrences(LocalDate, TimeSlot, ZoneId)} does, without the dates the rule gives after
   * {@code through}. This bounds a rule that states no end.
   *
   * <pre>{@code
   * everyMonth.occurrences(LocalDate.of(2025, 1, 7), slot, berlin, LocalDate.of(2025, 12, 31));
   * }</pre>
   *
   * <p>{@code through} bounds the dates the rule gives, not the dates occurrences are moved to. Changes are
   * checked against the whole rule, including the dates after {@code through}, and the expansion still stops
   * after {@link #MAX_OCCURRENCES} dates.
   *
   * @param first the first date of the series; not null, in the years 1 to 9999
   * @param time the time of day of the sessions; may be null when not known
   * @param zone the time zone of the sessions' clock times; may be null
   * @param through the last date of the rule to include; not null
   * @return the occurrences; never null
   * @throws InvalidModelException if {@code through} is null (attribute {@code through}), and as
   *     {@link #occurrences(LocalDate, TimeSlot, ZoneId)} does
   */
  public List<Occurrence> occurrences(LocalDate first, TimeSlot time, ZoneId zone, LocalDate through) {
    if (through == null) {
      throw new InvalidModelException(TYPE, "through", "is required");
    }
    return expand(first, time, zone, through);
  }

  private List<Occurrence> expand(LocalDate first, TimeSlot time, ZoneId zone, LocalDate through) {
    if (first == null) {
      throw new InvalidModelException(TYPE, "first", "is required");
    }
    if (first.isBefore(FIRST_DATE) || first.isAfter(LAST_DATE)) {
      throw new InvalidModelException(TYPE, "first", "must be from " + FIRST_DATE + " to " + LAST_DATE, first);
    }
    List<LocalDate> dates = ruleDates(first);
    Map<LocalDate, Integer> changeIndex = new HashMap<>();
    for (int i = 0; i < changes().size(); i++) {
      changeIndex.put(changes().get(i).occurrence(), i);
    }
    checkChanges(first, dates);
    List<Occurrence> occurrences = new ArrayList<>(dates.size());
    for (LocalDate ruleDate : dates) {
      if (through != null && ruleDate.isAfter(through)) {
        break;
      }
      Integer index = changeIndex.get(ruleDate);
      RecurrenceChange change = index == null ? null : changes().get(index);
      if (change != null && change.cancelled()) {
        continue;
      }
      LocalDate date = change == null ? ruleDate : change.movedTo().orElse(ruleDate);
      boolean newTime = change != null && change.time().isPresent();
      TimeSlot slot = newTime ? change.time().get() : time;
      Occurrence.Builder occurrence = Occurrence.builder().ruleDate(ruleDate).date(date);
      if (slot != null) {
        occurrence.time(slot);
        if (zone != null) {
          occurrence.interval(place(slot, date, zone, newTime ? "changes[" + index + "].time" : "time", ruleDate));
        }
      }
      if (change != null) {
        occurrence.change(change);
      }
      occurrences.add(occurrence.build());
    }
    return Collections.unmodifiableList(occurrences);
  }

  private static Optional<ZonedInterval> place(TimeSlot slot, LocalDate date, ZoneId zone, String attribute,
      LocalDate ruleDate) {
    try {
      return slot.interval(date, zone);
    } catch (InvalidModelException e) {
      InvalidModelException refusal = new InvalidModelException(TYPE, attribute, "cannot be placed on the "
          + "occurrence of " + ruleDate + ": " + e.rule() + "; give that occurrence another time with a "
          + "RecurrenceChange", slot);
      refusal.initCause(e);
      throw refusal;
    }
  }

  /** Refuses a change of a date the rule does not give from the first date. */
  private void checkChanges(LocalDate first, List<LocalDate> dates) {
    if (changes().isEmpty()) {
      return;
    }
    Set<LocalDate> given = new java.util.HashSet<>(dates);
    // Without a count, the rule goes on after the dates expanded, which stop at MAX_OCCURRENCES.
    boolean goesOn = count().isEmpty() && dates.size() == MAX_OCCURRENCES;
    LocalDate lastGiven = dates.isEmpty() ? null : dates.get(dates.size() - 1);
    for (int i = 0; i < changes().size(); i++) {
      LocalDate date = changes().get(i).occurrence();
      boolean ruleDate = given.contains(date)
          || goesOn && date.isAfter(lastGiven) && !until().map(date::isAfter).orElse(false) && fits(first, date);
      if (!ruleDate) {
        throw new InvalidModelException(TYPE, "changes[" + i + "].occurrence",
            "must be a date the rule gives from " + first, date);
      }
    }
  }

  /** Tells whether the rule's pattern, counted from the first date, gives a date; not its count or end. */
  private boolean fits(LocalDate first, LocalDate date) {
    switch (frequency()) {
      case DAILY:
        return ChronoUnit.DAYS.between(first, date) % interval() == 0;
      case WEEKLY:
        long weeks = ChronoUnit.WEEKS.between(monday(first), monday(date));
        return weeks % interval() == 0 && weeklyDays(first).contains(date.getDayOfWeek());
      default:
        long months = ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(date));
        return months % interval() == 0 && date.equals(dateIn(YearMonth.from(date), first));
    }
  }

  /** Returns the dates the rule gives from the first date, before changes, at most MAX_OCCURRENCES. */
  private List<LocalDate> ruleDates(LocalDate first) {
    LocalDate last = until().filter(LAST_DATE::isAfter).orElse(LAST_DATE);
    int limit = count().orElse(MAX_OCCURRENCES);
    List<LocalDate> dates = new ArrayList<>();
    if (first.isAfter(last)) {
      return dates;
    }
    switch (frequency()) {
      case DAILY:
        for (LocalDate date = first; !date.isAfter(last) && dates.size() < limit; date = date.plusDays(interval())) {
          dates.add(date);
        }
        break;
      case WEEKLY:
        List<DayOfWeek> days = weeklyDays(first);
        weeks:
        for (LocalDate week = monday(first); !week.isAfter(last); week = week.plusWeeks(interval())) {
          for (DayOfWeek day : days) {
            LocalDate date = week.plusDays(day.ordinal());
            if (date.isBefore(first)) {
              continue;
            }
            if (date.isAfter(last) || dates.size() == limit) {
              break weeks;
            }
            dates.add(date);
          }
        }
        break;
      default:
        YearMonth lastMonth = YearMonth.from(last);
        for (YearMonth month = YearMonth.from(first); !month.isAfter(lastMonth) && dates.size() < limit;
            month = month.plusMonths(interval())) {
          LocalDate date = dateIn(month, first);
          if (date == null || date.isBefore(first)) {
            continue;
          }
          if (date.isAfter(last)) {
            break;
          }
          dates.add(date);
        }
    }
    return dates;
  }

  private List<DayOfWeek> weeklyDays(LocalDate first) {
    return days().isEmpty() ? List.of(first.getDayOfWeek()) : days();
  }

  private static LocalDate monday(LocalDate date) {
    return date.minusDays(date.getDayOfWeek().ordinal());
  }

  /** Returns the date a monthly rule gives in a month, or null when the month has no such day. */
  private LocalDate dateIn(YearMonth month, LocalDate first) {
    if (weekOfMonth().isPresent()) {
      DayOfWeek day = days().get(0);
      int week = weekOfMonth().getAsInt();
      if (week == -1) {
        return month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(day));
      }
      LocalDate date = month.atDay(1).with(TemporalAdjusters.nextOrSame(day)).plusWeeks(week - 1L);
      return date.getMonthValue() == month.getMonthValue() ? date : null;
    }
    int day = dayOfMonth().orElse(first.getDayOfMonth());
    return month.isValidDay(day) ? month.atDay(day) : null;
  }

  /**
   * Returns the rule in words, such as {@code Recurrence[MONTHLY on the 1st TUESDAY, 12 times]} or
   * {@code Recurrence[every 2 WEEKS on MONDAY, THURSDAY, until 2025-12-31, 1 change]}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Recurrence[");
    if (interval() == 1) {
      text.append(frequency());
    } else {
      text.append("every ").append(interval()).append(' ').append(unit());
    }
    if (weekOfMonth().isPresent()) {
      int week = weekOfMonth().getAsInt();
      text.append(" on the ").append(week == -1 ? "last" : ordinal(week)).append(' ').append(days().get(0));
    } else if (dayOfMonth().isPresent()) {
      text.append(" on day ").append(dayOfMonth().getAsInt());
    } else if (!days().isEmpty()) {
      text.append(" on ").append(String.join(", ", days().stream().map(DayOfWeek::name).toList()));
    }
    count().ifPresent(times -> text.append(", ").append(times).append(times == 1 ? " time" : " times"));
    until().ifPresent(date -> text.append(", until ").append(date));
    if (!changes().isEmpty()) {
      text.append(", ").append(changes().size()).append(changes().size() == 1 ? " change" : " changes");
    }
    return text.append(']').toString();
  }

  private String unit() {
    switch (frequency()) {
      case DAILY:
        return "DAYS";
      case WEEKLY:
        return "WEEKS";
      default:
        return "MONTHS";
    }
  }

  private static String ordinal(int number) {
    return number + (number == 1 ? "st" : number == 2 ? "nd" : number == 3 ? "rd" : "th");
  }

  /** Builds {@link Recurrence} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableRecurrence.Builder {
    Builder() {}
  }
}
