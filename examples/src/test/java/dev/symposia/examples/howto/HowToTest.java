package dev.symposia.examples.howto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EventStatus;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.jackson.SymposiaJson;
import dev.symposia.time.Occurrence;
import dev.symposia.time.TimeSlot;
import dev.symposia.time.ZonedInterval;
import dev.symposia.validation.Finding;
import dev.symposia.validation.SymposiaValidation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HowToTest {
  @Test
  void theSymposiumBuiltFromScratchIsValid() {
    assertThat(SymposiaValidation.validate(BuildFromScratch.symposium())).isEmpty();
  }

  @Test
  void changingJsonKeepsEverythingButTheChangedFields(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("changed.json");
    ChangeJson.main(new String[] {Path.of("..", "docs", "json", "examples", "isctm-2022.json").toString(), out.toString()});
    SymposiaJson json = SymposiaJson.standard();
    Symposium original = json.readSymposium(Path.of("..", "docs", "json", "examples", "isctm-2022.json"));
    Symposium changed = json.readSymposium(out);
    assertThat(changed.status()).hasValue(EventStatus.RESCHEDULED);
    assertThat(changed.plannedBefore()).containsExactly(
        EarlierPlan.builder().dates(original.dates()).change(EventStatus.RESCHEDULED).build());
    assertThat(changed.toBuilder().dates(original.dates()).status(original.status())
        .plannedBefore(original.plannedBefore()).build()).isEqualTo(original);
  }

  @Test
  void validationReportsTheOverlapAndTheLateSessionAndNothingElse() {
    assertThat(ValidateAndReport.findings()).extracting(Finding::code)
        .containsExactlyInAnyOrder("SYM-PERSON-OVERLAP", "SYM-SESSION-DATES");
  }

  @Test
  void aStandaloneAgreementIsACompleteRecordThatValidatesCleanAndIsItsOwnDocument() throws Exception {
    AgreementRecord record = StandaloneAgreement.record();
    CooperationAgreement agreement = record.agreement();

    assertThat(agreement.signedAt()).isEmpty();
    assertThat(agreement.parties()).hasSize(3).allMatch(party -> record.institution(party).isPresent());
    assertThat(agreement.signatories()).filteredOn(s -> s.party().equals(LocalId.of("northmere"))).hasSize(2);
    assertThat(agreement.signatories()).filteredOn(s -> !s.isNamed()).singleElement()
        .satisfies(s -> assertThat(s.title()).isPresent());
    assertThat(record.speakers()).allMatch(s -> s.positions().stream().anyMatch(p -> p.since().isPresent()));
    assertThat(StandaloneAgreement.findings(record)).isEmpty();
    SymposiaJson json = SymposiaJson.standard();
    assertThat(json.read(json.write(record), AgreementRecord.class)).isEqualTo(record);
  }

  @Test
  void theStandaloneAgreementsFlawedVariantsAreAnErrorAndAWarning() {
    assertThat(StandaloneAgreement.findings(StandaloneAgreement.provostLeftBeforeSigning()))
        .extracting(Finding::toString).containsExactly("ERROR SYM-SIGNATORY-POSITION agreement.signatories[1]:"
            + " bea-okafor signed agreement northmere-vale-eastbrook-2021 for northmere, but none of their positions"
            + " at northmere or its units was held when it was signed");
    assertThat(StandaloneAgreement.findings(StandaloneAgreement.presidentWithoutPosition()))
        .extracting(Finding::toString).containsExactly("WARNING SYM-SIGNATORY-POSITION-STATED"
            + " agreement.signatories[0]: ada-quill signed agreement northmere-vale-eastbrook-2021 for northmere,"
            + " but the record states no position of theirs at northmere or its units");
  }

  @Test
  void theStandaloneAgreementProgramPrintsTheRecordAndTheFindings() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.PrintStream saved = System.out;
    System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      StandaloneAgreement.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    String printed = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(printed).startsWith(SymposiaJson.standard().write(StandaloneAgreement.record()))
        .contains("findings: 0\n").contains("ERROR SYM-SIGNATORY-POSITION agreement.signatories[1]")
        .contains("WARNING SYM-SIGNATORY-POSITION-STATED agreement.signatories[0]");
  }

  @Test
  void theNightSessionAcrossTheClockChangeLastsFiveHoursAndTheTwoOneOClocksDoNotClash() throws Exception {
    Symposium congress = ClockChangeCongress.symposium();
    Session lab = congress.session(LocalId.of("sleep-lab")).orElseThrow();
    Session firstPass = congress.session(LocalId.of("first-pass")).orElseThrow();
    Session givenBack = congress.session(LocalId.of("hour-given-back")).orElseThrow();

    assertThat(congress.interval(lab).map(ZonedInterval::duration)).contains(Duration.ofHours(5));
    assertThat(congress.interval(lab).map(i -> i.end().toLocalDate())).contains(LocalDate.of(2025, 10, 26));
    assertThat(congress.interval(givenBack).map(ZonedInterval::duration)).contains(Duration.ofMinutes(40));
    assertThat(congress.interval(firstPass).orElseThrow().overlaps(congress.interval(givenBack).orElseThrow()))
        .isFalse();
    assertThat(SymposiaValidation.validate(congress)).isEmpty();
    assertThat(ClockChangeCongress.timeline(congress)).contains(
        "sleep-lab: 2025-10-25T23:00+01:00[Europe/London]/2025-10-26T03:00Z[Europe/London], 5 h 0 min");

    // The same clock times in summer time: the chair is in two places and the room holds two sessions.
    Session sameHourInSummerTime = givenBack.toBuilder().time(TimeSlot.parse("01:15+01:00/01:55+01:00")).build();
    Symposium clash = congress.toBuilder().sessions(List.of(congress.sessions().get(2), sameHourInSummerTime)).build();
    assertThat(Finding.all(SymposiaValidation.validate(clash))).extracting(Finding::code)
        .containsExactlyInAnyOrder("SYM-PERSON-OVERLAP", "SYM-ROOM-OVERLAP");

    // The cancelled debate would hold the chair and the room at the very time of the first pass.
    Session debate = congress.session(LocalId.of("midnight-debate")).orElseThrow();
    assertThat(congress.sessionsWithStatus(EventStatus.CANCELLED)).containsExactly(debate);
    Session held = debate.toBuilder().status(EventStatus.HELD).build();
    Symposium notCancelled = congress.toBuilder().sessions(List.of(firstPass, held)).build();
    assertThat(Finding.all(SymposiaValidation.validate(notCancelled))).extracting(Finding::code)
        .containsExactlyInAnyOrder("SYM-PERSON-OVERLAP", "SYM-ROOM-OVERLAP");

    SymposiaJson json = SymposiaJson.standard();
    String written = json.write(congress);
    assertThat(written).contains("\"time\": \"23:00/03:00\"", "\"time\": \"01:15Z/01:55Z\"");
    assertThat(json.readSymposium(written)).isEqualTo(congress);
  }

  @Test
  void theAccreditedCongressSaysWhatItsReportWouldSayAndReadsBackEqual() throws Exception {
    Symposium congress = AccreditedCongress.symposium();

    assertThat(congress.accreditations()).singleElement().satisfies(a -> {
      assertThat(a.accreditor()).contains(LocalId.of("northfield-cme-commission"));
      assertThat(a.credits()).singleElement().satisfies(c -> assertThat(c.amount()).contains(new BigDecimal("12")));
    });
    assertThat(congress.disclosure(LocalId.of("josiah-carberry"))).hasValueSatisfying(
        d -> assertThat(d.nothingToDisclose()).isTrue());
    assertThat(congress.disclosure(LocalId.of("imogen-vale")).orElseThrow().relationships())
        .extracting(r -> r.kind().name()).containsExactly("CONSULTING", "RESEARCH_FUNDING");
    Session satellite = congress.session(LocalId.of("satellite")).orElseThrow();
    assertThat(satellite.commercialSupport()).extracting(s -> s.company().value())
        .containsExactly("meridian-therapeutics");
    // The sponsor of the satellite symposium is no organiser of the congress.
    assertThat(congress.institutionRoles()).extracting(r -> r.institution().orElseThrow().value())
        .doesNotContain("meridian-therapeutics");
    assertThat(congress.session(LocalId.of("posters")).orElseThrow().abstracts())
        .extracting(a -> a.doi().orElseThrow().uri().toString())
        .containsExactly("https://doi.org/10.5555/northfield.2026.p01", "https://doi.org/10.5555/northfield.2026.p02");
    assertThat(AccreditedCongress.medicalFacts(congress)).contains(
        "Accredited: 12 national category I credits by Northfield National CME Commission (activity NCC-2026-0388)\n",
        "Accredited on its own: workshop, 3 national category I credits by Northfield National CME Commission",
        "Sponsored session: satellite, sponsorship by Meridian Therapeutics\n",
        "Disclosure of Imogen Vale: consulting (Meridian Therapeutics); research funding (Meridian Therapeutics,"
            + " Harrow Devices)\n",
        "Commercial support: educational grant by Harrow Devices\n");

    SymposiaJson json = SymposiaJson.standard();
    String written = json.write(congress);
    assertThat(written).contains("\"kind\": \"satellite_symposium\"", "\"doi\": \"10.5555/northfield.2026.p01\"");
    assertThat(json.readSymposium(written)).isEqualTo(congress);
  }

  @Test
  void theWebinarSeriesIsOneRuleThatExpandsToElevenWebinarsAcrossBothClockChanges() throws Exception {
    Symposium series = AccreditedCongress.webinarSeries();
    Session webinar = series.sessions().get(0);
    List<Occurrence> webinars = series.occurrences(webinar);

    // Twelve first Tuesdays, the August one cancelled, the April one moved to the 8th.
    assertThat(webinars).hasSize(11).extracting(Occurrence::date).contains(LocalDate.of(2025, 4, 8))
        .doesNotContain(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 8, 5));
    // 18:00 in Berlin is 17:00 UTC in winter and 16:00 UTC in summer time (30 March to 26 October 2025).
    assertThat(webinars).extracting(o -> o.interval().orElseThrow().start().toInstant().toString()).startsWith(
        "2025-01-07T17:00:00Z", "2025-02-04T17:00:00Z", "2025-03-04T17:00:00Z", "2025-04-08T16:00:00Z")
        .contains("2025-10-07T16:00:00Z", "2025-11-04T17:00:00Z", "2025-12-02T17:00:00Z");
    assertThat(AccreditedCongress.webinarDates(series)).contains(
        "Webinar 2025-04-08, 18:00 +02:00 = 2025-04-08T16:00:00Z to 2025-04-08T17:00:00Z (moved from 2025-04-01)\n");
    assertThat(SymposiaJson.standard().readSymposium(SymposiaJson.standard().write(series))).isEqualTo(series);
  }
}
