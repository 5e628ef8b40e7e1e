package dev.symposia.validation.internal;

import dev.symposia.event.Series;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Whether two series' names nearly match: the reading {@link dev.symposia.validation.rules.SeriesIdentity} states. */
final class SeriesNames {
  private static final Set<String> IGNORED = Set.of("the", "of", "and");
  private static final int LONGEST = 200;

  private SeriesNames() {}

  /**
   * Tells whether two series have nearly the same name or the same short name.
   *
   * @param a a series; not null
   * @param b another; not null
   * @return true if the names nearly match
   */
  static boolean nearlyMatch(Series a, Series b) {
    if (a.shortName().isPresent() && b.shortName().isPresent()
        && a.shortName().get().strip().equalsIgnoreCase(b.shortName().get().strip())) {
      return true;
    }
    List<String> first = words(a.name().text());
    List<String> second = words(b.name().text());
    if (first.isEmpty() || second.isEmpty()) {
      return false;
    }
    if (first.stream().sorted().toList().equals(second.stream().sorted().toList())) {
      return true;
    }
    String x = String.join(" ", first);
    String y = String.join(" ", second);
    int allowed = Math.max(1, Math.max(x.length(), y.length()) / 8);
    return Math.abs(x.length() - y.length()) <= allowed && x.length() <= LONGEST && y.length() <= LONGEST
        && distance(x, y) <= allowed;
  }

  /** The words of a name: lower case, without accents, punctuation, numbers or the ignored words. */
  static List<String> words(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && !IGNORED.contains(word) && !word.matches("\\p{N}+(st|nd|rd|th)?")) {
        words.add(word);
      }
    }
    return words;
  }

  /** Levenshtein distance, over UTF-16 units, which is enough to tell a typo. */
  private static int distance(String x, String y) {
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }
}
