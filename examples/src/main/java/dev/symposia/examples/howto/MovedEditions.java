package dev.symposia.examples.howto;

import dev.symposia.event.AttendanceMode;
import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EarlierSessionPlan;
import dev.symposia.event.EventStatus;
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.InstitutionRole;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Series;
import dev.symposia.event.SeriesFrequency;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.examples.ProgrammePrinter;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.PersonName;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import dev.symposia.validation.Finding;
import dev.symposia.validation.SymposiaValidation;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How-to: record a series whose editions moved, keeping what was planned beside what happened.
 *
 * <p>The series, its society and its editions are fictional; the one person is Josiah Carberry, ORCID's
 * fictional test record. The four editions show:
 * <ul>
 *   <li>2019: held as planned;</li>
 *   <li>2020: postponed from March to September, then moved online: two earlier plans, oldest first, while
 *       the symposium's own dates and mode are what happened; a keynote rescheduled within the day, and a
 *       campus visit cancelled, which clashes with nothing although it was planned at the time of a panel
 *       its leader speaks in;</li>
 *   <li>2021: postponed with no new dates set: its dates are those it was postponed from;</li>
 *   <li>2022: announced for "some time in 2022", dates {@code 2022/2022}, no day invented.</li>
 * </ul>
 */
public final class MovedEditions {
  private static final LocalId SOCIETY = LocalId.of("example-society");
  private static final LocalId CARBERRY = LocalId.of("josiah-carberry");
  private static final Place KYOTO = Place.city("Kyoto", CountryCode.of("JP"));
  private static final Series SERIES = Series.builder()
      .name("Annual Congress of the Example Society for Translational Medicine").shortName("ESTM Congress")
      .firstYear(Year.of(2019)).frequency(SeriesFrequency.ANNUAL).build();

  private MovedEditions() {}

  /**
   * Prints each edition as a programme, then what validation found.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // Hibernate Validator announces its version on the JDK logger; the example's output is the programme.
    Logger.getLogger("org.hibernate.validator").setLevel(Level.WARNING);
    List<Symposium> editions = editions();
    for (Symposium edition : editions) {
      System.out.println(ProgrammePrinter.print(edition));
    }
    List<Finding> findings = new ArrayList<>(Finding.all(SymposiaValidation.validateSeries(editions)));
    editions.forEach(edition -> findings.addAll(Finding.all(SymposiaValidation.validate(edition))));
    System.out.println(findings.isEmpty() ? "Validation: nothing to report" : "Validation:");
    findings.forEach(System.out::println);
  }

  /**
   * Returns the four editions, oldest first.
   *
   * @return the editions of 2019, 2020, 2021 and 2022; never null
   */
  public static List<Symposium> editions() {
    return List.of(edition2019(), edition2020(), edition2021(), edition2022());
  }

  private static Symposium.Builder edition(int number, int year) {
    return Symposium.builder().id("estm-" + year).title(year + " Congress of the Example Society for Translational"
            + " Medicine (fictional)")
        .series(SERIES).edition(number).timeZone(ZoneId.of("Asia/Tokyo"))
        .addInstitutions(Institution.builder().id(SOCIETY.value())
            .name("Example Society for Translational Medicine (fictional)").kind(InstitutionKind.LEARNED_SOCIETY)
            .country(CountryCode.of("JP")).build())
        .addInstitutionRoles(InstitutionParticipation.of(SOCIETY, InstitutionRole.ORGANISER));
  }

  /**
   * Returns the first edition, held as planned.
   *
   * @return the 2019 edition; never null
   */
  public static Symposium edition2019() {
    return edition(1, 2019).dates(DateSpan.parse("2019-03-13/2019-03-15")).status(EventStatus.HELD)
        .mode(AttendanceMode.IN_PERSON).addPlaces(KYOTO).build();
  }

  /**
   * Returns the second edition: planned for March in Kyoto, postponed to September, then moved online.
   *
   * @return the 2020 edition; never null
   */
  public static Symposium edition2020() {
    Speaker carberry = Speaker.builder().id(CARBERRY.value()).name(PersonName.givenFirst("Josiah", "Carberry"))
        .orcid(Orcid.parse("0000-0002-1825-0097")).build();
    Session keynote = Session.builder().id("keynote").kind(SessionKind.KEYNOTE).title("Psychoceramics online")
        .date(PartialDate.of(2020, 9, 2)).time(TimeSlot.parse("14:00/15:00")).status(EventStatus.RESCHEDULED)
        .addPlannedBefore(EarlierSessionPlan.builder().date(PartialDate.of(2020, 9, 2))
            .time(TimeSlot.parse("10:00/11:00")).change(EventStatus.RESCHEDULED).build())
        .addParticipants(Participation.of(CARBERRY, ParticipantRole.KEYNOTE_SPEAKER)).build();
    Session panel = Session.builder().id("panel").kind(SessionKind.PANEL).title("Cracked pots and open data")
        .date(PartialDate.of(2020, 9, 3)).time(TimeSlot.parse("15:00/16:00")).status(EventStatus.HELD)
        .addParticipants(Participation.of(CARBERRY, ParticipantRole.PANELIST)).build();
    Session visit = Session.builder().id("campus-visit").kind(SessionKind.OTHER).title("Visit to the Kyoto campus")
        .date(PartialDate.of(2020, 9, 3)).time(TimeSlot.parse("14:00/17:00")).status(EventStatus.CANCELLED)
        .addPlaces(KYOTO).description(LocalizedText.of("cancelled when the congress moved online"))
        .addParticipants(Participation.of(CARBERRY, ParticipantRole.CHAIR)).build();
    return edition(2, 2020).dates(DateSpan.parse("2020-09-02/2020-09-04")).status(EventStatus.HELD)
        .mode(AttendanceMode.ONLINE)
        .addPlannedBefore(
            EarlierPlan.builder().dates(DateSpan.parse("2020-03-11/2020-03-13")).addPlaces(KYOTO)
                .mode(AttendanceMode.IN_PERSON).change(EventStatus.POSTPONED)
                .changeAnnounced(PartialDate.of(2020, 2, 20))
                .description("because of the COVID-19 pandemic").build(),
            EarlierPlan.builder().dates(DateSpan.parse("2020-09-02/2020-09-04")).addPlaces(KYOTO)
                .mode(AttendanceMode.IN_PERSON).change(EventStatus.MOVED_ONLINE)
                .changeAnnounced(PartialDate.of(2020, 7, 15)).build())
        .addSpeakers(carberry)
        .addSessions(keynote, panel, visit)
        .build();
  }

  /**
   * Returns the third edition, postponed with no new dates: its dates are those it was postponed from.
   *
   * @return the 2021 edition; never null
   */
  public static Symposium edition2021() {
    return edition(3, 2021).dates(DateSpan.parse("2021-03-10/2021-03-12")).status(EventStatus.POSTPONED)
        .mode(AttendanceMode.IN_PERSON).addPlaces(KYOTO).build();
  }

  /**
   * Returns the fourth edition, announced for some time in 2022 without dates.
   *
   * @return the 2022 edition; never null
   */
  public static Symposium edition2022() {
    PartialDate sometime = PartialDate.ofYear(2022);
    return edition(4, 2022).dates(DateSpan.between(sometime, sometime)).status(EventStatus.SCHEDULED).build();
  }
}
