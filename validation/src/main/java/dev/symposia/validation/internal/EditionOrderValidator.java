package dev.symposia.validation.internal;

import dev.symposia.event.Symposium;
import dev.symposia.validation.Editions;
import dev.symposia.validation.rules.EditionOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Validates {@link EditionOrder} on {@link Editions}. Thread-safe. */
public final class EditionOrderValidator extends RuleValidator<EditionOrder, Editions> {
  private static final Object[] PREFIX = {"symposia"};

  /** Creates the validator. */
  public EditionOrderValidator() {}

  @Override
  protected void check(Editions editions, Offences offences) {
    check(editions.symposia(), PREFIX, offences);
  }

  static void check(List<? extends Symposium> symposia, Object[] prefix, Offences offences) {
    for (List<Integer> group : SeriesGroups.of(symposia)) {
      LocalDate latestStart = null;
      int latestStartAt = -1;
      int from = 0;
      while (from < group.size()) {
        int edition = symposia.get(group.get(from)).edition().getAsInt();
        int to = from;
        while (to < group.size() && symposia.get(group.get(to)).edition().getAsInt() == edition) {
          to++;
        }
        for (int k = from; k < to && latestStart != null; k++) {
          Symposium symposium = symposia.get(group.get(k));
          Optional<LocalDate> end = symposium.dates().end().latest();
          if (end.isPresent() && end.get().isBefore(latestStart)) {
            Symposium other = symposia.get(latestStartAt);
            offences.add(SeriesGroups.editionPath(prefix, group.get(k)), "edition", edition, "dates",
                symposium.dates(), "other", other.edition().getAsInt(), "otherDates", other.dates());
          }
        }
        for (int k = from; k < to; k++) {
          Optional<LocalDate> start = symposia.get(group.get(k)).dates().start().earliest();
          if (start.isPresent() && (latestStart == null || start.get().isAfter(latestStart))) {
            latestStart = start.get();
            latestStartAt = group.get(k);
          }
        }
        from = to;
      }
    }
  }

  /** Validates {@link EditionOrder} on a list of symposia. Thread-safe. */
  public static final class ForList extends RuleValidator<EditionOrder, List<? extends Symposium>> {
    private static final Object[] PREFIX = {};

    /** Creates the validator. */
    public ForList() {}

    @Override
    protected void check(List<? extends Symposium> symposia, Offences offences) {
      EditionOrderValidator.check(symposia, PREFIX, offences);
    }
  }
}
