package dev.symposia.validation.internal;

import dev.symposia.event.Symposium;
import dev.symposia.validation.Editions;
import dev.symposia.validation.rules.NoEditionRepeated;
import java.util.List;

/** Validates {@link NoEditionRepeated} on {@link Editions}. Thread-safe. */
public final class NoEditionRepeatedValidator extends RuleValidator<NoEditionRepeated, Editions> {
  private static final Object[] PREFIX = {"symposia"};

  /** Creates the validator. */
  public NoEditionRepeatedValidator() {}

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
            symposium.series().orElseThrow().name());
      }
    }
  }

  /** Validates {@link NoEditionRepeated} on a list of symposia. Thread-safe. */
  public static final class ForList extends RuleValidator<NoEditionRepeated, List<? extends Symposium>> {
    private static final Object[] PREFIX = {};

    /** Creates the validator. */
    public ForList() {}

    @Override
    protected void check(List<? extends Symposium> symposia, Offences offences) {
      NoEditionRepeatedValidator.check(symposia, PREFIX, offences);
    }
  }
}
