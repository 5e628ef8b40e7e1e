package dev.symposia.internal;

import dev.symposia.InvalidModelException;
import java.util.List;

/**
 * The one check behind every type's {@code partialLists()}: the names a record marks as lists its source
 * gives only in part ("speakers included...", "topics such as...").
 *
 * <p>Each type that has lists a source can enumerate partially declares which of them may be marked, by the
 * names of their accessors (which are also their JSON property names), and calls {@link #check} from its
 * {@code @Value.Check}. Thread-safe: it has no state.
 */
public final class PartialLists {
  private static final String ATTRIBUTE = "partialLists";

  private PartialLists() {}

  /**
   * Refuses a mark that names a list the type does not have, or cannot mark, and a list named twice.
   *
   * @param type the type's name, for the message; not null
   * @param marked the names marked partial, in the order given; not null, no null element
   * @param lists the names of the type's lists that may be marked, in the order the message shows them; not
   *     null
   * @throws InvalidModelException naming {@code partialLists[i]} and the offending name
   */
  public static void check(String type, List<String> marked, List<String> lists) {
    for (int i = 0; i < marked.size(); i++) {
      String name = marked.get(i);
      if (!lists.contains(name)) {
        throw new InvalidModelException(type, ATTRIBUTE + "[" + i + "]",
            "must be a list of " + type + " that can be partial (" + String.join(", ", lists) + ")", name);
      }
      // No set: every name before this one is one of the type's few lists, all different, so the search is
      // short whatever the input; and a set would be made for every object built, most of which mark nothing.
      if (marked.indexOf(name) < i) {
        throw new InvalidModelException(type, ATTRIBUTE + "[" + i + "]", "must not repeat a list", name);
      }
    }
  }

  /**
   * Tells whether a list is marked partial, refusing a name the type has no such list for, so that a typo in
   * a query is an error rather than a silent "complete".
   *
   * @param type the type's name, for the message; not null
   * @param marked the names marked partial; not null
   * @param lists the names of the type's lists that may be marked; not null
   * @param list the name asked about; may be null, which is refused
   * @return true if {@code list} is marked partial
   * @throws InvalidModelException if {@code list} is null or not one of {@code lists}
   */
  public static boolean isPartial(String type, List<String> marked, List<String> lists, String list) {
    if (list == null) {
      throw new InvalidModelException(type, "list", "is required");
    }
    if (!lists.contains(list)) {
      throw new InvalidModelException(type, "list",
          "must be a list of " + type + " that can be partial (" + String.join(", ", lists) + ")", list);
    }
    return marked.contains(list);
  }
}
