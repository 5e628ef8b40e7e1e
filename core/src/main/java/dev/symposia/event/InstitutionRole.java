package dev.symposia.event;

/** The part an institution plays in an event. */
public enum InstitutionRole {
  /** Hosts the event alone. */
  HOST,
  /** Hosts the event together with others. */
  CO_HOST,
  /** Organises the event, alone or jointly. */
  ORGANISER,
  /** Sponsors the event alone. */
  SPONSOR,
  /** Sponsors the event together with others. */
  CO_SPONSOR,
  /** Supports the event without hosting, organising or sponsoring it. */
  SUPPORTER,
  /** Sends participants, such as the universities experts came from. */
  PARTICIPANT,
  /** Funds the event or the work it presents, as a grant-giver rather than a sponsor (schema.org {@code funder}). */
  FUNDER,
  /** Is named a partner of the event, such as an academic or media partner. */
  PARTNER,
  /** Exhibits at the event, as companies at an industry exhibition. */
  EXHIBITOR,
  /** Any other part; {@link InstitutionParticipation#roleLabel()} may name it as the source does. */
  OTHER
}
