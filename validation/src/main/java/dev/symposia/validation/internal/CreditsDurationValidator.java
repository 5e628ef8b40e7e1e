package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.accreditation.Accreditation;
import dev.symposia.accreditation.Credit;
import dev.symposia.accreditation.CreditKind;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.time.TimeSlot;
import dev.symposia.time.ZonedInterval;
import dev.symposia.validation.rules.CreditsDuration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Validates {@link CreditsDuration} on a symposium. Thread-safe. */
public final class CreditsDurationValidator extends RuleValidator<CreditsDuration, Symposium> {
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
  private static final long SECONDS_PER_DAY = 86_400;

  /** Creates the validator. */
  public CreditsDurationValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    for (int i = 0; i < symposium.sessions().size(); i++) {
      Session session = symposium.sessions().get(i);
      if (!hasCheckedCredits(session)) {
        continue;
      }
      Optional<Duration> length = length(symposium, session);
      if (length.isEmpty()) {
        continue;
      }
      BigDecimal seconds = BigDecimal.valueOf(length.get().getSeconds())
          .add(BigDecimal.valueOf(length.get().getNano(), 9));
      for (int j = 0; j < session.accreditations().size(); j++) {
        Accreditation accreditation = session.accreditations().get(j);
        for (int k = 0; k < accreditation.credits().size(); k++) {
          Credit credit = accreditation.credits().get(k);
          // Exact: an amount at one credit an hour needs amount * 3600 seconds.
          if (isChecked(credit) && credit.amount().get().multiply(SECONDS_PER_HOUR).compareTo(seconds) > 0) {
            offences.add(at("sessions", i, "accreditations", j, "credits", k, "amount"), "session", session.id(),
                "credits", credit.amount().get().toPlainString(), "kind", credit.kind(), "hours", hours(seconds));
          }
        }
      }
    }
  }

  // Credits of kind OTHER are not checked: their rate is unknown.
  private static boolean isChecked(Credit credit) {
    return credit.amount().isPresent() && credit.kind() != CreditKind.OTHER;
  }

  private static boolean hasCheckedCredits(Session session) {
    for (Accreditation accreditation : session.accreditations()) {
      for (Credit credit : accreditation.credits()) {
        if (isChecked(credit)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The session's length: on the timeline when the symposium places it there, else from its clock times;
   * empty when it has no start and end time.
   */
  private static Optional<Duration> length(Symposium symposium, Session session) {
    // Core refused, when the symposium was built, times that do not exist in its zone, so this never throws.
    Optional<ZonedInterval> interval = symposium.interval(session);
    if (interval.isPresent()) {
      return Optional.of(interval.get().duration());
    }
    Optional<TimeSlot> time = session.time();
    if (time.isEmpty() || time.get().start().isEmpty() || time.get().end().isEmpty()) {
      return Optional.empty();
    }
    TimeSlot slot = time.get();
    // As TimeSlot.endsNextDay compares them: the moments on one day when both times carry an offset, else
    // the clock times.
    boolean offsets = slot.startOffset().isPresent() && slot.endOffset().isPresent();
    long start = nanosOfDay(slot.start().get(), offsets ? slot.startOffset().get() : ZoneOffset.UTC);
    long end = nanosOfDay(slot.end().get(), offsets ? slot.endOffset().get() : ZoneOffset.UTC);
    long nanos = end - start + (slot.endsNextDay() ? SECONDS_PER_DAY * 1_000_000_000L : 0);
    return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
  }

  private static long nanosOfDay(LocalTime time, ZoneOffset offset) {
    return time.toNanoOfDay() - offset.getTotalSeconds() * 1_000_000_000L;
  }

  // Rounded down to two places, so that the hours shown are never as many as the credits reported.
  private static String hours(BigDecimal seconds) {
    BigDecimal hours = seconds.divide(SECONDS_PER_HOUR, 2, RoundingMode.DOWN).stripTrailingZeros();
    return (hours.scale() < 0 ? hours.setScale(0) : hours).toPlainString();
  }
}
