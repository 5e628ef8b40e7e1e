package dev.symposia.disclosure;

/**
 * The kind of a financial relationship a speaker discloses, after the categories of the ACCME's Standards for
 * Integrity and Independence in Accredited Continuing Education (Standard 3) and the disclosure forms of
 * European accreditors.
 */
public enum RelationshipKind {
  /** Employment by the company, or a leadership role in it. */
  EMPLOYMENT,
  /** Consulting fees or a consulting role. */
  CONSULTING,
  /** A member of the company's speakers' bureau. */
  SPEAKERS_BUREAU,
  /** A member of an advisory board. */
  ADVISORY_BOARD,
  /** Research funding or grants, to the speaker or their institution, including as principal investigator. */
  RESEARCH_FUNDING,
  /** Honoraria for lectures or other activities. */
  HONORARIA,
  /** Stock, stock options or another ownership interest. */
  OWNERSHIP,
  /** Royalties, patents or other intellectual property. */
  ROYALTIES,
  /** Travel, accommodation or meeting expenses paid. */
  TRAVEL_SUPPORT,
  /** Any other relationship; {@link FinancialRelationship#kindLabel()} names it as the source does. */
  OTHER
}
