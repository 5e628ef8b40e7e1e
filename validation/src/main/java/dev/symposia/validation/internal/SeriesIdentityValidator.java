package dev.symposia.validation.internal;

import dev.symposia.event.Series;
import dev.symposia.event.Symposium;
import dev.symposia.validation.Editions;
import dev.symposia.validation.rules.SeriesIdentity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Validates {@link SeriesIdentity} on {@link Editions}. Thread-safe. */
public final class SeriesIdentityValidator extends RuleValidator<SeriesIdentity, Editions> {
  private static final Object[] PREFIX = {"symposia"};

  /** Creates the validator. */
  public SeriesIdentityValidator() {}

  @Override
  protected void check(Editions editions, Offences offences) {
    check(editions.symposia(), PREFIX, offences);
  }

  static void check(List<? extends Symposium> symposia, Object[] prefix, Offences offences) {
    // One series per identity, the first symposium to give it; names are compared between identities only.
    Map<String, Integer> firstOfIdentity = new LinkedHashMap<>();
    for (int i = 0; i < symposia.size(); i++) {
      Symposium symposium = symposia.get(i);
      if (symposium == null || symposium.series().isEmpty()) {
        continue;
      }
      Series series = symposium.series().get();
      Integer first = firstOfIdentity.putIfAbsent(series.identity(), i);
      List<Integer> earlier = first == null ? new ArrayList<>(firstOfIdentity.values()) : List.of();
      for (int k : earlier) {
        Symposium other = symposia.get(k);
        Series otherSeries = other.series().orElseThrow();
        if (k != i && SeriesNames.nearlyMatch(series, otherSeries)) {
          offences.add(path(prefix, i), "symposium", symposium.id(), "other", other.id(), "series", series.name(),
              "otherSeries", otherSeries.name());
          break;
        }
      }
    }
  }

  private static Object[] path(Object[] prefix, int index) {
    Object[] path = new Object[prefix.length + 2];
    System.arraycopy(prefix, 0, path, 0, prefix.length);
    path[prefix.length] = index;
    path[prefix.length + 1] = "series";
    return path;
  }

  /** Validates {@link SeriesIdentity} on a list of symposia. Thread-safe. */
  public static final class ForList extends RuleValidator<SeriesIdentity, List<? extends Symposium>> {
    private static final Object[] PREFIX = {};

    /** Creates the validator. */
    public ForList() {}

    @Override
    protected void check(List<? extends Symposium> symposia, Offences offences) {
      SeriesIdentityValidator.check(symposia, PREFIX, offences);
    }
  }
}
