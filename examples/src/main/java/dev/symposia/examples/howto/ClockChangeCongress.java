package dev.symposia.examples.howto;

import dev.symposia.event.EventStatus;
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.InstitutionRole;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.examples.ProgrammePrinter;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.jackson.SymposiaJson;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import dev.symposia.time.ZonedInterval;
import dev.symposia.validation.Finding;
import dev.symposia.validation.SymposiaValidation;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How-to: a congress with a cancelled session and a night session across a clock change, placed on the real
 * timeline.
 *
 * <p>The congress is fictional: its institution, its sessions and every person in it but Josiah Carberry
 * (the fictional professor of ORCID's test record) are invented. It takes place in London on 25 and
 * 26 October 2025; at 02:00 on Sunday the 26th, British Summer Time (UTC+01:00) ends and clocks go back to
 * 01:00 Greenwich Mean Time, so the hour from 01:00 to 02:00 happens twice.
 *
 * <ul>
 *   <li>The sleep laboratory runs from 23:00 on the 25th to 03:00 on the 26th: {@code 23:00/03:00}, an end
 *       before the start being on the next day. It lasts five hours, not four.</li>
 *   <li>"The first pass of one o'clock" runs from 00:15 to 01:45 summer time; "The hour given back" from
 *       01:15 to 01:55 after the change, which the record says with the UTC offset of each time:
 *       {@code 01:15Z/01:55Z}. Their clock times overlap; the sessions do not, so Josiah Carberry can chair
 *       both, and validation, comparing instants, finds nothing.</li>
 *   <li>"The midnight debate" was to run from 00:30 to 01:30 in the same room, chaired by the same person,
 *       and was cancelled: it keeps its date and time (when it was to take place) and its status says it did
 *       not, so it holds neither the room nor the chair.</li>
 * </ul>
 * The program prints the programme, each session's interval and length, the validation findings (none)
 * and the canonical JSON.
 */
public final class ClockChangeCongress {
  // Kept in a field: the JDK holds loggers weakly, and a collected one forgets its level.
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final LocalDate SATURDAY = LocalDate.of(2025, 10, 25);
  private static final LocalDate SUNDAY = LocalDate.of(2025, 10, 26);

  private ClockChangeCongress() {}

  /**
   * Prints the programme, the sessions on the timeline, the findings and the JSON document.
   *
   * @param args ignored
   * @throws IOException never in practice: the congress is valid
   */
  public static void main(String[] args) throws IOException {
    // Hibernate Validator announces its version on the JDK logger; the example's output is the programme.
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
    Symposium congress = symposium();
    System.out.print(ProgrammePrinter.print(congress));
    System.out.println();
    System.out.print(timeline(congress));
    List<Finding> findings = Finding.all(SymposiaValidation.validate(congress));
    System.out.println(findings.isEmpty() ? "Validation: no findings" : "Validation: " + findings);
    System.out.println();
    System.out.print(SymposiaJson.standard().write(congress));
  }

  /**
   * Returns each session with a start and an end as a line: identifier, real interval and length.
   *
   * @param congress the congress; not null
   * @return the lines; never null
   */
  public static String timeline(Symposium congress) {
    StringBuilder out = new StringBuilder();
    for (Session session : congress.sessions()) {
      congress.interval(session).ifPresent(interval -> out.append(session.id()).append(": ")
          .append(interval).append(", ").append(length(interval)).append('\n'));
    }
    return out.toString();
  }

  private static String length(ZonedInterval interval) {
    long minutes = interval.duration().toMinutes();
    return minutes / 60 + " h " + minutes % 60 + " min";
  }

  private static Place room(String name) {
    return Place.builder().institution(LocalId.of("northbridge-sleep")).room(name).build();
  }

  /**
   * Returns the congress this how-to records.
   *
   * @return the Northbridge Congress on Sleep and Circadian Medicine 2025; never null
   */
  public static Symposium symposium() {
    Institution institute = Institution.builder().id("northbridge-sleep")
        .name("Northbridge Institute of Sleep Medicine").kind(InstitutionKind.RESEARCH_CENTRE).country(CountryCode.of("GB")).build();
    Speaker carberry = Speaker.builder().id("josiah-carberry").name(PersonName.givenFirst("Josiah", "Carberry"))
        .orcid(Orcid.parse("0000-0002-1825-0097")).build();
    Speaker vale = Speaker.builder().id("imogen-vale").name(PersonName.givenFirst("Imogen", "Vale"))
        .addPositions(Position.of("Director of the Sleep Laboratory", LocalId.of("northbridge-sleep"))).build();
    LocalId chair = LocalId.of("josiah-carberry");
    return Symposium.builder().id("northbridge-sleep-2025")
        .title("Northbridge Congress on Sleep and Circadian Medicine")
        .dates(DateSpan.between(SATURDAY, SUNDAY)).timeZone(LONDON)
        .addPlaces(Place.builder().city("London").country(CountryCode.of("GB"))
            .institution(LocalId.of("northbridge-sleep")).build())
        .addInstitutions(institute)
        .addInstitutionRoles(InstitutionParticipation.of(LocalId.of("northbridge-sleep"), InstitutionRole.HOST))
        .addSpeakers(carberry, vale)
        .addSessions(
            Session.builder().id("opening").kind(SessionKind.OPENING_CEREMONY).date(PartialDate.of(SATURDAY))
                .time(TimeSlot.parse("18:00/19:00"))
                .addParticipants(Participation.of(chair, ParticipantRole.CHAIR)).build(),
            Session.builder().id("sleep-lab").kind(SessionKind.WORKSHOP).title("A night in the sleep laboratory")
                .date(PartialDate.of(SATURDAY)).time(TimeSlot.parse("23:00/03:00"))
                .addPlaces(room("Sleep Laboratory"))
                .addParticipants(Participation.of(LocalId.of("imogen-vale"), ParticipantRole.MODERATOR)).build(),
            Session.builder().id("first-pass").kind(SessionKind.PANEL).title("The first pass of one o'clock")
                .date(PartialDate.of(SUNDAY)).time(TimeSlot.parse("00:15/01:45"))
                .addPlaces(room("Lecture Room"))
                .addParticipants(Participation.of(chair, ParticipantRole.CHAIR)).build(),
            Session.builder().id("hour-given-back").kind(SessionKind.PANEL).title("The hour given back")
                .date(PartialDate.of(SUNDAY)).time(TimeSlot.parse("01:15Z/01:55Z"))
                .addPlaces(room("Lecture Room"))
                .addParticipants(Participation.of(chair, ParticipantRole.CHAIR)).build(),
            Session.builder().id("closing").kind(SessionKind.CLOSING_CEREMONY).date(PartialDate.of(SUNDAY))
                .time(TimeSlot.parse("10:00/11:00"))
                .addParticipants(Participation.of(chair, ParticipantRole.CHAIR)).build(),
            Session.builder().id("midnight-debate").kind(SessionKind.PANEL).title("The midnight debate")
                .status(EventStatus.CANCELLED).date(PartialDate.of(SUNDAY)).time(TimeSlot.parse("00:30/01:30"))
                .addPlaces(room("Lecture Room"))
                .addParticipants(Participation.of(chair, ParticipantRole.CHAIR)).build())
        .build();
  }
}
