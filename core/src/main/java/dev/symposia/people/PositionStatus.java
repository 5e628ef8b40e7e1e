package dev.symposia.people;

/**
 * Whether a person held a position at the time of the record or had held it before, for sources that say
 * only that. The time of the record is the event's for a symposium and the signing's for an
 * {@link dev.symposia.agreement.AgreementRecord}. A position's dates, when stated ({@link Position#since()},
 * {@link Position#until()}), say more, and decide where they can ({@link Position#isHeldOn}).
 */
public enum PositionStatus {
  /** Held at the time of the record, as in "Vice President of the CAE". */
  CURRENT,
  /** Held before the time of the record, as in "former director of the NIH Clinical Center". */
  FORMER
}
