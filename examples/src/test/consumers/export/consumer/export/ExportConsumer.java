package consumer.export;

import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.export.NotExportableException;
import dev.symposia.export.Omission;
import dev.symposia.export.frab.FrabSchedule;
import dev.symposia.export.frab.FrabScheduleException;
import dev.symposia.export.ical.ICalendar;
import dev.symposia.export.jsonld.SchemaOrg;
import dev.symposia.people.PersonName;
import dev.symposia.people.Speaker;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Each export one call, its omissions, a frab schedule read back, and the refusals. */
public final class ExportConsumer {
  private ExportConsumer() {}

  public static List<String> exports() {
    Symposium symposium = Symposium.builder().id("isctm-2022").title("ISCTM 2022")
        .dates(DateSpan.between(LocalDate.of(2022, 11, 22), LocalDate.of(2022, 11, 24)))
        .timeZone(ZoneId.of("Asia/Shanghai"))
        .addSpeakers(Speaker.builder().id("wang-chen").name(PersonName.familyFirst("Wang", "Chen")).build())
        .addSessions(Session.builder().id("opening").kind(SessionKind.OPENING_CEREMONY)
            .date(PartialDate.of(2022, 11, 22)).time(TimeSlot.between(LocalTime.of(9, 0), LocalTime.of(9, 30)))
            .addParticipants(Participation.of(dev.symposia.identifier.LocalId.of("wang-chen"),
                ParticipantRole.SPEAKER))
            .build())
        .build();
    List<String> out = new ArrayList<>();
    out.add(ICalendar.write(symposium));
    out.add(ICalendar.write(symposium, Instant.EPOCH));
    out.add(SchemaOrg.jsonLd(symposium));
    for (Omission omission : FrabSchedule.omissions(symposium)) {
      out.add(omission.path() + ": " + omission.reason());
    }
    ICalendar.omissions(symposium).forEach(o -> out.add(o.toString()));
    try {
      String frab = FrabSchedule.write(symposium);
      out.add(FrabSchedule.read(frab).id().value());
    } catch (NotExportableException e) {
      out.add(e.getMessage());
    } catch (FrabScheduleException e) {
      out.add(e.getMessage());
    }
    return out;
  }
}
