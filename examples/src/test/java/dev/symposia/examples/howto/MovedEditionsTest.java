package dev.symposia.examples.howto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.AttendanceMode;
import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EventStatus;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.jackson.SymposiaJson;
import dev.symposia.place.Place;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.validation.Finding;
import dev.symposia.validation.SymposiaValidation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MovedEditionsTest {
  private final Symposium edition2020 = MovedEditions.edition2020();

  @Test
  void everyEditionIsCleanAloneAndAsASeries() {
    List<Symposium> editions = MovedEditions.editions();
    assertThat(editions).extracting(s -> s.edition().getAsInt()).containsExactly(1, 2, 3, 4);
    editions.forEach(edition -> assertThat(Finding.all(SymposiaValidation.validate(edition))).as(edition.toString())
        .isEmpty());
    assertThat(SymposiaValidation.validateSeries(editions)).isEmpty();
  }

  @Test
  void postponedFromMarchToSeptemberAndPlannedForKyotoButHeldOnlineMovedTwice() {
    assertThat(edition2020.dates()).isEqualTo(DateSpan.parse("2020-09-02/2020-09-04"));
    assertThat(edition2020.mode()).contains(AttendanceMode.ONLINE);
    assertThat(edition2020.places()).isEmpty();
    List<EarlierPlan> plans = edition2020.plannedBefore();
    assertThat(plans).extracting(EarlierPlan::dates).containsExactly(
        Optional.of(DateSpan.parse("2020-03-11/2020-03-13")), Optional.of(DateSpan.parse("2020-09-02/2020-09-04")));
    assertThat(plans).extracting(EarlierPlan::change)
        .containsExactly(Optional.of(EventStatus.POSTPONED), Optional.of(EventStatus.MOVED_ONLINE));
    assertThat(plans).allSatisfy(plan -> assertThat(plan.places()).extracting(Place::city)
        .containsExactly(Optional.of(LocalizedText.of("Kyoto"))));
  }

  @Test
  void theCancelledVisitIsFoundByItsStatusAndClashesWithNothingWhileItIsCancelled() {
    assertThat(edition2020.sessionsWithStatus(EventStatus.CANCELLED)).extracting(s -> s.id().value())
        .containsExactly("campus-visit");
    List<Session> sessions = edition2020.sessions().stream()
        .map(s -> s.status().equals(Optional.of(EventStatus.CANCELLED)) ? s.toBuilder().status(EventStatus.HELD).build()
            : s)
        .toList();
    Symposium held = edition2020.toBuilder().sessions(sessions).build();
    assertThat(Finding.all(SymposiaValidation.validate(held))).extracting(Finding::code)
        .containsExactly("SYM-PERSON-OVERLAP");
  }

  @Test
  void thePostponedEditionKeepsTheDatesItWasPostponedFromAndTheNextOneInventsNoDay() {
    assertThat(MovedEditions.edition2021().status()).contains(EventStatus.POSTPONED);
    assertThat(MovedEditions.edition2021().dates()).isEqualTo(DateSpan.parse("2021-03-10/2021-03-12"));
    DateSpan someTime = MovedEditions.edition2022().dates();
    assertThat(someTime).hasToString("2022/2022");
    assertThat(someTime.isSingleDay()).isFalse();
    assertThat(someTime.lengthInDays()).isEmpty();
  }

  @Test
  void everyEditionReadsBackEqualFromItsJson() throws Exception {
    SymposiaJson json = SymposiaJson.strict();
    for (Symposium edition : MovedEditions.editions()) {
      assertThat(json.readSymposium(json.write(edition))).isEqualTo(edition);
    }
  }

  @Test
  void theProgramPrintsTheEarlierPlansTheStatusesAndACleanValidation() {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      MovedEditions.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("Planned before: 11–13 March 2020, Kyoto, JP, in person (postponed, announced 20 February 2020,"
            + " because of the COVID-19 pandemic)\n")
        .contains("Planned before: 2–4 September 2020, Kyoto, JP, in person (moved online, announced 15 July 2020)\n")
        .contains("  keynote: Psychoceramics online [2 September 2020, 14:00–15:00] — rescheduled\n"
            + "      planned before: 2 September 2020, 10:00–11:00 (rescheduled)\n")
        .contains("  Visit to the Kyoto campus [3 September 2020, 14:00–17:00] — cancelled\n")
        .contains("Status:     postponed\n")
        .contains("Dates:     2022\n")
        .endsWith("Validation: nothing to report\n");
  }
}
