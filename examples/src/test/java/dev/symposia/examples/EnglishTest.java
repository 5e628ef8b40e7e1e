package dev.symposia.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.quantity.Count;
import dev.symposia.time.DateSpan;
import dev.symposia.time.TimeSlot;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishTest {
  @ParameterizedTest(name = "{0} session(s): {1}")
  @CsvSource(delimiter = '|', value = {
    "1                | 1 session",
    "0                | 0 sessions",
    "2                | 2 sessions",
    "68               | 68 sessions",
    "160000           | 160,000 sessions",
    "more than 1      | more than one session",
    "more than 20     | more than 20 sessions",
    "more than 160000 | more than 160,000 sessions",
    "at least 1       | at least one session",
    "at least 200     | at least 200 sessions",
    "about 1          | about one session",
    "about 200        | about 200 sessions",
    "unknown          | an unknown number of sessions",
    "several          | several sessions",
  })
  void aCountedNounIsSingularForOneAndPluralOtherwise(String count, String expected) {
    assertThat(English.counted(Count.parse(count), "session", "sessions")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} + \"{1}\": {2}")
  @CsvSource(delimiter = '|', value = {
    "1            | expert                        | 1 expert",
    "20           | experts                       | 20 experts",
    "more than 20 | experts                       | more than 20 experts",
    "more than 1  | local government departments  | multiple local government departments",
    "at least 1   | experts                       | one or more experts",
    "about 30     | experts                       | about 30 experts",
    "unknown      | representatives of experts    | representatives of experts",
    "several      | local government departments  | several local government departments",
  })
  void theSourcesOwnWordsKeepTheirNumberAndAreNeverMadeUngrammaticalByTheCount(
      String count, String words, String expected) {
    assertThat(English.countedWords(Count.parse(count), words)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "2022-11-22            | 22 November 2022",
    "2022-11-22/2022-11-24 | 22–24 November 2022",
    "2021-09-25/2021-10-02 | 25 September – 2 October 2021",
    "2022-12-30/2023-01-02 | 30 December 2022 – 2 January 2023",
    "2022-11               | in November 2022",
    "2022                  | in 2022",
    "2022-11/2022-11       | November 2022",
    "2022-11/2022-12       | November–December 2022",
    "2021/2022             | 2021–2022",
    "2022-11-22/2022-12    | 22 November – December 2022",
    "--04-29               | 29 April (year not stated)",
    "--04-29/--05-02       | 29 April – 2 May (year not stated)",
    "--04-29/--04-30       | 29–30 April (year not stated)",
  })
  void datesAreWrittenAsPeopleWriteThemWithSharedMonthAndYearSaidOnce(String span, String expected) {
    assertThat(English.dates(DateSpan.parse(span))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "afternoon   | afternoon",
    "14:00/15:30 | 14:00–15:30",
    "14:00/      | from 14:00",
    "22:00/01:00 | 22:00–01:00 the next day",
    "01:30+01:00/02:30Z | 01:30 (UTC+01:00)–02:30 (UTC)",
    "01:30Z/     | from 01:30 (UTC)",
  })
  void timesOfDayReadAsEnglish(String slot, String expected) {
    assertThat(English.time(TimeSlot.parse(slot))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "1, 1st", "2, 2nd", "3, 3rd", "4, 4th", "8, 8th", "10, 10th", "11, 11th", "12, 12th", "13, 13th",
    "21, 21st", "22, 22nd", "23, 23rd", "24, 24th", "101, 101st", "111, 111th", "112, 112th", "113, 113th",
  })
  void ordinalsTakeTheSuffixOfTheirLastDigitExceptTheTeens(int number, String expected) {
    assertThat(English.ordinal(number)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "hospital, hospitals", "university, universities", "government body, government bodies",
    "learned society, learned societies", "academy, academies", "research centre, research centres",
    "day, days", "campus, campuses",
  })
  void regularPluralsOfTheWordsTheModelUses(String singular, String expected) {
    assertThat(English.plural(singular)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "''      | ''",
    "A       | A",
    "A,B     | A and B",
    "A,B,C   | A, B and C",
    "A,B,C,D | A, B, C and D",
  })
  void listsSeparateTheirLastItemWithAnd(String items, String expected) {
    List<String> list = items.isEmpty() ? List.of() : Arrays.asList(items.split(","));
    assertThat(English.list(list)).isEqualTo(expected);
  }
}
