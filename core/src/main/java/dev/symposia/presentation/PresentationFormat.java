package dev.symposia.presentation;

/** How an abstract is presented at a meeting. */
public enum PresentationFormat {
  /** An oral presentation, a talk from the abstract. */
  ORAL,
  /** A printed poster. */
  POSTER,
  /** An electronic poster, shown on a screen or online. */
  E_POSTER
}
