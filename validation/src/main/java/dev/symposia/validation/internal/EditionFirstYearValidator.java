package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.Series;
import dev.symposia.event.Symposium;
import dev.symposia.time.DateSpan;
import dev.symposia.validation.rules.EditionFirstYear;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;

/** Validates {@link EditionFirstYear} on a symposium. Thread-safe. */
public final class EditionFirstYearValidator extends RuleValidator<EditionFirstYear, Symposium> {
  /** Creates the validator. */
  public EditionFirstYearValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    Optional<Year> firstYear = symposium.series().flatMap(Series::firstYear);
    if (firstYear.isEmpty()) {
      return;
    }
    int year = firstYear.get().getValue();
    DateSpan dates = symposium.dates();
    Optional<LocalDate> latestEnd = dates.end().latest();
    Optional<LocalDate> earliestStart = dates.start().earliest();
    boolean before = latestEnd.isPresent() && latestEnd.get().getYear() < year;
    boolean firstAfter = symposium.edition().orElse(0) == 1 && earliestStart.isPresent()
        && earliestStart.get().getYear() > year;
    if (before || firstAfter) {
      offences.add(at("dates"), "dates", dates, "firstYear", year);
    }
  }
}
