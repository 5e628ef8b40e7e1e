package dev.symposia.validation;

import static dev.symposia.validation.CmeFixtures.accreditation;
import static dev.symposia.validation.CmeFixtures.credit;
import static dev.symposia.validation.CmeFixtures.credits;
import static dev.symposia.validation.CmeFixtures.meeting;
import static dev.symposia.validation.CmeFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.accreditation.Credit;
import dev.symposia.accreditation.CreditKind;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.text.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SYM-CREDITS-DURATION: a session's own credits are no more than its hours, at one credit an hour. */
class CreditsDurationTest {
  private static List<String> findings(Symposium symposium) {
    return Finding.all(SymposiaValidation.validate(symposium)).stream()
        .filter(f -> f.code().equals("SYM-CREDITS-DURATION")).map(f -> f.path() + ": " + f.message())
        .collect(Collectors.toList());
  }

  private static Symposium workshop(String date, String time, CreditKind kind, String amount) {
    return meeting().addSessions(session("echo-workshop", SessionKind.WORKSHOP, date, time)
        .addAccreditations(credits(kind, amount)).build()).build();
  }

  @ParameterizedTest(name = "{2} credits on {0} at {1}: {3} hours, reported {4}")
  @CsvSource({
    // On the timeline: date, time and zone known.
    "2025-10-25, 09:00/12:00, 3,    3,    false",
    "2025-10-25, 09:00/12:00, 2.5,  3,    false",
    "2025-10-25, 09:00/12:00, 3.01, 3,    true",
    "2025-10-25, 09:00/10:30, 1.5,  1.5,  false",
    "2025-10-25, 09:00/10:30, 1.75, 1.5,  true",
    "2025-10-25, 09:00/09:50, 1,    0.83, true",
    // Clocks go back at 02:00 on 26 October: 01:00 summer time to 03:00 winter time is three hours.
    "2025-10-26, 01:00/03:00, 3,    3,    false",
    "2025-10-26, 01:00/03:00, 3.25, 3,    true",
    // Clocks went forward at 01:00 on 30 March: 00:30 to 03:30 is two hours.
    "2025-03-30, 00:30/03:30, 2,    2,    false",
    "2025-03-30, 00:30/03:30, 3,    2,    true",
    // No date: the clock times, an end before the start on the next day.
    ",           01:00/03:00, 2,    2,    false",
    ",           01:00/03:00, 3,    2,    true",
    ",           23:00/01:00, 2,    2,    false",
    ",           23:00/01:00, 2.5,  2,    true",
    // Both offsets stated: the moments they name, half an hour as clocks go back.
    ",           01:45+01:00/01:15Z, 0.5,  0.5, false",
    ",           01:45+01:00/01:15Z, 0.75, 0.5, true",
    ",           23:30+01:00/00:30+01:00, 1, 1, false",
    ",           23:30+01:00/00:30+01:00, 1.5, 1, true",
  })
  void creditsAboveTheSessionsHoursAreReported(String date, String time, String amount, String hours,
      boolean reported) {
    Symposium symposium = workshop(date, time, CreditKind.EUROPEAN_CME, amount);

    assertThat(findings(symposium)).isEqualTo(reported ? List.of("sessions[0].accreditations[0].credits[0].amount:"
        + " session echo-workshop lasts " + hours + " h, but an accreditation of it grants " + amount
        + " credits (European continuing medical education credits): more than one credit an hour") : List.of());
  }

  @Test
  void withoutAZoneTheClockTimesAreUsedEvenAcrossAClockChange() {
    Symposium symposium = meeting().timeZone(Optional.empty()).addSessions(session("night", SessionKind.WORKSHOP, "2025-10-26",
        "01:00/03:00").addAccreditations(credits(CreditKind.NATIONAL, "3")).build()).build();

    assertThat(Fixtures.codesAndPaths(symposium))
        .containsExactly("SYM-CREDITS-DURATION sessions[0].accreditations[0].credits[0].amount");
  }

  @ParameterizedTest(name = "a session at \"{0}\" has no known length")
  @CsvSource({"morning", "09:00/", "''"})
  void sessionsWithoutAStartAndAnEndAreNotChecked(String time) {
    Symposium symposium = workshop("2025-10-25", time.isEmpty() ? null : time, CreditKind.AMA_PRA_CATEGORY_1,
        "1000");

    assertThat(findings(symposium)).isEmpty();
  }

  @Test
  void eachCreditLineIsCheckedApartAndOnlyThoseWithAnAmountOfAKnownKind() {
    Credit other = Credit.builder().kind(CreditKind.OTHER).amount("12")
        .label(LocalizedText.of("fictional society points")).build();
    Credit maximum = Credit.builder().kind(CreditKind.AMA_PRA_CATEGORY_1).amount("4").maximum(true).build();
    Credit unstated = Credit.builder().kind(CreditKind.NATIONAL).build();
    Symposium symposium = meeting().addSessions(
        session("morning", SessionKind.PLENARY, "2025-10-25", "09:00/12:00").addAccreditations(
            accreditation(CmeFixtures.BOARD).addCredits(credit(CreditKind.AMA_PRA_CATEGORY_1, "3"),
                credit(CreditKind.EUROPEAN_CME, "3")).build(),
            accreditation(null).addCredits(other, unstated).build()).build(),
        session("afternoon", SessionKind.PLENARY, "2025-10-25", "14:00/17:00").addAccreditations(
            accreditation(CmeFixtures.BOARD).addCredits(credit(CreditKind.NATIONAL, "3"), maximum).build())
            .build()).build();

    assertThat(Fixtures.codesAndPaths(symposium))
        .containsExactly("SYM-CREDITS-DURATION sessions[1].accreditations[0].credits[1].amount");
  }

  @Test
  void theSymposiumsOwnAccreditationIsNotComparedWithASession() {
    Symposium symposium = meeting().addAccreditations(credits(CreditKind.EUROPEAN_CME, "12"))
        .addSessions(session("short", SessionKind.PLENARY, "2025-10-25", "09:00/10:00").build()).build();

    assertThat(findings(symposium)).isEmpty();
  }

  @Test
  void theWarningReadsInEachLanguage() {
    Symposium symposium = workshop("2025-10-26", "01:00/03:00", CreditKind.AMA_PRA_CATEGORY_1, "3.5");

    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::toString).containsExactly(
        "WARNING SYM-CREDITS-DURATION sessions[0].accreditations[0].credits[0].amount: session echo-workshop lasts"
            + " 3 h, but an accreditation of it grants 3.5 credits (Category 1 credits of the American Medical"
            + " Association): more than one credit an hour");
    assertThat(Finding.all(SymposiaValidation.validator(Locale.SIMPLIFIED_CHINESE).validate(symposium)))
        .extracting(Finding::message).containsExactly(
            "场次 echo-workshop 时长 3 小时，但其认证授予 3.5 学分（美国医学会一类学分），超过每小时 1 学分的上限");
    assertThat(Finding.all(SymposiaValidation.validator(Locale.TRADITIONAL_CHINESE).validate(symposium)))
        .extracting(Finding::message).containsExactly(
            "場次 echo-workshop 時長 3 小時，但其認證授予 3.5 學分（美國醫學會第一類學分），超過每小時 1 學分的上限");
  }
}
