package dev.symposia.generators;

import dev.symposia.identifier.Isni;
import dev.symposia.identifier.Orcid;
import dev.symposia.identifier.RorId;
import dev.symposia.identifier.WikidataId;
import java.util.Optional;
import java.util.Set;

/**
 * Draws external identifiers that look issued and that no other person or institution of the same model
 * has: validation may flag two entities sharing one, or an identifier outside the ranges in use.
 */
final class UniqueIdentifiers {
  // The example iD of ORCID's documentation, which no real record should carry.
  private static final String ORCID_EXAMPLE = "0000-0002-1825-0097";
  // ORCID's first block of ISNI numbers, 0000-0001-5000-0007 to 0000-0003-5000-0001, without the check character.
  private static final long ORCID_BLOCK_START = 15_000_000L;
  private static final long ORCID_BLOCK_END = 35_000_000L;

  private UniqueIdentifiers() {}

  /** Returns an ORCID iD from the assigned blocks, or nothing if the drawn one is taken. */
  static Optional<Orcid> orcid(Draw draw, Set<String> used) {
    Orcid orcid = draw.from(IdentifierGenerators.orcids());
    boolean free = !orcid.value().equals(ORCID_EXAMPLE) && used.add(orcid.value().replace("-", ""));
    return free ? Optional.of(orcid) : Optional.empty();
  }

  /**
   * Returns an ISNI starting {@code 0000}, as every ISNI issued so far does, or nothing if the drawn one is
   * taken or lies in the block ISNI reserves for ORCID iDs (validation warns of an ISNI there); ORCID iDs
   * are ISNIs too, so they share the set of used values.
   */
  static Optional<Isni> isni(Draw draw, Set<String> used) {
    long base = draw.between(0L, 99_999_999_999L);
    if (base >= ORCID_BLOCK_START && base <= ORCID_BLOCK_END) {
      return Optional.empty();
    }
    String compact = IdentifierGenerators.withMod11_2(base);
    return used.add(compact) ? Optional.of(Isni.parse(compact)) : Optional.empty();
  }

  /** Returns a Wikidata item with a number of the size Wikidata uses, or nothing if taken. */
  static Optional<WikidataId> wikidataId(Draw draw, Set<String> used) {
    WikidataId id = WikidataId.of(draw.between(1L, 130_000_000L));
    return used.add(id.value()) ? Optional.of(id) : Optional.empty();
  }

  /** Returns a ROR identifier, or nothing if taken. */
  static Optional<RorId> ror(Draw draw, Set<String> used) {
    RorId id = draw.from(IdentifierGenerators.rorIds());
    return used.add(id.value()) ? Optional.of(id) : Optional.empty();
  }
}
