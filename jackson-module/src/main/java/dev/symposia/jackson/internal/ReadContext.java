package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.symposia.identifier.LocalId;
import java.io.IOException;
import java.util.Arrays;

/**
 * What a reader knows while it reads one value, usually a whole document: how lenient to be, and every
 * identifier it has met so far.
 *
 * <p>An identifier that occurs again, as a reference or a second declaration, is read as the very
 * {@link LocalId} met first. A document names each entity once and refers to it many times; sharing the
 * instance saves a string per reference, and lets the symposium's reference check match identifiers by
 * identity rather than by comparing their characters.
 *
 * <p>Not thread-safe: one instance serves one read on one thread, and is then dropped.
 */
public final class ReadContext {
  private static final int INITIAL_CAPACITY = 64;

  private final ReadOptions options;
  // Open addressing over the identifiers met so far, with their characters copied into one array, so that
  // looking one up compares the parser's characters with this object's arrays, not with the strings of
  // identifiers scattered over the heap.
  // Made on the first identifier: most values read on their own, such as a date, have none.
  private LocalId[] ids;
  private int[] hashes;
  private int[] starts;
  private int[] lengths;
  private char[] characters;
  private int used;
  private int count;

  /**
   * Starts reading a value.
   *
   * @param options how lenient to be; not null
   */
  public ReadContext(ReadOptions options) {
    this.options = options;
  }

  /**
   * Returns whether unknown properties are refused.
   *
   * @return true in strict mode
   */
  public boolean isStrict() {
    return options.strict;
  }

  /**
   * Reads a {@link LocalId} at the parser's current token, returning the instance read before if the same
   * identifier was met already in this value.
   *
   * @param p the parser, at the value
   * @return the identifier; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid
   *     identifier
   */
  public LocalId localId(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return Values.LOCAL_ID.read(p);
    }
    char[] text = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    if (ids == null) {
      ids = new LocalId[INITIAL_CAPACITY];
      hashes = new int[INITIAL_CAPACITY];
      starts = new int[INITIAL_CAPACITY];
      lengths = new int[INITIAL_CAPACITY];
      characters = new char[INITIAL_CAPACITY * 8];
    }
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + text[offset + i];
    }
    int mask = ids.length - 1;
    int slot = spread(hash) & mask;
    for (LocalId id = ids[slot]; id != null; id = ids[slot]) {
      if (hashes[slot] == hash && sameCharacters(slot, text, offset, length)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
    LocalId id = Values.LOCAL_ID.read(p);
    remember(id, hash, slot);
    return id;
  }

  private boolean sameCharacters(int slot, char[] text, int offset, int length) {
    int start = starts[slot];
    return lengths[slot] == length && Arrays.equals(characters, start, start + length, text, offset, offset + length);
  }

  private void remember(LocalId id, int hash, int slot) {
    String value = id.value();
    if (used + value.length() > characters.length) {
      characters = Arrays.copyOf(characters, Math.max(characters.length * 2, used + value.length()));
    }
    value.getChars(0, value.length(), characters, used);
    ids[slot] = id;
    hashes[slot] = hash;
    starts[slot] = used;
    lengths[slot] = value.length();
    used += value.length();
    if (++count * 2 > ids.length) {
      grow();
    }
  }

  private void grow() {
    LocalId[] oldIds = ids;
    int[] oldHashes = hashes;
    int[] oldStarts = starts;
    int[] oldLengths = lengths;
    ids = new LocalId[oldIds.length * 2];
    hashes = new int[ids.length];
    starts = new int[ids.length];
    lengths = new int[ids.length];
    int mask = ids.length - 1;
    for (int i = 0; i < oldIds.length; i++) {
      if (oldIds[i] != null) {
        int slot = spread(oldHashes[i]) & mask;
        while (ids[slot] != null) {
          slot = (slot + 1) & mask;
        }
        ids[slot] = oldIds[i];
        hashes[slot] = oldHashes[i];
        starts[slot] = oldStarts[i];
        lengths[slot] = oldLengths[i];
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
