package dev.symposia.validation.internal;

import dev.symposia.identifier.Isni;
import dev.symposia.identifier.Orcid;

/** Checks on well-formed identifiers that core accepts but that are suspicious. */
final class Identifiers {
  private Identifiers() {}

  /**
   * Tells whether an ORCID iD lies outside the ranges ORCID assigns from.
   *
   * @param orcid the ORCID iD; not null
   * @return true if ORCID never issued it
   */
  static boolean isUnassigned(Orcid orcid) {
    return !orcid.isInAssignedRange();
  }

  /**
   * Tells whether an ISNI lies in the blocks ORCID assigns from, read as an ORCID iD.
   *
   * @param isni the ISNI; not null
   * @return true if it is an ORCID iD rather than an ISNI
   */
  static boolean isInOrcidBlock(Isni isni) {
    String value = isni.value();
    String asOrcid = value.substring(0, 4) + '-' + value.substring(4, 8) + '-' + value.substring(8, 12) + '-'
        + value.substring(12);
    return Orcid.isValid(asOrcid) && Orcid.parse(asOrcid).isInAssignedRange();
  }
}
