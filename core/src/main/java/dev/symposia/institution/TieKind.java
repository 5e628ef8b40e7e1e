package dev.symposia.institution;

/**
 * How one institution is tied to another, besides being a unit of it (see {@link Institution#parent()}).
 */
public enum TieKind {
  /** Subordinate to the other, as SCRTC is to the Shanghai Municipal Health Commission. */
  SUBORDINATE_TO,
  /** Built, run or managed by the other, as SCRTC is by ShanghaiTech University. */
  RUN_BY,
  /** Established with the other's approval, as SCRTC was by the Shanghai Municipal People's Government. */
  APPROVED_BY,
  /** Affiliated with the other, without being one of its units. */
  AFFILIATED_WITH
}
