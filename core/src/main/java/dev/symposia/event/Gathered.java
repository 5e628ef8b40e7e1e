package dev.symposia.event;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The entities of one kind that an {@link Entities} gathered, in order, in an array of their own type; as a
 * list, an unmodifiable view of them (only {@link #append} adds one).
 *
 * <p>Why not an {@code ArrayList}: {@link Symposium.Builder#entities} copies the entities into the symposium's
 * builder, and from a list each would be checked to be of its type, which reads its header: for a large
 * programme read long before, a wait for memory for every entity. From {@link #copy()}'s typed array the
 * builder's {@code addSpeakers(Speaker...)} and the like check nothing.
 *
 * <p>Not thread-safe, like the {@link Entities} that holds it.
 *
 * @param <T> the kind of entity
 */
final class Gathered<T> extends AbstractList<T> implements RandomAccess {
  private T[] items;
  private int size;

  /**
   * Starts with none.
   *
   * @param empty an empty array of the entities' type, which the array grows from
   */
  Gathered(T[] empty) {
    this.items = empty;
  }

  /** Adds an entity at the end. */
  void append(T item) {
    if (size == items.length) {
      items = Arrays.copyOf(items, Math.max(16, size * 2));
    }
    items[size++] = item;
    modCount++;
  }

  @Override
  public T get(int index) {
    Objects.checkIndex(index, size);
    return items[index];
  }

  @Override
  public int size() {
    return size;
  }

  /** Returns the entities in a new array of their own type. */
  T[] copy() {
    return Arrays.copyOf(items, size);
  }
}
