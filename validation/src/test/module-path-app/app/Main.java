package app;

import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.people.PersonName;
import dev.symposia.people.Speaker;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import dev.symposia.validation.Finding;
import dev.symposia.validation.SymposiaValidation;
import java.util.Locale;

/** Validates one symposium from a named module, as an application on the module path would. */
public class Main {
  public static void main(String[] args) {
    Symposium symposium = Symposium.builder().id("t").title("T").dates(DateSpan.parse("2022-11-22"))
        .addSpeakers(Speaker.builder().id("wang").name(PersonName.familyFirst("Wang", "Chen")).build())
        .addSessions(session("a", "2022-11-22", "09:00/10:00"), session("b", "2022-11-23", "09:30/10:30"),
            session("c", "2022-11-22", "09:30/10:30"))
        .build();
    Finding.all(SymposiaValidation.validate(symposium)).forEach(System.out::println);
    Finding.all(SymposiaValidation.validator(Locale.SIMPLIFIED_CHINESE).validate(symposium))
        .forEach(System.out::println);
    Finding.all(SymposiaValidation.validator(Locale.forLanguageTag("zh-TW")).validate(symposium))
        .forEach(System.out::println);
  }

  private static Session session(String id, String date, String time) {
    return Session.builder().id(id).kind(SessionKind.PLENARY).date(PartialDate.parse(date))
        .time(TimeSlot.parse(time)).addParticipants(Participation.of(LocalId.of("wang"), ParticipantRole.SPEAKER))
        .build();
  }
}
