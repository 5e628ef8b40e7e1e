package dev.symposia.support;

/**
 * The kind of commercial support a company gave, after the ACCME's Standards for Commercial Support and the
 * declarations medical meetings publish.
 */
public enum SupportKind {
  /** An educational grant: money given for the education, under a written agreement. */
  EDUCATIONAL_GRANT,
  /** In-kind support: equipment, supplies or facilities lent or given. */
  IN_KIND,
  /**
   * Sponsorship: the company pays for something it is named on, such as a satellite symposium, a session or
   * the event's materials.
   */
  SPONSORSHIP,
  /** A stand at the meeting's exhibition. */
  EXHIBITOR,
  /** Any other support; {@link CommercialSupport#kindLabel()} names it as the source does. */
  OTHER
}
