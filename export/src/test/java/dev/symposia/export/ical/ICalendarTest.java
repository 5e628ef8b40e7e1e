package dev.symposia.export.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.event.EventStatus;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.export.Omission;
import dev.symposia.export.check.ICalendarCheck;
import dev.symposia.export.check.Programmes;
import dev.symposia.generators.EventGenerators;
import dev.symposia.time.PartOfDay;
import dev.symposia.time.TimeSlot;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class ICalendarTest {
  private static final Instant STAMP = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void everyEventOfTheClockChangeProgrammeReadsBackAsTheModelSaysThroughIcal4j() {
    Symposium symposium = Programmes.clockChange();
    String ics = ICalendar.write(symposium, STAMP);
    assertThat(ICalendarCheck.compare(symposium, ics)).isEqualTo(6);
  }

  @Test
  void theSecondOneThirtyOfTheNightClocksGoBackIsWrittenInUtcAndTheFirstWithTheZone() {
    String ics = unfold(ICalendar.write(Programmes.clockChange(), STAMP));
    assertThat(ics).contains("DTSTART;TZID=Europe/London:20251026T003000\r\n")
        .contains("DTEND;TZID=Europe/London:20251026T023000\r\n")
        .contains("DTSTART:20251026T013000Z\r\n");
    assertThat(ics).contains("BEGIN:DAYLIGHT").contains("TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000");
  }

  @Test
  void aNightSessionAcrossTheChangeLastsThreeHoursInIcal4jsReading() {
    Calendar calendar = ICalendarCheck.parse(ICalendar.write(Programmes.clockChange(), STAMP));
    VEvent night = calendar.<VEvent>getComponents(Component.VEVENT).stream()
        .filter(e -> e.getProperty(Property.UID).get().getValue().equals("clock-change-2025/night@symposia.dev"))
        .findFirst().orElseThrow();
    Instant start = Instant.from(night.getDateTimeStart().getDate());
    Instant end = Instant.from(night.getEndDate().orElseThrow().getDate());
    assertThat(start).isEqualTo(Instant.parse("2025-10-25T23:30:00Z"));
    assertThat(java.time.Duration.between(start, end)).isEqualTo(java.time.Duration.ofHours(3));
  }

  @Test
  void textIsEscapedAndChineseNamesAreFoldedWithoutSplittingACharacter() {
    String ics = ICalendar.write(Programmes.clockChange(), STAMP);
    ICalendarCheck.lines(ics);
    String unfolded = unfold(ics);
    assertThat(unfolded).contains("SUMMARY;LANGUAGE=zh:" + Programmes.LONG_CHINESE_TITLE + "\r\n");
    assertThat(unfolded).contains("Commas\\, semicolons\\; and a backslash \\\\ in a title");
    Calendar calendar = ICalendarCheck.parse(ics);
    assertThat(calendar.<VEvent>getComponents(Component.VEVENT).stream()
        .map(e -> e.getProperty(Property.SUMMARY).map(p -> p.getValue()).orElse("")))
        .contains("Commas, semicolons; and a backslash \\ in a title", Programmes.LONG_CHINESE_TITLE);
    assertThat(ics.lines().filter(l -> l.startsWith(" ")).count()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void sessionsWithoutACompleteDateAreLeftOutWithAReason() {
    assertThat(ICalendar.omissions(Programmes.clockChange())).containsExactly(
        Omission.of("sessions[6] (undated)", "it has no date"),
        Omission.of("sessions[7] (some-day-in-october)", "its date is not a complete day (2025-10)"));
  }

  @Test
  void aStartWithoutAnEndHasNoDtendAndAPartOfTheDayIsAnAllDayEvent() {
    String ics = unfold(ICalendar.write(Programmes.clockChange(), STAMP));
    String startOnly = event(ics, "clock-change-2025/start-only@symposia.dev");
    assertThat(startOnly).contains("DTSTART;TZID=Europe/London:20251027T160000").doesNotContain("DTEND");
    String morning = event(ics, "clock-change-2025/morning@symposia.dev");
    assertThat(morning).contains("DTSTART;VALUE=DATE:20251027", "DTEND;VALUE=DATE:20251028", "Time: Morning");
  }

  @Test
  void aCancelledOrPostponedSessionIsCancelledAndAnUnstatedStatusWritesNone() {
    String ics = unfold(ICalendar.write(Programmes.clockChange(), STAMP));
    assertThat(event(ics, "clock-change-2025/cancelled@symposia.dev")).contains("STATUS:CANCELLED");
    assertThat(event(ics, "clock-change-2025/night@symposia.dev")).doesNotContain("STATUS");
  }

  @Test
  void withoutATimeZoneTimesAreFloating() {
    Symposium symposium = Programmes.clockChange().toBuilder().timeZone(java.util.Optional.empty())
        .sessions(java.util.List.of(Session.builder().id("talk").kind(SessionKind.KEYNOTE)
            .date(dev.symposia.time.PartialDate.of(2025, 10, 26))
            .time(TimeSlot.between(LocalTime.of(9, 0), LocalTime.of(10, 0))).build())).build();
    String ics = ICalendar.write(symposium, STAMP);
    assertThat(unfold(ics)).contains("DTSTART:20251026T090000\r\n").doesNotContain("VTIMEZONE");
    ICalendarCheck.compare(symposium, ics);
  }

  @Test
  void theSameArgumentsGiveTheSameText() {
    assertThat(ICalendar.write(Programmes.clockChange(), STAMP))
        .isEqualTo(ICalendar.write(Programmes.clockChange(), STAMP));
  }

  @Test
  void nullIsRefusedNamingTheArgument() {
    assertThatThrownBy(() -> ICalendar.write(null)).isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("symposium");
    assertThatThrownBy(() -> ICalendar.write(Programmes.clockChange(), null))
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("stamp");
  }

  @Test
  void generatedProgrammesReadBackAsTheModelSays() {
    qt().withExamples(150).forAll(EventGenerators.symposia()).checkAssert(symposium ->
        ICalendarCheck.compare(symposium, ICalendar.write(symposium, STAMP)));
  }

  @Test
  void theCheckCatchesAWrongTime() {
    Symposium symposium = Programmes.clockChange();
    String wrong = ICalendar.write(symposium, STAMP).replace("DTSTART:20251026T013000Z", "DTSTART:20251026T003000Z");
    assertThatThrownBy(() -> ICalendarCheck.compare(symposium, wrong)).isInstanceOf(AssertionError.class);
  }

  @Test
  void ical4jReadsTheTimesThroughTheDocumentsOwnVtimezone() {
    Symposium symposium = Programmes.clockChange();
    // Summer time moved an hour later in the document: ical4j must follow it, so the check fails.
    String wrong = ICalendar.write(symposium, STAMP).replace("TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100",
        "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0200").replace("TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000",
        "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0000");
    assertThat(wrong).isNotEqualTo(ICalendar.write(symposium, STAMP));
    assertThatThrownBy(() -> ICalendarCheck.compare(symposium, wrong)).isInstanceOf(AssertionError.class);
  }

  @Test
  void everyObservanceRepeatsItsOnsetAsAnRdate() {
    String ics = unfold(ICalendar.write(Programmes.clockChange(), STAMP));
    assertThat(ics).contains("BEGIN:STANDARD\r\nDTSTART:20251026T020000\r\nRDATE:20251026T020000\r\n"
        + "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\n");
  }

  static String unfold(String ics) {
    return ics.replace("\r\n ", "");
  }

  private static String event(String unfolded, String uid) {
    int at = unfolded.indexOf("UID:" + uid + "\r\n");
    assertThat(at).as(uid).isPositive();
    return unfolded.substring(at, unfolded.indexOf("END:VEVENT", at));
  }

}
