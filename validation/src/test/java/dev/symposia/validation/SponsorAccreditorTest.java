package dev.symposia.validation;

import static dev.symposia.validation.CmeFixtures.BOARD;
import static dev.symposia.validation.CmeFixtures.MERIDIAN;
import static dev.symposia.validation.CmeFixtures.accreditation;
import static dev.symposia.validation.CmeFixtures.meeting;
import static dev.symposia.validation.CmeFixtures.meridian;
import static dev.symposia.validation.CmeFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.support.SupportKind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SYM-SPONSOR-ACCREDITOR: no commercial supporter is the accreditor of what it supports. */
class SponsorAccreditorTest {
  private static Symposium.Builder accreditedBy(String accreditor) {
    return meeting().addAccreditations(accreditation(accreditor).build());
  }

  @ParameterizedTest(name = "the symposium accredited by {0} and supported by Meridian: reported {1}")
  @CsvSource({"meridian-pharma, true", "northfield-cme-board, false", "'', false"})
  void aSupporterOfTheSymposiumThatAccreditsIt(String accreditor, boolean reported) {
    Symposium symposium = accreditedBy(accreditor.isEmpty() ? null : accreditor)
        .addCommercialSupport(meridian(SupportKind.EDUCATIONAL_GRANT)).build();

    assertThat(Fixtures.codesAndPaths(symposium))
        .isEqualTo(reported ? List.of("SYM-SPONSOR-ACCREDITOR commercialSupport[0].company") : List.of());
  }

  @ParameterizedTest(name = "symposium by {0}, {2} by {1}, supported by Meridian: reported {3}")
  @CsvSource({
    "meridian-pharma,      '',                   PLENARY,             true",
    "'',                   meridian-pharma,      PLENARY,             true",
    "northfield-cme-board, meridian-pharma,      PLENARY,             true",
    "meridian-pharma,      northfield-cme-board, PLENARY,             true",
    "northfield-cme-board, '',                   PLENARY,             false",
    "'',                   '',                   PLENARY,             false",
    // A satellite is outside the symposium's accreditation, not outside its own.
    "meridian-pharma,      '',                   SATELLITE_SYMPOSIUM, false",
    "meridian-pharma,      northfield-cme-board, SATELLITE_SYMPOSIUM, false",
    "northfield-cme-board, meridian-pharma,      SATELLITE_SYMPOSIUM, true",
  })
  void aSupporterOfASessionThatAccreditsIt(String symposiumAccreditor, String sessionAccreditor, SessionKind kind,
      boolean reported) {
    Session.Builder session = session("satellite", kind, "2025-10-25", "12:30/13:30")
        .addCommercialSupport(meridian(SupportKind.EXHIBITOR), meridian(SupportKind.SPONSORSHIP));
    if (!sessionAccreditor.isEmpty()) {
      session.addAccreditations(accreditation(sessionAccreditor).build());
    }
    Symposium.Builder symposium = meeting().addSessions(session.build());
    if (!symposiumAccreditor.isEmpty()) {
      symposium.addAccreditations(accreditation(symposiumAccreditor).build());
    }

    assertThat(Fixtures.codesAndPaths(symposium.build())).isEqualTo(reported
        ? List.of("SYM-SPONSOR-ACCREDITOR sessions[0].commercialSupport[0].company",
            "SYM-SPONSOR-ACCREDITOR sessions[0].commercialSupport[1].company")
        : List.of());
  }

  @Test
  void theSymposiumsSupportIsComparedWithTheSymposiumsAccreditationsAlone() {
    Symposium symposium = accreditedBy(BOARD).addCommercialSupport(meridian(SupportKind.IN_KIND))
        .addSessions(session("workshop", SessionKind.WORKSHOP, "2025-10-25", "14:00/15:00")
            .addAccreditations(accreditation(MERIDIAN).build()).build()).build();

    assertThat(Fixtures.codesAndPaths(symposium)).isEmpty();
  }

  @Test
  void theWarningReadsInEachLanguage() {
    Symposium symposium = accreditedBy(MERIDIAN).addCommercialSupport(meridian(SupportKind.EDUCATIONAL_GRANT))
        .addSessions(session("satellite", SessionKind.PLENARY, "2025-10-25", "12:30/13:30")
            .addCommercialSupport(meridian(SupportKind.SPONSORSHIP)).build()).build();

    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::toString).containsExactly(
        "WARNING SYM-SPONSOR-ACCREDITOR commercialSupport[0].company: meridian-pharma gives"
            + " northfield-cardiology-2025 commercial support (educational grant) and is also the accreditor of an"
            + " accreditation that applies to it",
        "WARNING SYM-SPONSOR-ACCREDITOR sessions[0].commercialSupport[0].company: meridian-pharma gives satellite"
            + " commercial support (sponsorship) and is also the accreditor of an accreditation that applies to it");
    assertThat(Finding.all(SymposiaValidation.validator(Locale.SIMPLIFIED_CHINESE).validate(symposium)))
        .extracting(Finding::message).containsExactly(
            "meridian-pharma 为 northfield-cardiology-2025 提供商业支持（教育资助），同时又是适用于它的一项认证的认证机构",
            "meridian-pharma 为 satellite 提供商业支持（赞助），同时又是适用于它的一项认证的认证机构");
    assertThat(Finding.all(SymposiaValidation.validator(Locale.TRADITIONAL_CHINESE).validate(symposium)))
        .extracting(Finding::message).containsExactly(
            "meridian-pharma 為 northfield-cardiology-2025 提供商業支援（教育補助），同時又是適用於它的一項認證的認證機構",
            "meridian-pharma 為 satellite 提供商業支援（贊助），同時又是適用於它的一項認證的認證機構");
  }
}
