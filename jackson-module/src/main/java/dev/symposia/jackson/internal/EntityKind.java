package dev.symposia.jackson.internal;

/**
 * The kinds of entity a symposium declares with an identifier of its own, and that other parts of it refer
 * to: what {@link ReadContext} records about each identifier it reads.
 */
public enum EntityKind {
  /** An institution of {@code institutions}. */
  INSTITUTION,
  /** A speaker of {@code speakers}. */
  SPEAKER,
  /** A session of {@code sessions}. */
  SESSION,
  /** A cooperation agreement of {@code agreements}. */
  AGREEMENT;

  final int bit = 1 << ordinal();
}
