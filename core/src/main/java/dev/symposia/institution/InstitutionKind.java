package dev.symposia.institution;

/** What sort of body an {@link Institution} is. */
public enum InstitutionKind {
  /** A university, such as the National University of Singapore. */
  UNIVERSITY,
  /** A school or faculty of a university, such as the Yong Loo Lin School of Medicine. */
  SCHOOL,
  /** An office, division, department or graduate school inside a larger body. */
  DEPARTMENT,
  /** A hospital, such as the Second Affiliated Hospital of CQMU. */
  HOSPITAL,
  /** A national academy, such as the Chinese Academy of Engineering. */
  ACADEMY,
  /** A learned or professional society, such as the Chinese Society of Clinical Oncology. */
  LEARNED_SOCIETY,
  /** A government body or agency, such as the Shanghai Municipal Health Commission. */
  GOVERNMENT_BODY,
  /** A body of a political party, such as the CPC Shanghai Municipal Committee. */
  PARTY_BODY,
  /** A foundation. */
  FOUNDATION,
  /** A research centre or institute. */
  RESEARCH_CENTRE,
  /** A company. */
  COMPANY,
  /** A committee, such as an event's organising committee. */
  COMMITTEE,
  /** Any other kind of body. */
  OTHER
}
