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
  private static final int INITIAL_SLOTS = 64;
  // Each slot of the open-addressing table is four ints side by side in one array, so that a lookup touches
  // one cache line for them: the hash, where the identifier's characters start in `characters`, how many
  // there are, and its uses: the kind it was declared as (low four bits), the kinds it was referred to as
  // (next four bits) and a bit marking the slot as taken.
  private static final int HASH = 0;
  private static final int START = 1;
  private static final int LENGTH = 2;
  private static final int USES = 3;
  private static final int STRIDE = 4;
  private static final int TAKEN = 1 << 8;
  private static final int KINDS = 0xF;
  private static final int REFERENCE_SHIFT = 4;

  private final ReadOptions options;
  // Made on the first identifier: most values read on their own, such as a date, have none.
  private int[] slots;
  private LocalId[] ids;
  private char[] characters;
  private int used;
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
    if (slots == null) {
      return true;
    }
    for (int uses = USES; uses < slots.length; uses += STRIDE) {
      int state = slots[uses];
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
    char[] text = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    if (slots == null) {
      slots = new int[INITIAL_SLOTS * STRIDE];
      ids = new LocalId[INITIAL_SLOTS];
      characters = new char[INITIAL_SLOTS * 8];
    }
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + text[offset + i];
    }
    int mask = ids.length - 1;
    int slot = spread(hash) & mask;
    for (int base = slot * STRIDE; slots[base + USES] != 0; base = slot * STRIDE) {
      if (slots[base + HASH] == hash && slots[base + LENGTH] == length
          && Arrays.equals(characters, slots[base + START], slots[base + START] + length, text, offset,
              offset + length)) {
        record(base, use);
        return ids[slot];
      }
      slot = (slot + 1) & mask;
    }
    LocalId id = Values.LOCAL_ID.read(p);
    remember(id, hash, slot, use);
    return id;
  }

  private void record(int base, int use) {
    int state = slots[base + USES];
    if ((use & KINDS) != 0) {
      if ((state & KINDS) != 0) {
        declaredTwice = true;
      } else {
        declarations++;
      }
    }
    slots[base + USES] = state | use;
  }

  private void remember(LocalId id, int hash, int slot, int use) {
    String value = id.value();
    if (used + value.length() > characters.length) {
      characters = Arrays.copyOf(characters, Math.max(characters.length * 2, used + value.length()));
    }
    value.getChars(0, value.length(), characters, used);
    int base = slot * STRIDE;
    ids[slot] = id;
    slots[base + HASH] = hash;
    slots[base + START] = used;
    slots[base + LENGTH] = value.length();
    slots[base + USES] = TAKEN | use;
    if ((use & KINDS) != 0) {
      declarations++;
    }
    used += value.length();
    if (++count * 2 > ids.length) {
      grow();
    }
  }

  private void grow() {
    int[] oldSlots = slots;
    LocalId[] oldIds = ids;
    slots = new int[oldSlots.length * 2];
    ids = new LocalId[oldIds.length * 2];
    int mask = ids.length - 1;
    for (int old = 0; old < oldIds.length; old++) {
      int oldBase = old * STRIDE;
      if (oldSlots[oldBase + USES] != 0) {
        int slot = spread(oldSlots[oldBase + HASH]) & mask;
        while (slots[slot * STRIDE + USES] != 0) {
          slot = (slot + 1) & mask;
        }
        System.arraycopy(oldSlots, oldBase, slots, slot * STRIDE, STRIDE);
        ids[slot] = oldIds[old];
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
