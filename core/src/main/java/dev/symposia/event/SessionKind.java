package dev.symposia.event;

/** What sort of session a {@link Session} is. */
public enum SessionKind {
  /** A forum, such as a high-level international forum or a thematic forum. */
  FORUM(false),
  /** A sub-forum or themed track within a larger forum or event. */
  SUB_FORUM(false),
  /** A plenary session. */
  PLENARY(false),
  /** Keynote speeches. */
  KEYNOTE(false),
  /** One of several sessions held in parallel. */
  PARALLEL(false),
  /** A panel discussion. */
  PANEL(false),
  /** A dialogue among experts. */
  DIALOGUE(false),
  /** A roadshow where projects are presented to investors. */
  ROADSHOW(false),
  /** Oral presentations of selected abstracts. */
  ORAL_ABSTRACTS(false),
  /** A workshop or hands-on session. */
  WORKSHOP(false),
  /** An opening ceremony. */
  OPENING_CEREMONY(true),
  /** A closing ceremony. */
  CLOSING_CEREMONY(true),
  /** A ceremony at which agreements are signed. */
  SIGNING_CEREMONY(true),
  /** A ceremony at which people are appointed. */
  APPOINTMENT_CEREMONY(true),
  /** A ceremony at which awards are given. */
  AWARD_CEREMONY(true),
  /** A ceremony at which an institution is inaugurated. */
  INAUGURATION_CEREMONY(true),
  /** Any other kind of session. */
  OTHER(false);

  private final boolean ceremony;

  SessionKind(boolean ceremony) {
    this.ceremony = ceremony;
  }

  /**
   * Returns whether this kind of session is a ceremony.
   *
   * @return true for the ceremonies, such as {@link #OPENING_CEREMONY}
   */
  public boolean isCeremony() {
    return ceremony;
  }
}
