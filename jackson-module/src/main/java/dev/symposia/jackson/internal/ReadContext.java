package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.symposia.identifier.LocalId;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a reader knows while it reads one value, usually a whole document: how lenient to be, and every
 * identifier it has met so far.
 *
 * <p>An identifier that occurs again, as a reference or a second declaration, is read as the very
 * {@link LocalId} met first: a document names each entity once and refers to it many times, and sharing the
 * instance saves a string per reference and lets the symposium's reference check compare by identity.
 *
 * <p>The table of identifiers hashes their characters with a seed drawn for each read, so that no document
 * can hold identifiers that share a hash code (as {@code "Aa"} and {@code "BB"} share String's) and make
 * reading it quadratic; reading stays linear in the document's size whatever its identifiers are.
 *
 * <p>Not thread-safe: one instance serves one read on one thread, and is then dropped.
 */
final class ReadContext {
  /** A local identifier, shared with every earlier occurrence of the same one in the document. */
  static final Codec<LocalId> IDENTIFIER = new Codec<>() {
    @Override
    public LocalId read(JsonParser p, ReadContext context) throws IOException {
      return context.identifier(p);
    }

    @Override
    public void write(LocalId id, JsonGenerator g) throws IOException {
      g.writeString(id.value());
    }
  };

  private static final int INITIAL_SLOTS = 256;
  private static final AtomicInteger BUILDER_SLOTS = new AtomicInteger();
  private static final long MULTIPLIER = 0x100000001B3L;

  private final ReadOptions options;
  private final long seed;
  // A builder of each object type that is free for the next object of that type, by ObjectCodec.
  private Object[] builders;
  // Kept small, because a large programme's identifiers outgrow the processor's caches and each lookup
  // then waits for memory. Open addressing over longs, each an identifier's hash (high half) and the
  // number of its entry plus one (low half; zero marks an empty slot), filled to at most three quarters: a
  // probe that goes on reads the next long, most often in the same cache line. The entries, in the order
  // they were met, hold the identifiers and, in one long each, where their characters start in `text` (high
  // half; an identifier is ASCII: one byte a character) and their length (low half). Made on the first
  // identifier: most values read on their own, such as a date, have none.
  private long[] slots;
  private LocalId[] ids;
  private long[] entries;
  private byte[] text;
  private int textLength;
  private int count;

  /**
   * Starts reading a value.
   *
   * @param options how lenient to be; not null
   */
  ReadContext(ReadOptions options) {
    this.options = options;
    this.seed = ThreadLocalRandom.current().nextLong();
  }

  /** Returns the number of a new slot for a free builder, one for each object type. */
  static int newBuilderSlot() {
    return BUILDER_SLOTS.getAndIncrement();
  }

  /**
   * Takes the free builder of a slot, if there is one; it is not free again until it is returned, so an object
   * nested in another of its type gets a builder of its own.
   */
  Object takeBuilder(int slot) {
    if (builders == null || slot >= builders.length) {
      return null;
    }
    Object builder = builders[slot];
    builders[slot] = null;
    return builder;
  }

  /** Makes a builder free for the next object of its type. */
  void returnBuilder(int slot, Object builder) {
    if (builders == null || slot >= builders.length) {
      builders = Arrays.copyOf(builders == null ? new Object[0] : builders, BUILDER_SLOTS.get());
    }
    builders[slot] = builder;
  }

  /** Returns whether unknown properties are refused. */
  boolean isStrict() {
    return options.strict;
  }

  /**
   * Reads an identifier, returning the instance met first if the document has had it before.
   *
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid
   *     identifier
   */
  LocalId identifier(JsonParser p) throws IOException {
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
    int hash = hash(characters, offset, length);
    int mask = slots.length - 1;
    int slot = spread(hash) & mask;
    for (long taken = slots[slot]; taken != 0; taken = slots[slot]) {
      if ((int) (taken >>> 32) == hash) {
        int entry = (int) taken - 1;
        if (holds(entries[entry], characters, offset, length)) {
          return ids[entry];
        }
      }
      slot = (slot + 1) & mask;
    }
    LocalId id = Values.LOCAL_ID.read(p);
    remember(id, hash, slot);
    return id;
  }

  /** Hashes an identifier's characters with this read's seed. */
  int hash(char[] characters, int offset, int length) {
    long mixed = seed;
    for (int i = 0; i < length; i++) {
      mixed = (mixed ^ characters[offset + i]) * MULTIPLIER;
    }
    return (int) (mixed ^ mixed >>> 32);
  }

  private boolean holds(long entry, char[] characters, int offset, int length) {
    if ((int) entry != length) {
      return false;
    }
    int start = (int) (entry >>> 32);
    for (int i = 0; i < length; i++) {
      if (text[start + i] != characters[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private void remember(LocalId id, int hash, int slot) {
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
    entries[entry] = (long) start << 32 | length;
    slots[slot] = (long) hash << 32 | (entry + 1);
    if (++count * 4 > slots.length * 3) {
      grow();
    }
  }

  // Four times larger while the table is small: a large programme's table then reaches its size in half as
  // many steps, and each step moves every identifier met so far to a new place in memory.
  private void grow() {
    long[] old = slots;
    slots = new long[old.length < 1 << 16 ? old.length * 4 : old.length * 2];
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
