package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.symposia.identifier.LocalId;
import java.io.IOException;
import java.util.Arrays;

/**
 * What a reader knows while it reads one value, usually a whole document: how lenient to be, every
 * identifier it has met so far, and what the document did with each: declared an entity with it, or
 * referred to an entity by it.
 *
 * <p>An identifier that occurs again, as a reference or a second declaration, is read as the very
 * {@link LocalId} met first: a document names each entity once and refers to it many times, and sharing the
 * instance saves a string per reference. What the document did with each identifier lets the reader of a
 * symposium tell, once the symposium is read and without walking it again, whether every reference resolves
 * to an entity of the kind it requires ({@link #referencesResolve(int)}).
 *
 * <p>Not thread-safe: one instance serves one read on one thread, and is then dropped.
 */
public final class ReadContext {
  private static final int INITIAL_SLOTS = 256;
  private static final int KINDS = 0xF;
  private static final int REFERENCE_SHIFT = 4;
  private static final int LENGTH_SHIFT = 8;
  private static final int START_SHIFT = 32;

  private final ReadOptions options;
  // Kept small, because a large programme's identifiers outgrow the processor's caches and each lookup
  // then waits for memory. Open addressing over longs, each an identifier's hash (high half) and the
  // number of its entry plus one (low half; zero marks an empty slot), filled to at most three quarters:
  // a probe that goes on reads the next long, most often in the same cache line. The entries, in the order
  // they were met, hold the identifiers and, in one long each so that a lookup reads one place, where their
  // characters start in `text` (high half; an identifier is ASCII: one byte a character), their length
  // (bits 8 to 15; at most 128) and their uses: the kind each was declared as (bits 0 to 3) and the kinds
  // it was referred to as (bits 4 to 7). Made on the first identifier: most values read on their own, such
  // as a date, have none.
  private long[] slots;
  private LocalId[] ids;
  private long[] entries;
  private byte[] text;
  private int textLength;
  private int count;
  private int declarations;
  private boolean declaredTwice;

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
   * Reads an identifier that neither declares an entity of a symposium nor refers to one, such as the
   * symposium's own.
   *
   * @param p the parser, at the value
   * @return the identifier; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid
   *     identifier
   */
  public LocalId identifier(JsonParser p) throws IOException {
    return read(p, 0);
  }

  /**
   * Reads the identifier by which an entity declares itself, such as a session's {@code id}.
   *
   * @param p the parser, at the value
   * @param kind the kind of entity it declares
   * @return the identifier; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid
   *     identifier
   */
  public LocalId declaration(JsonParser p, EntityKind kind) throws IOException {
    return read(p, kind.bit);
  }

  /**
   * Reads an identifier that refers to an entity of a symposium, such as a participation's {@code person}.
   * A reference to a kind that a symposium does not check is still recorded: that can only make
   * {@link #referencesResolve(int)} answer false, never wrongly true.
   *
   * @param p the parser, at the value
   * @param kind the kind of entity it must refer to
   * @return the identifier; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid
   *     identifier
   */
  public LocalId reference(JsonParser p, EntityKind kind) throws IOException {
    return read(p, kind.bit << REFERENCE_SHIFT);
  }

  /**
   * Returns whether nothing has been read with this context yet: the reader of a symposium relies on
   * {@link #referencesResolve(int)} only if the symposium is all this context has seen.
   *
   * @return true before the first identifier
   */
  public boolean hasNoIdentifiers() {
    return count == 0;
  }

  /**
   * Returns whether the identifiers read so far prove a symposium's references: as many identifiers were
   * declared as the symposium has entities, none twice, and every identifier referred to was declared as
   * an entity of each kind it was referred to as. False says only that the proof failed, not that a
   * reference dangles: the symposium's own check then decides, and says where.
   *
   * @param entities the number of institutions, speakers, sessions and agreements the symposium has
   * @return true if every reference resolves
   */
  public boolean referencesResolve(int entities) {
    if (declaredTwice || declarations != entities) {
      return false;
    }
    for (int entry = 0; entry < count; entry++) {
      int state = (int) entries[entry];
      if ((state >>> REFERENCE_SHIFT & ~state & KINDS) != 0) {
        return false;
      }
    }
    return true;
  }

  private LocalId read(JsonParser p, int use) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return Values.LOCAL_ID.read(p);
    }
    char[] characters = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    if (slots == null) {
      slots = new long[INITIAL_SLOTS];
      ids = new LocalId[INITIAL_SLOTS / 2];
      entries = new long[INITIAL_SLOTS / 2];
      text = new byte[INITIAL_SLOTS * 8];
    }
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + characters[offset + i];
    }
    int mask = slots.length - 1;
    int slot = spread(hash) & mask;
    for (long taken = slots[slot]; taken != 0; taken = slots[slot]) {
      if ((int) (taken >>> 32) == hash) {
        int entry = (int) taken - 1;
        long state = entries[entry];
        if (holds(state, characters, offset, length)) {
          record(entry, state, use);
          return ids[entry];
        }
      }
      slot = (slot + 1) & mask;
    }
    LocalId id = Values.LOCAL_ID.read(p);
    remember(id, hash, slot, use);
    return id;
  }

  private boolean holds(long state, char[] characters, int offset, int length) {
    if ((int) (state >>> LENGTH_SHIFT & 0xFF) != length) {
      return false;
    }
    int start = (int) (state >>> START_SHIFT);
    for (int i = 0; i < length; i++) {
      if (text[start + i] != characters[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private void record(int entry, long state, int use) {
    if ((use & KINDS) != 0) {
      if ((state & KINDS) != 0) {
        declaredTwice = true;
      } else {
        declarations++;
      }
    }
    entries[entry] = state | use;
  }

  private void remember(LocalId id, int hash, int slot, int use) {
    String value = id.value();
    int length = value.length();
    int entry = count;
    if (entry == ids.length) {
      ids = Arrays.copyOf(ids, entry * 2);
      entries = Arrays.copyOf(entries, entry * 2);
    }
    int start = textLength;
    if (start + length > text.length) {
      text = Arrays.copyOf(text, Math.max(text.length * 2, start + length));
    }
    for (int i = 0; i < length; i++) {
      text[start + i] = (byte) value.charAt(i);
    }
    textLength = start + length;
    ids[entry] = id;
    entries[entry] = (long) start << START_SHIFT | (long) length << LENGTH_SHIFT | use;
    if ((use & KINDS) != 0) {
      declarations++;
    }
    slots[slot] = (long) hash << 32 | (entry + 1);
    if (++count * 4 > slots.length * 3) {
      grow();
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long taken : old) {
      if (taken != 0) {
        int slot = spread((int) (taken >>> 32)) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = taken;
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
