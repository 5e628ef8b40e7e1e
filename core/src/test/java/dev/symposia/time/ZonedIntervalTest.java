package dev.symposia.time;

import static dev.symposia.generators.TimeGenerators.zonedIntervals;
import static dev.symposia.time.PartialDateTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZonedIntervalTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static ZonedDateTime london(String local, int offsetHours) {
    return ZonedDateTime.ofStrict(LocalDateTime.parse(local), ZoneOffset.ofHours(offsetHours), LONDON);
  }

  @Test
  void holdsItsEndsAsZonedDateTimesInstantsAndTheTimeThatPasses() {
    ZonedInterval night = ZonedInterval.of(london("2025-10-26T00:30", 1), london("2025-10-26T02:30", 0));

    assertThat(night.start()).isEqualTo(london("2025-10-26T00:30", 1));
    assertThat(night.end()).isEqualTo(london("2025-10-26T02:30", 0));
    assertThat(night.startInstant()).isEqualTo(Instant.parse("2025-10-25T23:30:00Z"));
    assertThat(night.endInstant()).isEqualTo(Instant.parse("2025-10-26T02:30:00Z"));
    assertThat(night.duration()).isEqualTo(Duration.ofHours(3));
    assertThat(night).hasToString("2025-10-26T00:30+01:00[Europe/London]/2025-10-26T02:30Z[Europe/London]");
  }

  @ParameterizedTest(name = "{0} and {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2025-06-01T09:00Z/2025-06-01T10:00Z | 2025-06-01T09:30Z/2025-06-01T10:30Z | true
      2025-06-01T09:00Z/2025-06-01T10:00Z | 2025-06-01T10:00Z/2025-06-01T11:00Z | false
      2025-06-01T09:00Z/2025-06-01T10:00Z | 2025-06-01T08:00Z/2025-06-01T09:00Z | false
      2025-06-01T09:00Z/2025-06-01T10:00Z | 2025-06-01T09:15Z/2025-06-01T09:45Z | true
      2025-06-01T09:00Z/2025-06-01T10:00Z | 2025-06-01T10:30+01:00/2025-06-01T11:00+01:00 | true
      2025-06-01T09:00Z/2025-06-01T10:00Z | 2025-06-01T11:00+01:00/2025-06-01T12:00+01:00 | false
      """)
  void overlapsWhenTheyShareAMomentNotWhenTheyOnlyTouch(String a, String b, boolean overlap) {
    assertThat(ZonedInterval.parse(a).overlaps(ZonedInterval.parse(b))).isEqualTo(overlap);
    assertThat(ZonedInterval.parse(b).overlaps(ZonedInterval.parse(a))).isEqualTo(overlap);
  }

  @Test
  void containsItsStartButNotItsEnd() {
    ZonedInterval hour = ZonedInterval.parse("2025-06-01T09:00Z/2025-06-01T10:00Z");

    assertThat(hour.contains(Instant.parse("2025-06-01T09:00:00Z"))).isTrue();
    assertThat(hour.contains(Instant.parse("2025-06-01T09:59:59.999999999Z"))).isTrue();
    assertThat(hour.contains(Instant.parse("2025-06-01T10:00:00Z"))).isFalse();
    assertThat(hour.contains(Instant.parse("2025-06-01T08:59:59Z"))).isFalse();
  }

  @Test
  void refusesAnEndNotLaterThanTheStartAndNulls() {
    ZonedDateTime start = london("2025-10-26T01:30", 0);
    assertRefused(() -> ZonedInterval.of(start, london("2025-10-26T01:30", 1)),
        "ZonedInterval.end: must be later than start 2025-10-26T01:30Z[Europe/London]"
            + " (was \"2025-10-26T01:30+01:00[Europe/London]\")");
    assertRefused(() -> ZonedInterval.of(start, start.withZoneSameInstant(ZoneOffset.UTC)),
        "ZonedInterval.end: must be later than start 2025-10-26T01:30Z[Europe/London] (was \"2025-10-26T01:30Z\")");
    assertRefused(() -> ZonedInterval.of(null, start), "ZonedInterval.start: is required");
    assertRefused(() -> ZonedInterval.of(start, null), "ZonedInterval.end: is required");
    assertRefused(() -> ZonedInterval.parse(null), "ZonedInterval.text: is required");
    assertRefused(() -> ZonedInterval.parse("2025-06-01T09:00Z/2025-06-01T10:00Z").overlaps(null),
        "ZonedInterval.other: is required");
    assertRefused(() -> ZonedInterval.parse("2025-06-01T09:00Z/2025-06-01T10:00Z").contains(null),
        "ZonedInterval.instant: is required");
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @CsvSource(delimiter = '|', textBlock = """
      2025-06-01T09:00Z                      | ZonedInterval.text: must be two ISO 8601 zoned date-times joined by "/" (was "2025-06-01T09:00Z")
      2025-06-01T09:00/2025-06-01T10:00      | ZonedInterval.start: must be an ISO 8601 zoned date-time such as 2025-10-26T01:30+01:00[Europe/London] (was "2025-06-01T09:00")
      2025-06-01T09:00Z/PT1H                 | ZonedInterval.end: must be an ISO 8601 zoned date-time such as 2025-10-26T01:30+01:00[Europe/London] (was "PT1H")
      2025-06-01T10:00Z/2025-06-01T09:00Z    | ZonedInterval.end: must be later than start 2025-06-01T10:00Z (was "2025-06-01T09:00Z")
      /2025-06-01T09:00Z                     | ZonedInterval.start: must be an ISO 8601 zoned date-time such as 2025-10-26T01:30+01:00[Europe/London] (was "")
      """)
  void parseRefusesWhatIsNotAnInterval(String text, String message) {
    assertRefused(() -> ZonedInterval.parse(text), message);
  }

  @Test
  void parseReadsAZoneNameWithASlashInTheEndOnly() {
    ZonedInterval interval = ZonedInterval.parse("2025-06-01T09:00Z/2025-06-01T14:00+01:00[Europe/London]");

    assertThat(interval.start()).isEqualTo(ZonedDateTime.of(2025, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC));
    assertThat(interval.end().getZone()).isEqualTo(LONDON);
    assertThat(interval.duration()).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void intervalsOfDifferentEndsMostlyHaveDistinctHashCodes() {
    ZonedDateTime start = ZonedDateTime.of(2025, 6, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    long distinct = java.util.stream.IntStream.range(1, 101)
        .mapToObj(minutes -> ZonedInterval.of(start, start.plusMinutes(minutes)).hashCode()).distinct().count();
    assertThat(distinct).isGreaterThan(90);
  }

  @Test
  void intervalsWithTheSameStartOrTheSameEndAreNotEqual() {
    ZonedInterval interval = ZonedInterval.parse("2025-06-01T09:00Z/2025-06-01T10:00Z");
    assertThat(interval).isEqualTo(ZonedInterval.parse("2025-06-01T09:00Z/2025-06-01T10:00Z"))
        .isNotEqualTo(ZonedInterval.parse("2025-06-01T09:00Z/2025-06-01T11:00Z"))
        .isNotEqualTo(ZonedInterval.parse("2025-06-01T08:00Z/2025-06-01T10:00Z"))
        .isNotEqualTo("2025-06-01T09:00Z/2025-06-01T10:00Z");
  }

  @Test
  void parseReadsZoneNamesThatHoldASlash() {
    ZonedInterval interval = ZonedInterval.parse(
        "2025-06-01T09:00-03:00[America/Argentina/Buenos_Aires]/2025-06-01T14:00+01:00[Europe/London]");

    assertThat(interval.start().getZone()).isEqualTo(ZoneId.of("America/Argentina/Buenos_Aires"));
    assertThat(interval.end().getZone()).isEqualTo(LONDON);
    assertThat(interval.duration()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void everyIntervalEndsAfterItStartsAndReadsBackFromItsText() {
    qt().forAll(zonedIntervals()).checkAssert(interval -> {
      assertThat(interval.endInstant()).isAfter(interval.startInstant());
      assertThat(interval.duration()).isPositive().isEqualTo(Duration.between(interval.start(), interval.end()));
      assertThat(ZonedInterval.parse(interval.toString())).isEqualTo(interval).hasSameHashCodeAs(interval);
      assertThat(interval.contains(interval.startInstant())).isTrue();
      assertThat(interval.contains(interval.endInstant())).isFalse();
      assertThat(interval.overlaps(interval)).isTrue();
    });
  }

  @Test
  void overlapIsSymmetricAndMeansASharedInstant() {
    qt().forAll(zonedIntervals(), zonedIntervals()).checkAssert((a, b) -> {
      Instant later = a.startInstant().isAfter(b.startInstant()) ? a.startInstant() : b.startInstant();
      assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a)).isEqualTo(a.contains(later) && b.contains(later));
    });
  }
}
