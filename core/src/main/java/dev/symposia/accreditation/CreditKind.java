package dev.symposia.accreditation;

/**
 * The kind of continuing medical education credit an accreditation grants, after the accreditors' own
 * definitions.
 */
public enum CreditKind {
  /**
   * AMA PRA Category 1 Credit: granted by providers accredited by the ACCME or a state medical society, one
   * credit per hour of participation (American Medical Association, PRA booklet).
   */
  AMA_PRA_CATEGORY_1,
  /** AMA PRA Category 2 Credit: self-claimed by the physician for learning not certified for Category 1. */
  AMA_PRA_CATEGORY_2,
  /**
   * European CME credits (ECMEC): granted by the EACCME of the European Union of Medical Specialists, one
   * credit per hour of education, at most eight a day.
   */
  EUROPEAN_CME,
  /**
   * Credits of a national continuing medical education authority's scheme, such as a national programme's
   * category I credits; {@link Credit#label()} gives the source's own words for them.
   */
  NATIONAL,
  /** Any other kind of credit; {@link Credit#label()} names it as the source does. */
  OTHER
}
