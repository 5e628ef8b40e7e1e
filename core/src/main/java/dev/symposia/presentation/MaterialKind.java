package dev.symposia.presentation;

/** What a published material of a session is. */
public enum MaterialKind {
  /** A video or audio recording. */
  RECORDING,
  /** The slides shown. */
  SLIDES,
  /** The poster, as a file. */
  POSTER,
  /** Anything else; {@link Material#title()} says what. */
  OTHER
}
