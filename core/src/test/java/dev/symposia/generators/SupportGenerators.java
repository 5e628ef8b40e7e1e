package dev.symposia.generators;

import dev.symposia.identifier.LocalId;
import dev.symposia.support.CommercialSupport;
import dev.symposia.support.SupportKind;
import dev.symposia.text.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * Generators of valid commercial support, shared with the other modules' tests through the test jar. The
 * labels and descriptions are made up.
 */
public final class SupportGenerators {
  static final List<String> OTHER_SUPPORT = List.of("lanyard sponsor", "coffee break host", "app partner");

  static final List<String> DESCRIPTIONS = List.of(
      "unrestricted educational grant for the workshop programme", "loan of ultrasound simulators",
      "sponsor of the welcome reception", "stand 12 in the exhibition hall");

  private SupportGenerators() {}

  /**
   * Returns support of every kind from one of the given institutions, sometimes with a description; a label
   * only for {@code OTHER}, and not always.
   *
   * @param institutionIds the companies that may give support; not empty
   * @return the generator
   */
  public static Gen<CommercialSupport> commercialSupport(List<LocalId> institutionIds) {
    List<LocalId> institutions = List.copyOf(institutionIds);
    return Draw.gen(draw -> support(draw, draw.pick(institutions)));
  }

  static CommercialSupport support(Draw draw, LocalId company) {
    SupportKind kind = draw.pick(SupportKind.class);
    return CommercialSupport.builder().company(company).kind(kind)
        .kindLabel(kind == SupportKind.OTHER ? draw.maybe(60, () -> LocalizedText.of(draw.pick(OTHER_SUPPORT)))
            : Optional.empty())
        .description(draw.maybe(30, () -> LocalizedText.of(draw.pick(DESCRIPTIONS))))
        .build();
  }

  /** Draws support from up to {@code max} distinct institutions; none when there are none. */
  static List<CommercialSupport> supportFrom(Draw draw, List<LocalId> institutions, int max) {
    List<CommercialSupport> support = new ArrayList<>();
    for (LocalId company : draw.sample(institutions, 1, max)) {
      support.add(support(draw, company));
    }
    return support;
  }
}
