package dev.symposia.it.boot4;

import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.people.PersonName;
import dev.symposia.people.Speaker;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/** The programmes the tests send: the golden files, and small ones built with builders. */
final class Programmes {
  private Programmes() {}

  /** The golden files of the repository, whose directory the build passes as a system property. */
  static List<Path> goldenFiles() {
    Path directory = Path.of(System.getProperty("symposia.goldenFiles", "../../docs/json/examples"));
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> json = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      if (json.size() != 5) {
        throw new IllegalStateException("expected the five golden files in " + directory + ", found " + json);
      }
      return json;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a file as UTF-8 text. */
  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-day symposium whose speaker wang has the ORCID iD 0000-0002-1825-0097, and two sessions. */
  static Symposium.Builder twoSessions(String secondTime, Orcid orcid) {
    return Symposium.builder().id("test").title("Test symposium")
        .dates(DateSpan.parse("2022-11-22/2022-11-22")).timeZone(ZoneId.of("Asia/Shanghai"))
        .addSpeakers(Speaker.builder().id("wang").name(PersonName.familyFirst("Wang", "Chen")).orcid(orcid).build())
        .addSessions(session("a", "09:00/10:00"), session("b", secondTime));
  }

  /** Wang speaks in two sessions at once: the error SYM-PERSON-OVERLAP at sessions[1].participants[0]. */
  static Symposium personInTwoSessions() {
    return twoSessions("09:30/10:30", Orcid.parse("0000-0002-1825-0097")).build();
  }

  /** Wang's ORCID iD is outside the assigned ranges: the warning SYM-ORCID-RANGE at speakers[0].orcid. */
  static Symposium orcidOutsideTheRanges() {
    return twoSessions("10:00/11:00", Orcid.parse("0000-0000-0000-0001")).build();
  }

  /** Both of the above. */
  static Symposium anErrorAndAWarning() {
    return twoSessions("09:30/10:30", Orcid.parse("0000-0000-0000-0001")).build();
  }

  private static Session session(String id, String time) {
    return Session.builder().id(id).kind(SessionKind.PLENARY).date(PartialDate.parse("2022-11-22"))
        .time(TimeSlot.parse(time)).addParticipants(Participation.of(LocalId.of("wang"), ParticipantRole.SPEAKER))
        .build();
  }
}
