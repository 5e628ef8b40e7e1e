package dev.symposia.examples.howto;

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
import dev.symposia.people.Honorific;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** How-to: build a symposium from scratch with the builders, and print it as a programme. */
public final class BuildFromScratch {
  private BuildFromScratch() {}

  /**
   * Builds a small symposium and prints it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(ProgrammePrinter.print(symposium()));
  }

  /**
   * Returns the symposium this how-to builds.
   *
   * @return a one-day symposium with a host, a speaker and a keynote
   */
  public static Symposium symposium() {
    Institution host = Institution.builder().id("fudan").name("Fudan University")
        .kind(InstitutionKind.UNIVERSITY).country(CountryCode.of("CN")).build();
    Speaker speaker = Speaker.builder().id("josiah-carberry").name(PersonName.givenFirst("Josiah", "Carberry"))
        .addHonorifics(Honorific.PROFESSOR).orcid(Orcid.parse("0000-0002-1825-0097"))
        .addPositions(Position.of("Visiting Professor", LocalId.of("fudan"))).build();
    Session keynote = Session.builder().id("keynote").kind(SessionKind.KEYNOTE).title("Psychoceramics today")
        .date(PartialDate.of(2026, 5, 4)).time(TimeSlot.between(LocalTime.of(9, 0), LocalTime.of(10, 0)))
        .addParticipants(Participation.of(LocalId.of("josiah-carberry"), ParticipantRole.KEYNOTE_SPEAKER))
        .build();
    return Symposium.builder().id("psychoceramics-2026").title("Symposium on Psychoceramics")
        .dates(DateSpan.on(LocalDate.of(2026, 5, 4))).timeZone(ZoneId.of("Asia/Shanghai"))
        .addPlaces(Place.builder().city("Shanghai").country(CountryCode.of("CN")).institution(LocalId.of("fudan")).build())
        .addInstitutions(host)
        .addInstitutionRoles(InstitutionParticipation.of(LocalId.of("fudan"), InstitutionRole.HOST))
        .addSpeakers(speaker)
        .addSessions(keynote)
        .build();
  }
}
