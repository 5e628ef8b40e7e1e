package dev.symposia.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.EventGenerators;
import dev.symposia.generators.JavaTimeOracle;
import dev.symposia.generators.TimeGenerators;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import dev.symposia.time.ZonedInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** {@link Symposium#interval(Session)}, and the refusal of session times that do not exist in the zone. */
class SymposiumIntervalTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static Symposium.Builder inLondon() {
    return Symposium.builder().id("night-congress").title("Night Congress")
        .dates(DateSpan.parse("2025-10-24/2025-10-26")).timeZone(LONDON);
  }

  private static Session session(String id, String date, String time) {
    Session.Builder session = Session.builder().id(id).kind(SessionKind.PLENARY);
    if (date != null) {
      session.date(PartialDate.parse(date));
    }
    if (time != null) {
      session.time(TimeSlot.parse(time));
    }
    return session.build();
  }

  @Test
  void aSessionFromHalfPastMidnightToHalfPastTwoAsClocksGoBackInLondonLastsThreeHours() {
    Session night = session("night", "2025-10-26", "00:30/02:30");
    Symposium symposium = inLondon().addSessions(night).build();

    ZonedInterval interval = symposium.interval(night).orElseThrow();

    assertThat(interval.duration()).isEqualTo(Duration.ofHours(3));
    assertThat(interval.startInstant()).isEqualTo(Instant.parse("2025-10-25T23:30:00Z"));
    assertThat(interval.endInstant()).isEqualTo(Instant.parse("2025-10-26T02:30:00Z"));
    assertThat(interval.start().getZone()).isEqualTo(LONDON);
  }

  @Test
  void theSameClockTimesAsClocksGoForwardLastOneHour() {
    Session night = session("night", "2025-03-30", "00:30/02:30");

    assertThat(inLondon().addSessions(night).build().interval(night).map(ZonedInterval::duration))
        .contains(Duration.ofHours(1));
  }

  @Test
  void anOffsetSaysWhichOfTheTwoHalfPastOnesASessionStartsAt() {
    Session first = session("first", "2025-10-26", "01:30+01:00/02:30");
    Session second = session("second", "2025-10-26", "01:30Z/02:30");
    Session unstated = session("unstated", "2025-10-26", "01:30/02:30");
    Symposium symposium = inLondon().addSessions(first, second, unstated).build();

    assertThat(symposium.interval(first).map(ZonedInterval::duration)).contains(Duration.ofHours(2));
    assertThat(symposium.interval(second).map(ZonedInterval::duration)).contains(Duration.ofHours(1));
    assertThat(symposium.interval(unstated)).as("the earlier offset").isEqualTo(symposium.interval(first));
  }

  @Test
  void aNightSessionEndsOnTheNextDay() {
    Session night = session("night", "2025-10-25", "22:00/01:00");
    Session longer = session("longer", "2025-10-25", "23:00/03:00");
    Symposium symposium = inLondon().addSessions(night, longer).build();

    assertThat(symposium.interval(night).map(i -> i.end().toLocalDate())).contains(LocalDate.of(2025, 10, 26));
    assertThat(symposium.interval(night).map(ZonedInterval::duration)).contains(Duration.ofHours(3));
    assertThat(symposium.interval(longer).map(ZonedInterval::duration)).contains(Duration.ofHours(5));
  }

  @ParameterizedTest(name = "{0} at {1}: no interval")
  @CsvSource(nullValues = "-", textBlock = """
      -,          09:00/10:00
      2025-10,    09:00/10:00
      2025,       09:00/10:00
      --10-26,    09:00/10:00
      2025-10-26, -
      2025-10-26, afternoon
      2025-10-26, 09:00/
      """)
  void withoutADayOrBothTimesThereIsNoInterval(String date, String time) {
    Session session = session("s", date, time);

    assertThat(inLondon().addSessions(session).build().interval(session)).isEmpty();
  }

  @Test
  void withoutATimeZoneThereIsNoIntervalAndOffsetsAreNotChecked() {
    Session session = session("s", "2025-06-01", "14:00+02:00/15:00");
    Symposium symposium = inLondon().timeZone(Optional.empty()).addSessions(session).build();

    assertThat(symposium.interval(session)).isEmpty();
    assertThatThrownBy(() -> symposium.toBuilder().timeZone(LONDON).build())
        .isInstanceOf(InvalidModelException.class);
  }

  @Test
  void aSessionOfAnotherSymposiumIsPlacedInThisOnesZone() {
    Session session = session("s", "2025-06-01", "14:00/15:00");
    Symposium tokyo = inLondon().timeZone(ZoneId.of("Asia/Tokyo")).build();

    assertThat(tokyo.interval(session).map(ZonedInterval::startInstant))
        .contains(Instant.parse("2025-06-01T05:00:00Z"));
    assertThatThrownBy(() -> tokyo.interval(null)).isInstanceOf(InvalidModelException.class)
        .hasMessage("Symposium.session: is required");
    assertThatThrownBy(() -> inLondon().build().interval(session("gap", "2025-03-30", "01:30/02:30")))
        .isInstanceOf(InvalidModelException.class).hasMessage("TimeSlot.start: 01:30 does not exist on 2025-03-30"
            + " in Europe/London, where clocks go forward from 01:00 to 02:00 (was \"01:30/02:30\")");
  }

  @ParameterizedTest(name = "{1} on {0} is refused")
  @CsvSource(delimiter = '|', textBlock = """
      2025-03-30 | 01:30/02:30       | Symposium.sessions[1].time: start 01:30 does not exist on 2025-03-30 in Europe/London, where clocks go forward from 01:00 to 02:00 (was "01:30/02:30")
      2025-03-30 | 00:30/01:30       | Symposium.sessions[1].time: end 01:30 does not exist on 2025-03-30 in Europe/London, where clocks go forward from 01:00 to 02:00 (was "00:30/01:30")
      2025-03-30 | 01:15/            | Symposium.sessions[1].time: start 01:15 does not exist on 2025-03-30 in Europe/London, where clocks go forward from 01:00 to 02:00 (was "01:15/")
      2025-03-29 | 23:00/01:30       | Symposium.sessions[1].time: end 01:30 does not exist on 2025-03-30 in Europe/London, where clocks go forward from 01:00 to 02:00 (was "23:00/01:30")
      2025-06-01 | 14:00+02:00/15:00 | Symposium.sessions[1].time: start offset +02:00 is not in force at 14:00 on 2025-06-01 in Europe/London, where it is +01:00 (was "14:00+02:00/15:00")
      2025-06-01 | 14:00Z/           | Symposium.sessions[1].time: start offset Z is not in force at 14:00 on 2025-06-01 in Europe/London, where it is +01:00 (was "14:00Z/")
      2025-12-01 | 14:00/15:00+01:00 | Symposium.sessions[1].time: end offset +01:00 is not in force at 15:00 on 2025-12-01 in Europe/London, where it is Z (was "14:00/15:00+01:00")
      2025-10-26 | 01:30+02:00/02:30 | Symposium.sessions[1].time: start offset +02:00 is not in force at 01:30 on 2025-10-26 in Europe/London, where it is +01:00 or Z (was "01:30+02:00/02:30")
      """)
  void buildRefusesTimesThatDoNotExistInTheZoneAndOffsetsItDoesNotHaveThen(String date, String time,
      String message) {
    Session fine = session("fine", "2025-06-01", "09:00/10:00");
    Session wrong = session("wrong", date, time);
    Symposium.Builder builder = inLondon().addSessions(fine, wrong);
    // Entities notes what the check needs of each session as it is added; the check must come out the same.
    Symposium.Builder gathered = inLondon().entities(new Entities().add(fine).add(wrong));

    assertThatThrownBy(builder::build).isExactlyInstanceOf(InvalidModelException.class).hasMessage(message)
        .satisfies(e -> assertThat(((InvalidModelException) e).attribute()).isEqualTo("sessions[1].time"));
    assertThatThrownBy(gathered::build).isExactlyInstanceOf(InvalidModelException.class).hasMessage(message);
  }

  @Test
  void buildAcceptsExactlyTheSessionsJavaTimeCanPlaceAndIntervalIsJavaTimes() {
    Gen<Instant> instants = Generate.longRange(LocalDate.of(1850, 1, 1).toEpochDay(),
        LocalDate.of(2100, 12, 31).toEpochDay())
        .map(day -> Instant.ofEpochSecond(day * 86_400));
    Gen<TimeSlot> slots = TimeGenerators.clockSlots();
    qt().withExamples(3000).forAll(TimeGenerators.zones(), instants, Generate.range(-2, 2), slots)
        .checkAssert((zone, instant, shift, slot) -> {
          // Half of the days are next to one of the zone's clock changes, the rest anywhere.
          ZoneOffsetTransition change = zone.getRules().nextTransition(instant);
          LocalDate day = change != null && instant.getEpochSecond() % 2 == 0
              ? change.getDateTimeBefore().toLocalDate().plusDays(shift)
              : LocalDate.ofEpochDay(instant.getEpochSecond() / 86_400);
          int offsets = (int) Math.floorMod(instant.getEpochSecond() / 86_400, 4);
          TimeSlot stated = TimeGenerators.withOffsetsInForce(slot, day, zone, offsets);
          Session session = Session.builder().id("s").kind(SessionKind.PANEL).date(PartialDate.of(day)).time(stated)
              .build();
          Symposium.Builder builder = Symposium.builder().id("t").title("T").dates(DateSpan.on(PartialDate.of(day)))
              .timeZone(zone).addSessions(session);
          boolean fits = JavaTimeOracle.fits(stated, day, zone);
          Symposium.Builder gathered = Symposium.builder().id("t").title("T").dates(DateSpan.on(PartialDate.of(day)))
              .timeZone(zone).entities(new Entities().add(session));
          assertThat(catchThrowable(gathered::build) == null).as("%s on %s in %s, gathered", stated, day, zone)
              .isEqualTo(fits);
          Symposium symposium;
          try {
            symposium = builder.build();
          } catch (InvalidModelException e) {
            if (fits) {
              fail(stated + " on " + day + " in " + zone + " fits, but was refused: " + e.getMessage());
            }
            assertThat(e.attribute()).isEqualTo("sessions[0].time");
            return;
          }
          if (!fits) {
            fail(stated + " on " + day + " in " + zone + " does not fit, but was accepted");
          }
          Optional<List<Object>> expected = stated.end().isEmpty() ? Optional.empty()
              : JavaTimeOracle.interval(stated, day, zone).map(m -> List.of(m.start(), m.end()));
          assertThat(symposium.interval(session).map(i -> List.<Object>of(i.start(), i.end()))).isEqualTo(expected);
        });
  }

  @Test
  void generatedSymposiaPlaceEverySessionThatHasADayAndTwoTimes() {
    qt().withExamples(60).forAll(EventGenerators.symposia()).checkAssert(symposium -> {
      for (Session session : symposium.sessions()) {
        boolean placed = symposium.timeZone().isPresent() && session.date().map(PartialDate::isComplete).orElse(false)
            && session.time().flatMap(TimeSlot::end).isPresent();
        assertThat(symposium.interval(session).isPresent()).as("%s", session).isEqualTo(placed);
      }
    });
  }

  @Test
  void offsetsTheZoneHasAreAcceptedOnAnyDay() {
    ZoneOffset summer = ZoneOffset.ofHours(1);
    Session session = session("s", "2025-06-01", "14:00+01:00/15:00+01:00");

    assertThat(inLondon().addSessions(session).build().interval(session).map(i -> i.start().getOffset()))
        .contains(summer);
  }
}
