package dev.symposia.event;

/** The part a person, or an unnamed group of people, plays in a session. */
public enum ParticipantRole {
  /** Gives a speech or talk. */
  SPEAKER,
  /** Gives a keynote speech. */
  KEYNOTE_SPEAKER,
  /** Chairs or presides over the session. */
  CHAIR,
  /** Sits on a panel or dialogue. */
  PANELIST,
  /** Moderates a panel or dialogue. */
  MODERATOR,
  /** Comments on presented work. */
  DISCUSSANT,
  /** Attends without a speaking part, such as a guest of honour. */
  ATTENDEE,
  /** Receives an award. */
  AWARDEE,
  /** Is appointed, as in an appointment ceremony. */
  APPOINTEE,
  /** Signs an agreement or a contract. */
  SIGNATORY,
  /** Unveils an award or inaugurates an institution. */
  UNVEILING_GUEST,
  /** Wrote presented work (a paper, an abstract, a poster) without necessarily presenting it (Indico's authors). */
  AUTHOR,
  /** Organised or coordinated the session, as distinct from chairing it (frab's coordinator). */
  ORGANISER,
  /** Any other part; {@link Participation#roleLabel()} may name it as the source does. */
  OTHER
}
