package dev.symposia.event;

/** How often the events of a {@link Series} are held. */
public enum SeriesFrequency {
  /** Once a year. */
  ANNUAL,
  /** Every two years. */
  BIENNIAL,
  /** At no fixed interval. */
  IRREGULAR
}
