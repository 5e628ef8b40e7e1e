package dev.symposia.validation;

import static dev.symposia.validation.Fixtures.session;
import static dev.symposia.validation.Fixtures.symposium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.Symposium;
import dev.symposia.time.DateSpan;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionDatesTest {
  @ParameterizedTest(name = "a session on {1} in a symposium on {0} is outside: {2}")
  @CsvSource({
    "2022-11-22/2022-11-24, 2022-11-22, false",
    "2022-11-22/2022-11-24, 2022-11-24, false",
    "2022-11-22/2022-11-24, 2022-11-21, true",
    "2022-11-22/2022-11-24, 2022-11-25, true",
    "2022-11-22/2022-11-24, 2022-11,    false",
    "2022-11-22/2022-11-24, 2022-12,    true",
    "2022-11-22/2022-11-24, 2022,       false",
    "2022-11-22/2022-11-24, 2021,       true",
    "2022-11-22/2022-11-24, --11-23,    false",
    "2022-11-22/2022-11-24, --11-25,    true",
    "2022-11-22,            2022-11-22, false",
    "2022-11-22,            2022-11-23, true",
    "--04-29,               --04-29,    false",
    "--04-29,               --04-30,    true",
    "--04-29,               2023-04-29, false",
    "--04-29,               2023-04-30, true",
    "--04-29,               2023-05,    true",
    "--04-29,               2023,       false",
    "--04-28/--04-30,       --05-15,    false",
    "--04-28/--04-30,       2023-05-15, false",
    "2022-11,               2022-11-05, false",
    "2022-11,               2022-12-01, true",
    "2022-11,               --12-01,    true",
    "2022-11-22/2022-12,    2022-12-31, false",
    "2022-11-22/2022-12,    2023-01-01, true",
    "2022-11-22/--12-01,    2022-11-21, true",
    "2022-11-22/--12-01,    2023-05-01, false",
    "2020-12-30/2021-01-02, --12-31,    false",
    "2020-12-30/2021-01-02, --06-01,    true",
    "2016-02-01/2016-03-01, --02-29,    false",
    "2015-02-01/2015-03-01, --02-29,    true",
    "2001-01-01/2012-01-01, --02-29,    false",
  })
  void sessionsOutsideTheDatesUnderEveryReadingAreReported(String dates, String date, boolean outside) {
    Symposium symposium = symposium().dates(DateSpan.parse(dates))
        .addSessions(session("other", null, null).build(), session("dated", date, null).build()).build();

    assertThat(Fixtures.codesAndPaths(symposium))
        .isEqualTo(outside ? List.of("SYM-SESSION-DATES sessions[1].date") : List.of());
  }

  @ParameterizedTest(name = "the message names the session, its date and the dates")
  @CsvSource("2022-11-22/2022-11-24, 2022-11-25")
  void theMessageNamesTheSessionItsDateAndTheSymposiumsDates(String dates, String date) {
    Symposium symposium = symposium().dates(DateSpan.parse(dates)).addSessions(session("late", date, null).build())
        .build();

    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::message)
        .containsExactly("session late is dated 2022-11-25, outside the symposium's dates 2022-11-22/2022-11-24");
  }
}
