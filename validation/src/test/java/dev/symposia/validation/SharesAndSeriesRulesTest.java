package dev.symposia.validation;

import static dev.symposia.validation.Fixtures.symposium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.AttendanceMode;
import dev.symposia.event.Measure;
import dev.symposia.event.Series;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.quantity.Count;
import dev.symposia.quantity.Share;
import dev.symposia.time.DateSpan;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SYM-STATS-SHARE, shares in SYM-STATS-PART-WHOLE and SYM-STATS-LISTED, and SYM-SERIES-IDENTITY. */
class SharesAndSeriesRulesTest {
  private static Symposium withShare(String whole, String share, String part) {
    return symposium().addStatistics(
        Statistic.builder().id("abstracts").measure(Measure.ABSTRACTS).count(Count.parse(whole)).build(),
        Statistic.builder().measure(Measure.ABSTRACTS).count(Count.parse(part)).share(Share.parse(share), "abstracts")
            .build()).build();
  }

  @ParameterizedTest(name = "{2} abstracts, {1} of {0}: reported {3}")
  @CsvSource({
    "100,           50%,            50,           false",
    "100,           50%,            30,           true",
    "100,           50%,            70,           true",
    "100,           33%,            33,           false",
    "100,           33%,            34,           false",
    "100,           33%,            35,           true",
    "100,           12.5%,          13,           false",
    "300,           1/3,            100,          false",
    "300,           1/3,            99,           true",
    "100,           1/3,            34,           false",
    "100,           1/3,            33,           false",
    "100,           about 1/3,      90,           false",
    "100,           about 50%,      10,           false",
    "100,           about 50%,      100,          false",
    "100,           at least 1/3,   90,           false",
    "100,           at least 1/3,   30,           true",
    "100,           more than 50%,  100,          false",
    "at least 200,  50%,            30,           true",
    "at least 200,  50%,            more than 99, false",
    "more than 200, 1/2,            at least 500, false",
    "about 100,     50%,            30,           false",
    "unknown,       50%,            30,           false",
    "100,           50%,            unknown,      false",
    "100,           50%,            about 30,     false",
    "100,           50%,            several,      false",
    "100,           10%,            at least 11,  false",
    "100,           10%,            more than 11, true",
  })
  void aShareAgreesWithItsWholeUnlessEveryReadingDisagrees(String whole, String share, String part, boolean reported) {
    assertThat(Fixtures.codesAndPaths(withShare(whole, share, part)))
        .isEqualTo(reported ? List.of("SYM-STATS-SHARE statistics[1]") : List.of());
  }

  @Test
  void theShareWarningNamesBothFiguresInEachLanguage() {
    Symposium symposium = withShare("100", "50%", "30");
    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::toString).containsExactly(
        "WARNING SYM-STATS-SHARE statistics[1]: the statistic 30 abstracts (50% of abstracts) does not agree"
            + " with 100 abstracts, of which it is stated as a share");
    assertThat(Finding.all(SymposiaValidation.validator(Locale.SIMPLIFIED_CHINESE).validate(symposium)))
        .extracting(Finding::message).singleElement().asString().contains("占 abstracts 的 50%");
    assertThat(Finding.all(SymposiaValidation.validator(Locale.TRADITIONAL_CHINESE).validate(symposium)))
        .extracting(Finding::message).singleElement().asString().contains("佔 abstracts 的 50%");
  }

  @Test
  void aShareAboveItsWholeIsAPartAboveItsTotalWhateverTheWholeMeasures() {
    Symposium symposium = symposium().addStatistics(
        Statistic.builder().id("participants").measure(Measure.PARTICIPANTS).count(Count.exactly(40)).build(),
        Statistic.builder().measure(Measure.SPEAKERS).count(Count.exactly(50)).share(Share.parse("100%"), "participants")
            .build()).build();

    assertThat(Fixtures.codesAndPaths(symposium))
        .containsExactly("SYM-STATS-PART-WHOLE statistics[1]", "SYM-STATS-SHARE statistics[1]");
  }

  @Test
  void aShareInASessionIsComparedWithTheStatisticItNames() {
    Session forum = Session.builder().id("forum").kind(SessionKind.FORUM).addStatistics(
        Statistic.builder().measure(Measure.ABSTRACTS).count(Count.exactly(80)).share(Share.parse("1/4"), "abstracts")
            .build()).build();
    Symposium symposium = symposium().addStatistics(
        Statistic.builder().id("abstracts").measure(Measure.ABSTRACTS).count(Count.exactly(40)).build())
        .addSessions(forum).build();

    assertThat(Fixtures.codesAndPaths(symposium)).contains("SYM-STATS-PART-WHOLE sessions[0].statistics[0]",
        "SYM-STATS-SHARE sessions[0].statistics[0]");
  }

  @Test
  void aShareIsNeitherATotalNorComparedWithTheListing() {
    // "a third of the 9 sessions were online" says nothing of how many sessions the record lists.
    Symposium symposium = symposium().addStatistics(
        Statistic.builder().id("sessions").measure(Measure.SESSIONS).count(Count.unknown()).build(),
        Statistic.builder().measure(Measure.SESSIONS).count(Count.exactly(0)).share(Share.parse("0%"), "sessions")
            .build(),
        Statistic.builder().measure(Measure.SESSIONS).mode(AttendanceMode.ONLINE).count(Count.exactly(0)).build())
        .build();

    assertThat(Fixtures.codesAndPaths(symposium)).isEmpty();
  }

  @Test
  void figuresOfOneGroupAreReadAsWordsAndBreakNothing() {
    Symposium symposium = symposium().addStatistics(
        Statistic.builder().id("experts").measure(Measure.EXPERTS).count(Count.moreThan(200)).build(),
        Statistic.builder().measure(Measure.COUNTRIES).count(Count.moreThan(20)).sameGroupAs("experts").build())
        .build();

    assertThat(Fixtures.codesAndPaths(symposium)).isEmpty();
  }

  // SYM-SERIES-IDENTITY. Every series below is fictional: FSIM stands for a Fictional Society of Imaginary
  // Medicine, whose meetings' names and editions are invented for these tests.

  private static Symposium edition(String id, Series series) {
    return Symposium.builder().id(id).title("Example Meeting (fictional)").dates(DateSpan.parse("2031-01-14"))
        .series(series).build();
  }

  private static List<String> seriesFindings(Symposium... symposia) {
    return Finding.all(SymposiaValidation.validateSeries(List.of(symposia))).stream()
        .map(f -> f.code() + " " + f.path()).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "\"{0}\" / \"{1}\": {2}")
  @CsvSource(delimiter = '|', textBlock = """
      FSIM Annual Meeting                          | FSIM annual meeting                          | true
      FSIM Annual Meeting                          | FSIM Annual Meeting                          | false
      The 24th FSIM Annual Meeting                 | FSIM Annual Meeting                          | true
      Winter School of the Example Institute       | Example Institute Winter School              | true
      International Symposium on Clinical Medicine | International Symposium on Clinical Medecine | true
      Congrès de médecine                          | Congres de medecine                          | true
      FSIM Annual Meeting                          | GSIM Annual Meeting                          | true
      FSIM Annual Meeting                          | Aster Congress                               | false
      Example Winter School                        | Example Summer School                        | false
      «Example Forum»                              | Example Forums                               | true
      Example Forums                               | Example Forum                                | true
      Example Forum                                | Example Forums                               | true
      Example Forum                                | Example Fortum                               | true
      Example Forum                                | Example Fortums                              | false
      AB                                           | C                                            | false
      C                                            | AB                                           | false
      (2031)                                       | A                                            | false
      A                                            | (2031)                                       | false
      """)
  void seriesWithoutIdentifiersWhoseNamesNearlyMatchAreReported(String name, String other, boolean reported) {
    assertThat(seriesFindings(edition("a", Series.builder().name(name).build()),
        edition("b", Series.builder().name(other).build())))
        .isEqualTo(reported ? List.of("SYM-SERIES-IDENTITY symposia[1].series") : List.of());
  }

  @Test
  void oneIdentifierMakesOneSeriesWhateverTheNames() {
    assertThat(seriesFindings(
        edition("a", Series.builder().id("fsim-annual-meeting").name("FSIM Annual Meeting").build()),
        edition("b", Series.builder().id("fsim-annual-meeting").name("FSIM annual meeting").build()),
        edition("c", Series.builder().id("fsim-annual-meeting")
            .name("Annual Meeting of the Fictional Society of Imaginary Medicine").build()))).isEmpty();
  }

  @Test
  void nearlyTheSameNameWithDifferentOrMissingIdentifiersIsReportedOncePerIdentity() {
    assertThat(seriesFindings(
        edition("a", Series.builder().id("fsim").name("FSIM Annual Meeting").build()),
        edition("b", Series.builder().id("fsim-meeting").name("FSIM annual meeting").build()),
        edition("c", Series.builder().name("FSIM Annual Meeting").build()),
        edition("d", Series.builder().name("FSIM Annual Meeting").build()),
        edition("e", Series.builder().name("Aster Congress").build())))
        .containsExactly("SYM-SERIES-IDENTITY symposia[1].series", "SYM-SERIES-IDENTITY symposia[2].series");
  }

  @Test
  void theSameShortNameIsNearlyTheSameSeries() {
    assertThat(seriesFindings(
        edition("a", Series.builder().id("fsim").name("Fictional Society of Imaginary Medicine Annual Meeting")
            .shortName("FSIM").build()),
        edition("b", Series.builder().name("FSIM Meeting").shortName("fsim").build())))
        .containsExactly("SYM-SERIES-IDENTITY symposia[1].series");
  }

  @Test
  void aShortNameOnOneSideOnlyOrADifferentOneSaysNothing() {
    Series fair = Series.builder().name("Northfield Book Fair").shortName("NBF").build();
    Series congress = Series.builder().name("Aster Congress of Surgery").build();
    Series forum = Series.builder().name("Lakeshire Forum").shortName("LF").build();

    assertThat(seriesFindings(edition("a", fair), edition("b", congress))).isEmpty();
    assertThat(seriesFindings(edition("a", congress), edition("b", fair))).isEmpty();
    assertThat(seriesFindings(edition("a", fair), edition("b", forum))).isEmpty();
    assertThat(seriesFindings(edition("a", fair),
        edition("b", Series.builder().name("Northfield Trade Show").shortName(" nbf ").build())))
        .containsExactly("SYM-SERIES-IDENTITY symposia[1].series");
  }

  @Test
  void namesLongerThanTwoHundredCharactersAreNotComparedLetterByLetter() {
    // "forum aaa...a" against "forum aaa...b": one letter apart, within the eighth of their length allowed.
    assertThat(seriesFindings(longName(200, 'a'), longName(200, 'b'))).hasSize(1);
    assertThat(seriesFindings(longName(201, 'a'), longName(200, 'b'))).isEmpty();
    assertThat(seriesFindings(longName(200, 'a'), longName(201, 'b'))).isEmpty();
  }

  /** A symposium of a series named "Forum aaa...a" and then the last letter, its words {@code length} long. */
  private static Symposium longName(int length, char last) {
    return edition("long-" + last, Series.builder().name("Forum " + "a".repeat(length - 7) + last).build());
  }

  @Test
  void editionRulesGroupBySeriesIdentity() {
    Series named = Series.builder().id("fsim").name("FSIM Annual Meeting").build();
    Series renamed = Series.builder().id("fsim").name("Fictional Society of Imaginary Medicine Annual Meeting").build();
    List<Symposium> editions = List.of(
        Symposium.builder().id("a").title("FSIM").dates(DateSpan.parse("2021")).series(named).edition(24).build(),
        Symposium.builder().id("b").title("FSIM").dates(DateSpan.parse("2022")).series(renamed).edition(24).build());

    assertThat(Finding.all(SymposiaValidation.validateSeries(editions))).extracting(Finding::code)
        .containsExactly("SYM-EDITION-REPEATED");
  }

  @Test
  void anApplicationsValidatorReportsTheSeriesWarningOnlyForWarnings() {
    Validator validator = SymposiaValidation.configure(Validation.byDefaultProvider().configure())
        .buildValidatorFactory().getValidator();
    Editions editions = Editions.of(List.of(edition("a", Series.builder().name("FSIM Annual Meeting").build()),
        edition("b", Series.builder().name("FSIM annual meeting").build())));

    assertThat(validator.validate(editions)).isEmpty();
    assertThat(validator.validate(editions, Warnings.class)).hasSize(1);
    assertThat(SymposiaValidation.validator().validate(editions)).hasSize(1);
  }
}
