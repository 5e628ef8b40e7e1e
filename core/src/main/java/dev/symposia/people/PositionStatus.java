package dev.symposia.people;

/** Whether a person held a position at the time of the event or had held it before. */
public enum PositionStatus {
  /** Held at the time of the event, as in "Vice President of the CAE". */
  CURRENT,
  /** Held before the event, as in "former director of the NIH Clinical Center". */
  FORMER
}
