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
  /** A poster session: work shown on posters, its authors at hand (Indico's poster sessions). */
  POSTER(false),
  /** A tutorial or course: teaching rather than presenting new work (Indico, pretalx submission types). */
  TUTORIAL(false),
  /** A series of short talks of a few minutes each (frab's {@code lightning_talk}). */
  LIGHTNING_TALKS(false),
  /** A meeting of a body during the event, such as a society's general assembly (frab's {@code meeting}). */
  MEETING(false),
  /**
   * A satellite symposium: a session beside the scientific programme that a company sponsors and organises
   * ({@link Session#commercialSupport()} names the sponsor).
   */
  SATELLITE_SYMPOSIUM(false),
  /** An exhibition, such as an industry exhibition beside the scientific programme. */
  EXHIBITION(false),
  /** A social event: a reception, a banquet, a tour (schema.org {@code SocialEvent}). */
  SOCIAL_EVENT(false),
  /** A break in the programme: a coffee break or lunch (Indico and pretalx schedule breaks). */
  BREAK(false),
  /**
   * A session that the source calls a session without saying of what sort, such as "the CDE session": no
   * other kind may be read into it.
   */
  SESSION(false),
  /** Any other kind of session; {@link Session#kindLabel()} may name it as the source does. */
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
