package dev.symposia.event;

/** What a {@link Statistic} counts. */
public enum Measure {
  /** Sessions, optionally of one kind or one attendance mode. */
  SESSIONS,
  /** Speeches or presentations, such as plenary speeches. */
  PRESENTATIONS,
  /** People taking part in any role. */
  PARTICIPANTS,
  /** People who spoke. */
  SPEAKERS,
  /** Experts, as reports count them ("over 200 biomedical experts"). */
  EXPERTS,
  /** Institutions. */
  INSTITUTIONS,
  /** Countries or regions. */
  COUNTRIES,
  /** Projects, such as those presented at a roadshow. */
  PROJECTS,
  /** Abstracts, such as those selected for oral presentation. */
  ABSTRACTS,
  /** Visits or visitors, usually online. */
  VISITORS
}
