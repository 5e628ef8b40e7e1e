package dev.symposia.generators;

import dev.symposia.accreditation.Accreditation;
import dev.symposia.accreditation.Credit;
import dev.symposia.accreditation.CreditKind;
import dev.symposia.identifier.LocalId;
import dev.symposia.text.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;

/**
 * Generators of valid accreditations for continuing medical education and their credits, shared with the
 * other modules' tests through the test jar. The schemes and labels are made up.
 */
public final class AccreditationGenerators {
  static final List<String> SCHEMES = List.of(
      "Northfield national CME programme", "Continuing education scheme of the Fictional College of Physicians",
      "Lakeside regional CPD framework", "Programme of the Imaginary Board of Medical Education");

  static final List<String> CREDIT_LABELS = List.of(
      "category I credits", "category A points", "hours of continuing education", "external CPD credits",
      "self-study points", "workshop credits");

  private AccreditationGenerators() {}

  /**
   * Returns credits of every kind, with and without an amount (in steps of a quarter, sometimes up to the
   * limit), a maximum and a label; an {@code OTHER} credit always has a label.
   *
   * @return the generator
   */
  public static Gen<Credit> credits() {
    return Draw.gen(draw -> credit(draw, draw.pick(CreditKind.class)));
  }

  /**
   * Returns accreditations by one of the given institutions or by an accreditor not stated, with and without
   * a scheme, an activity identifier, credits (one line per kind) and a period.
   *
   * @param institutionIds the institutions that may accredit; empty for none
   * @return the generator
   */
  public static Gen<Accreditation> accreditations(List<LocalId> institutionIds) {
    List<LocalId> institutions = List.copyOf(institutionIds);
    return Draw.gen(draw -> accreditation(draw, institutions));
  }

  static Credit credit(Draw draw, CreditKind kind) {
    Credit.Builder credit = Credit.builder().kind(kind);
    if (draw.chance(80)) {
      BigDecimal amount = draw.chance(90) ? BigDecimal.valueOf(draw.between(1, 160) * 25L, 2)
          : BigDecimal.valueOf(draw.between(1, Credit.MAX_AMOUNT));
      credit.amount(amount).maximum(draw.chance(30));
    }
    if (kind == CreditKind.OTHER || draw.chance(40)) {
      credit.label(LocalizedText.of(draw.pick(CREDIT_LABELS)));
    }
    return credit.build();
  }

  static Accreditation accreditation(Draw draw, List<LocalId> institutions) {
    Accreditation.Builder accreditation = Accreditation.builder()
        .scheme(draw.maybe(40, () -> LocalizedText.of(draw.pick(SCHEMES))))
        .activityId(draw.maybe(40, () -> String.format(Locale.ROOT, "%d-%02d-%04d", draw.between(2000, 2040),
            draw.between(1, 12), draw.between(1, 9999))))
        .period(draw.maybe(20, () -> draw.from(TimeGenerators.dateSpans())));
    if (!institutions.isEmpty() && draw.chance(60)) {
      accreditation.accreditor(draw.pick(institutions));
    }
    // One credit line per kind, so no two lines share a kind and a label.
    List<Credit> credits = new ArrayList<>();
    for (CreditKind kind : draw.sample(List.of(CreditKind.values()), 0, draw.chance(30) ? 0 : 2)) {
      credits.add(credit(draw, kind));
    }
    return accreditation.addAllCredits(credits).build();
  }
}
