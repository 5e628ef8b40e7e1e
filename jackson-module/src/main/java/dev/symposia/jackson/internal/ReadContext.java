package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.symposia.InvalidModelException;
import dev.symposia.event.Entities;
import dev.symposia.identifier.LocalId;
import java.io.IOException;

/**
 * What a reader knows while it reads one value, usually a whole document: how lenient to be, and every
 * identifier it has met so far.
 *
 * <p>An identifier that occurs again, as a reference or a second declaration, is read as the very
 * {@link LocalId} met first: a document names each entity once and refers to it many times, and sharing the
 * instance saves a string per reference and lets the symposium's reference check compare by identity. The
 * table that shares them is the document's {@link Entities}, the one a symposium's entities are gathered in,
 * so that resolving a reference finds in the processor's caches the entry that reading it has just used.
 * That table hashes identifiers with a seed drawn for each JVM ({@link LocalId#hashCode()}), so that no
 * document can hold identifiers that share a hash code (as {@code "Aa"} and {@code "BB"} share String's)
 * and make reading it quadratic.
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

  private final ReadOptions options;
  // Made on the first identifier: most values read on their own, such as a date, have none.
  private Entities entities;
  private boolean entitiesTaken;

  /**
   * Starts reading a value.
   *
   * @param options how lenient to be; not null
   */
  ReadContext(ReadOptions options) {
    this.options = options;
  }

  /** Returns whether unknown properties are refused. */
  boolean isStrict() {
    return options.strict;
  }

  /**
   * Returns the entities of the document's symposium, whose table holds every identifier read so far; a
   * second call returns a new, empty one, because a symposium's entities are its own.
   */
  Entities takeEntities() {
    if (entitiesTaken) {
      return new Entities();
    }
    entitiesTaken = true;
    return entities();
  }

  private Entities entities() {
    if (entities == null) {
      entities = new Entities();
    }
    return entities;
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
    try {
      return entities().identifier(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    } catch (InvalidModelException e) {
      throw Failures.value(p, e, p.getText());
    }
  }
}
