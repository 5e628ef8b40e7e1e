package dev.symposia.export.check;

import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EventStatus;
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.InstitutionRole;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Series;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.event.UnnamedGroup;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.identifier.RorId;
import dev.symposia.identifier.WikidataId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.Honorific;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartOfDay;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A fictional programme around the night clocks go back in London, with every case the exports treat apart. */
public final class Programmes {
  /** A title long enough, in three-octet characters, to be folded several times. */
  public static final String LONG_CHINESE_TITLE = "国际神经精神药理学与临床试验方法学研讨会暨中英双边学术交流论坛开幕式与主旨报告会议";

  private Programmes() {}

  private static LocalTime time(int hour, int minute) {
    return LocalTime.of(hour, minute);
  }

  /** The fictional programme; sessions 6 and 7 have no complete date. */
  public static Symposium clockChange() {
    LocalId wang = LocalId.of("wang-chen");
    LocalId smith = LocalId.of("jane-smith");
    Institution university = Institution.builder().id("example-university").name("Example University")
        .kind(InstitutionKind.UNIVERSITY).country(CountryCode.of("GB")).ror(RorId.parse("013meh722"))
        .wikidataId(WikidataId.parse("Q34433")).build();
    Institution school = Institution.builder().id("example-school").name("School of Medicine")
        .kind(InstitutionKind.SCHOOL).parent(LocalId.of("example-university")).build();
    Institution sponsor = Institution.builder().id("example-pharma").name("Example Pharma")
        .kind(InstitutionKind.COMPANY).build();
    PartialDate sunday = PartialDate.of(2025, 10, 26);
    PartialDate monday = PartialDate.of(2025, 10, 27);
    return Symposium.builder().id("clock-change-2025").title("Symposium on the Night the Clocks Go Back")
        .shortTitle(LocalizedText.of("SNCGB")).theme(LocalizedText.of("Time, sleep and medicine"))
        .addTopics(LocalizedText.of("chronobiology"))
        .dates(DateSpan.between(LocalDate.of(2025, 10, 25), LocalDate.of(2025, 10, 27)))
        .timeZone(ZoneId.of("Europe/London")).status(EventStatus.RESCHEDULED)
        .mode(dev.symposia.event.AttendanceMode.HYBRID)
        .addPlaces(Place.builder().venue("Example Hall").city("London").country(CountryCode.of("GB")).build())
        .addPlannedBefore(EarlierPlan.of(DateSpan.between(LocalDate.of(2025, 3, 29), LocalDate.of(2025, 3, 30))))
        .series(Series.builder().name("Night Symposia").build())
        .addInstitutions(university, school, sponsor)
        .addInstitutionRoles(InstitutionParticipation.of(LocalId.of("example-school"), InstitutionRole.HOST),
            InstitutionParticipation.of(LocalId.of("example-pharma"), InstitutionRole.SPONSOR),
            InstitutionParticipation.builder().role(InstitutionRole.SUPPORTER).group(UnnamedGroup.builder()
                .count(Count.several()).description("local hospitals").build()).build())
        .addSpeakers(Speaker.builder().id(wang).name(PersonName.builder().familyName("王").givenName("辰")
            .order(dev.symposia.people.NameOrder.FAMILY_FIRST).build())
            .addHonorifics(Honorific.PROFESSOR).orcid(Orcid.parse("0000-0002-1825-0097"))
            .addPositions(Position.of("Dean", LocalId.of("example-school"))).build())
        .addSpeakers(Speaker.builder().id(smith).name(PersonName.givenFirst("Jane", "Smith"))
            .addHonorifics(Honorific.DOCTOR).build())
        .addSessions(Session.builder().id("night").kind(SessionKind.PLENARY).date(sunday)
            .time(TimeSlot.between(time(0, 30), time(2, 30)))
            .addPlaces(Place.builder().room("Room 1").venue("Example Hall").build())
            .addParticipants(Participation.of(wang, ParticipantRole.CHAIR),
                Participation.of(smith, ParticipantRole.KEYNOTE_SPEAKER))
            .addTopics(LocalizedText.of("sleep")).build())
        .addSessions(Session.builder().id("second-half-hour").kind(SessionKind.PANEL).date(sunday)
            .title("Commas, semicolons; and a backslash \\ in a title")
            .time(TimeSlot.between(time(1, 30), time(2, 0)).withStartOffset(ZoneOffset.UTC))
            .description(LocalizedText.of("Line one\nline two")).build())
        .addSessions(Session.builder().id("chinese").kind(SessionKind.KEYNOTE)
            .date(PartialDate.of(2025, 10, 25)).title(LocalizedText.of("zh", LONG_CHINESE_TITLE))
            .time(TimeSlot.between(time(10, 0), time(11, 0)))
            .addParticipants(Participation.of(wang, ParticipantRole.SPEAKER)).addPartialLists("participants")
            .build())
        .addSessions(Session.builder().id("cancelled").kind(SessionKind.WORKSHOP).date(monday)
            .title("A workshop that did not happen").status(EventStatus.CANCELLED)
            .time(TimeSlot.between(time(9, 0), time(10, 0))).build())
        .addSessions(Session.builder().id("start-only").kind(SessionKind.CLOSING_CEREMONY).date(monday)
            .time(TimeSlot.startingAt(time(16, 0))).build())
        .addSessions(Session.builder().id("morning").kind(SessionKind.FORUM).date(monday)
            .title("Morning forum").time(TimeSlot.during(PartOfDay.MORNING)).build())
        .addSessions(Session.builder().id("undated").kind(SessionKind.OTHER).title("Undated").build())
        .addSessions(Session.builder().id("some-day-in-october").kind(SessionKind.OTHER)
            .date(PartialDate.ofYearMonth(2025, 10)).build())
        .build();
  }
}
