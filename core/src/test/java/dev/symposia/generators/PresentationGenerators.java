package dev.symposia.generators;

import dev.symposia.identifier.LocalId;
import dev.symposia.presentation.Abstract;
import dev.symposia.presentation.Material;
import dev.symposia.presentation.MaterialKind;
import dev.symposia.presentation.PresentationFormat;
import dev.symposia.text.LocalizedText;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;

/**
 * Generators of valid abstracts and published materials, shared with the other modules' tests through the
 * test jar. The titles, journals and web addresses are made up.
 */
public final class PresentationGenerators {
  static final List<String> ABSTRACT_TITLES = List.of(
      "Outcomes of a fictional nurse-led follow-up clinic", "A made-up cohort of early-onset wheeze",
      "Simulated triage times before and after a new protocol", "An invented biomarker panel for sepsis",
      "Imaginary trial of home-based cardiac rehabilitation");

  static final List<String> MATERIAL_TITLES = List.of(
      "Handout", "Case workbook", "Speaker's notes", "Data supplement", "Transcript");

  static final List<String> MEDIA_HOSTS = List.of(
      "media.example.org", "posters.example.net", "slides.example.com");

  private PresentationGenerators() {}

  /**
   * Returns abstracts known by a title, a number, a DOI or several of them, with and without a format,
   * distinct authors among the given speakers, a citation and partial lists.
   *
   * @param speakerIds the speakers who may be authors; empty for none
   * @return the generator
   */
  public static Gen<Abstract> abstracts(List<LocalId> speakerIds) {
    List<LocalId> speakers = List.copyOf(speakerIds);
    return Draw.gen(draw -> abstractOf(draw, speakers));
  }

  /**
   * Returns materials of every kind with an http or https address, a DOI or both; a title always for
   * {@code OTHER}, sometimes for the others.
   *
   * @return the generator
   */
  public static Gen<Material> materials() {
    return Draw.gen(PresentationGenerators::material);
  }

  static Abstract abstractOf(Draw draw, List<LocalId> speakers) {
    Abstract.Builder summary = Abstract.builder();
    int known = draw.between(1, 7);
    if ((known & 1) != 0) {
      summary.title(draw.pick(ABSTRACT_TITLES));
    }
    if ((known & 2) != 0) {
      summary.number(draw.pick(List.of("P-", "OA", "E", "LB-")) + draw.between(1, 999));
    }
    if ((known & 4) != 0) {
      summary.doi(draw.from(IdentifierGenerators.dois()));
    }
    return summary.format(draw.maybe(60, () -> draw.pick(PresentationFormat.class)))
        .addAllAuthors(draw.sample(speakers, 0, 3))
        .citation(draw.maybe(20, () -> LocalizedText.of("Fictional Journal of Clinical Studies. "
            + draw.between(2000, 2040) + ";" + draw.between(1, 60) + "(Suppl " + draw.between(1, 3) + "):"
            + draw.between(1, 400))))
        .addAllPartialLists(draw.partialLists("authors"))
        .build();
  }

  static Material material(Draw draw) {
    MaterialKind kind = draw.pick(MaterialKind.class);
    Material.Builder material = Material.builder().kind(kind);
    if (kind == MaterialKind.OTHER || draw.chance(40)) {
      material.title(LocalizedText.of(draw.pick(MATERIAL_TITLES)));
    }
    int known = draw.between(1, 3);
    if ((known & 1) != 0) {
      material.url(URI.create((draw.chance(80) ? "https" : "http") + "://" + draw.pick(MEDIA_HOSTS) + "/"
          + kind.name().toLowerCase(Locale.ROOT) + "/" + draw.between(1, 99_999)));
    }
    if ((known & 2) != 0) {
      material.doi(draw.from(IdentifierGenerators.dois()));
    }
    return material.build();
  }
}
