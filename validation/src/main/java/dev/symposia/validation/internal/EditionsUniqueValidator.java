package dev.symposia.validation.internal;

import dev.symposia.event.Symposium;
import dev.symposia.validation.Editions;
import dev.symposia.validation.rules.EditionsUnique;
import java.util.List;

/** Validates {@link EditionsUnique} on {@link Editions}. Thread-safe. */
public final class EditionsUniqueValidator extends RuleValidator<EditionsUnique, Editions> {
  private static final Object[] PREFIX = {"symposia"};

  /** Creates the validator. */
  public EditionsUniqueValidator() {}

  @Override
  protected void check(Editions editions, Offences offences) {
    check(editions.symposia(), PREFIX, offences);
  }

  static void check(List<? extends Symposium> symposia, Object[] prefix, Offences offences) {
    for (List<Integer> group : SeriesGroups.of(symposia)) {
      Symposium first = symposia.get(group.get(0));
      for (int k = 1; k < group.size(); k++) {
        Symposium symposium = symposia.get(group.get(k));
        if (first.edition().getAsInt() != symposium.edition().getAsInt()) {
          first = symposium;
          continue;
        }
        offences.add(SeriesGroups.editionPath(prefix, group.get(k)), "symposium", symposium.id(), "other",
            first.id(), "edition", symposium.edition().getAsInt(), "series",
            symposium.series().orElseThrow().name().text());
      }
    }
  }

  /** Validates {@link EditionsUnique} on a list of symposia. Thread-safe. */
  public static final class ForList extends RuleValidator<EditionsUnique, List<? extends Symposium>> {
    private static final Object[] PREFIX = {};

    /** Creates the validator. */
    public ForList() {}

    @Override
    protected void check(List<? extends Symposium> symposia, Offences offences) {
      EditionsUniqueValidator.check(symposia, PREFIX, offences);
    }
  }
}
