package dev.symposia.generators;

import dev.symposia.disclosure.Disclosure;
import dev.symposia.disclosure.FinancialRelationship;
import dev.symposia.disclosure.RelationshipKind;
import dev.symposia.identifier.LocalId;
import dev.symposia.text.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * Generators of valid conflict-of-interest disclosures, shared with the other modules' tests through the
 * test jar. The labels are made up.
 */
public final class DisclosureGenerators {
  static final List<String> OTHER_RELATIONSHIPS = List.of(
      "data safety board member", "equipment loan", "editorial fees", "family member employed");

  private DisclosureGenerators() {}

  /**
   * Returns relationships of every kind with up to two distinct companies among the given institutions; a
   * label only for {@code OTHER}, and not always.
   *
   * @param institutionIds the companies a relationship may be with; empty for none named
   * @return the generator
   */
  public static Gen<FinancialRelationship> financialRelationships(List<LocalId> institutionIds) {
    List<LocalId> institutions = List.copyOf(institutionIds);
    return Draw.gen(draw -> relationship(draw, draw.pick(RelationshipKind.class), institutions));
  }

  /**
   * Returns disclosures of one of the given speakers: nothing to disclose, or one to three relationships of
   * distinct kinds.
   *
   * @param speakerIds the speakers who may disclose; not empty
   * @param institutionIds the companies relationships may be with; empty for none named
   * @return the generator
   */
  public static Gen<Disclosure> disclosures(List<LocalId> speakerIds, List<LocalId> institutionIds) {
    List<LocalId> speakers = List.copyOf(speakerIds);
    List<LocalId> institutions = List.copyOf(institutionIds);
    return Draw.gen(draw -> disclosure(draw, draw.pick(speakers), institutions));
  }

  static FinancialRelationship relationship(Draw draw, RelationshipKind kind, List<LocalId> institutions) {
    return FinancialRelationship.builder().kind(kind)
        .kindLabel(kind == RelationshipKind.OTHER
            ? draw.maybe(60, () -> LocalizedText.of(draw.pick(OTHER_RELATIONSHIPS))) : Optional.empty())
        .addAllCompanies(draw.sample(institutions, 0, 2))
        .build();
  }

  static Disclosure disclosure(Draw draw, LocalId speaker, List<LocalId> institutions) {
    if (draw.chance(30)) {
      return Disclosure.nothingToDisclose(speaker);
    }
    List<FinancialRelationship> relationships = new ArrayList<>();
    for (RelationshipKind kind : draw.sample(List.of(RelationshipKind.values()), 1, 3)) {
      relationships.add(relationship(draw, kind, institutions));
    }
    return Disclosure.builder().speaker(speaker).addAllRelationships(relationships).build();
  }

  /** Draws the disclosures of up to {@code max} of the speakers, at most one each. */
  static List<Disclosure> disclosures(Draw draw, List<LocalId> speakers, List<LocalId> institutions, int max) {
    List<Disclosure> disclosures = new ArrayList<>();
    for (LocalId speaker : draw.sample(speakers, 0, max)) {
      disclosures.add(disclosure(draw, speaker, institutions));
    }
    return disclosures;
  }
}
