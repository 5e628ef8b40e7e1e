package dev.symposia.internal;

import java.util.List;

/** Formats lists for {@code toString}, keeping the text short however long the list is. */
public final class ShortList {
  private static final int SHOWN = 3;

  private ShortList() {}

  /**
   * Returns the first few elements joined with commas, and how many more there are.
   *
   * @param items the elements; not null
   * @return such as {@code a, b, c and 4 more}; never null
   */
  public static String of(List<?> items) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Math.min(SHOWN, items.size()); i++) {
      text.append(i == 0 ? "" : ", ").append(items.get(i));
    }
    if (items.size() > SHOWN) {
      text.append(" and ").append(items.size() - SHOWN).append(" more");
    }
    return text.toString();
  }
}
