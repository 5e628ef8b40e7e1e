package dev.symposia.generators;

import dev.symposia.identifier.LocalId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Draws the choices of one generated value from a QuickTheories randomness source.
 *
 * <p>The aggregate generators make many interdependent choices (which institution a speaker works at
 * depends on which institutions exist), which reads better as one pass of plain code than as nested
 * {@code flatMap}s. Every choice still comes from the source, so QuickTheories can shrink a failing model:
 * numbers shrink towards their lower bound and {@link #chance(int)} towards {@code false}, so a shrunk
 * model is smaller and has fewer optional parts.
 */
final class Draw {
  private final RandomnessSource source;

  private Draw(RandomnessSource source) {
    this.source = source;
  }

  /** Returns a generator that makes each value in one pass of {@code maker} over fresh draws. */
  static <T> Gen<T> gen(Function<Draw, T> maker) {
    return source -> maker.apply(new Draw(source));
  }

  int between(int min, int max) {
    return min >= max ? min : Generate.range(min, max).generate(source);
  }

  long between(long min, long max) {
    return min >= max ? min : Generate.longRange(min, max).generate(source);
  }

  /** Returns true with the given probability in percent; shrinks towards false. */
  boolean chance(int percent) {
    return between(0, 99) >= 100 - percent;
  }

  /**
   * Returns a local identifier of any form {@link IdentifierGenerators#localIds()} makes, cut to at most
   * 24 characters: real identifiers are short, and the descriptions of parts that list identifiers grow
   * with them.
   */
  LocalId localId() {
    String value = from(IdentifierGenerators.localIds()).value();
    return LocalId.of(value.substring(0, Math.min(value.length(), 24)));
  }

  <T> T from(Gen<T> gen) {
    return gen.generate(source);
  }

  <T> T pick(List<T> items) {
    return items.get(between(0, items.size() - 1));
  }

  <E extends Enum<E>> E pick(Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[between(0, values.length - 1)];
  }

  <T> Optional<T> maybe(int percent, Supplier<T> value) {
    return chance(percent) ? Optional.of(value.get()) : Optional.empty();
  }

  /** Returns a list of {@code min} to {@code max} values, each made by {@code value}. */
  <T> List<T> listOf(int min, int max, Supplier<T> value) {
    int size = between(min, max);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(value.get());
    }
    return list;
  }

  /**
   * Returns, three times in ten, one or more of the given names of lists to mark partial, in the order
   * drawn; otherwise none. A list may be marked whether or not it is empty.
   */
  List<String> partialLists(String... lists) {
    return chance(30) ? sample(List.of(lists), 1, lists.length) : List.of();
  }

  /**
   * Returns {@code min} to {@code max} distinct elements of {@code items}, in the order drawn; fewer when
   * {@code items} has fewer.
   */
  <T> List<T> sample(Collection<T> items, int min, int max) {
    List<T> rest = new ArrayList<>(items);
    int size = between(Math.min(min, rest.size()), Math.min(max, rest.size()));
    List<T> chosen = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      chosen.add(rest.remove(between(0, rest.size() - 1)));
    }
    return chosen;
  }

  /**
   * Returns distinct values made by {@code value}, between {@code min} and {@code max} of them, dropping
   * repeats; a repeat-prone maker may yield fewer than {@code min}.
   */
  <T> List<T> distinct(int min, int max, Supplier<T> value) {
    List<T> list = new ArrayList<>();
    for (T element : listOf(min, max, value)) {
      if (!list.contains(element)) {
        list.add(element);
      }
    }
    return list;
  }
}
