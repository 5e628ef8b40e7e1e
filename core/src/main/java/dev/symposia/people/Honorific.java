package dev.symposia.people;

/**
 * A title of respect that a source puts before a person's name.
 *
 * <p>Honorifics describe how a person is addressed, not the position they hold: "Prof. LI Huabing, Vice
 * President of CQMU" has the honorific {@link #PROFESSOR} and the position "Vice President" of CQMU.
 */
public enum Honorific {
  /** "Prof.", a professor. */
  PROFESSOR("Prof."),
  /** "Academician", a member of a national academy such as the Chinese Academy of Engineering. */
  ACADEMICIAN("Academician"),
  /** "Dr.", a holder of a doctorate or a physician. */
  DOCTOR("Dr.");

  private final String abbreviation;

  Honorific(String abbreviation) {
    this.abbreviation = abbreviation;
  }

  /**
   * Returns the form written before a name in English.
   *
   * @return the written form, such as {@code "Prof."}; never null
   */
  public String abbreviation() {
    return abbreviation;
  }
}
