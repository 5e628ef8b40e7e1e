package dev.symposia.validation;

import static dev.symposia.identifier.LocalId.of;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import jakarta.validation.ConstraintViolation;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Small models for the rule tests: a three-day symposium with two institutions and three speakers. */
final class Fixtures {
  static final CountryCode CN = CountryCode.of("CN");

  private static final Pattern SESSION_PATH = Pattern.compile("sessions\\[(\\d+)]");

  private Fixtures() {}

  /** A symposium on 2022-11-22/2022-11-24 in Shanghai, with Northfield Medical University (nmu) and its hospital, and three speakers. */
  static Symposium.Builder symposium() {
    return Symposium.builder().id("test").title("Test symposium")
        .dates(DateSpan.parse("2022-11-22/2022-11-24")).timeZone(ZoneId.of("Asia/Shanghai"))
        .addInstitutions(
            Institution.builder().id("nmu").name("Northfield Medical University").kind(InstitutionKind.UNIVERSITY)
                .country(CN).build(),
            Institution.builder().id("hospital").name("Northfield Teaching Hospital").kind(InstitutionKind.HOSPITAL)
                .country(CN).parent(of("nmu")).build(),
            Institution.builder().id("esu").name("East Shore University")
                .kind(InstitutionKind.UNIVERSITY).country(CountryCode.of("SG")).build())
        .addSpeakers(
            Speaker.builder().id("wang").name(PersonName.familyFirst("Wang", "Chen"))
                .addPositions(Position.of("Vice President", of("nmu"))).build(),
            Speaker.builder().id("li").name(PersonName.familyFirst("Lin", "Aster"))
                .addPositions(Position.of("Director", of("hospital"))).build(),
            Speaker.builder().id("chen").name(PersonName.familyFirst("Chen", "Mirabel"))
                .addPositions(Position.of("Professor", of("esu"))).build());
  }

  /** A plenary session on a date (ISO form) at a time (TimeSlot form), either may be null. */
  static Session.Builder session(String id, String date, String time) {
    Session.Builder session = Session.builder().id(id).kind(SessionKind.PLENARY);
    if (date != null) {
      session.date(PartialDate.parse(date));
    }
    if (time != null) {
      session.time(TimeSlot.parse(time));
    }
    return session;
  }

  /** A participation of a speaker as speaker. */
  static Participation speaker(String person) {
    return Participation.of(of(person), ParticipantRole.SPEAKER);
  }

  /** Returns the violations as findings, ordered. */
  static <T> List<Finding> findings(Collection<ConstraintViolation<T>> violations) {
    return Finding.all(violations);
  }

  /** Validates with the module's validator and returns "CODE path" for each finding, ordered. */
  static List<String> codesAndPaths(Symposium symposium) {
    return Finding.all(SymposiaValidation.validate(symposium)).stream().map(f -> f.code() + " " + f.path())
        .collect(Collectors.toList());
  }

  /** Validates a record with the module's validator and returns "CODE path" for each finding, ordered. */
  static List<String> codesAndPaths(AgreementRecord record) {
    return Finding.all(SymposiaValidation.validate(record)).stream().map(f -> f.code() + " " + f.path())
        .collect(Collectors.toList());
  }

  /**
   * Validates a symposium and returns, for each code, the indexes of the sessions its findings are at
   * ({@code sessions[i]...}), ordered; findings elsewhere are left out.
   */
  static Map<String, Set<Integer>> sessionsReported(Symposium symposium) {
    Map<String, Set<Integer>> reported = new TreeMap<>();
    for (Finding finding : Finding.all(SymposiaValidation.validate(symposium))) {
      Matcher session = SESSION_PATH.matcher(finding.path());
      if (session.lookingAt()) {
        reported.computeIfAbsent(finding.code(), code -> new TreeSet<>()).add(Integer.parseInt(session.group(1)));
      }
    }
    return reported;
  }
}
