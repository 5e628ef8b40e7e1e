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
  /**
   * A non-profit association that is not a learned society, such as a patients' association or a charity
   * (schema.org {@code NGO}).
   */
  ASSOCIATION,
  /** An intergovernmental organisation, such as the World Health Organization. */
  INTERNATIONAL_ORGANISATION,
  /** A consortium or alliance of institutions (schema.org {@code Consortium}). */
  CONSORTIUM,
  /** A newspaper, broadcaster or other news medium (schema.org {@code NewsMediaOrganization}). */
  MEDIA,
  /** Any other kind of body; {@link Institution#kindLabel()} may name it as the source does. */
  OTHER
}
