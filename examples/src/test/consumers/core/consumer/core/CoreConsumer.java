package consumer.core;

import dev.symposia.InvalidModelException;
import dev.symposia.MissingAttributesException;
import dev.symposia.NullAttributeException;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.event.AttendanceMode;
import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EventStatus;
import dev.symposia.event.Measure;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds a symposium with the builders, queries it, and catches the model's refusals. */
public final class CoreConsumer {
  private static final Symposium.Derivation<Map<LocalId, Session>> SESSIONS_BY_ID = Symposium.Derivation.of(
      s -> s.sessions().stream().collect(Collectors.toMap(Session::id, x -> x)));

  private CoreConsumer() {}

  public static Symposium symposium() {
    Institution cqmu = Institution.builder().id("cqmu")
        .name(LocalizedText.of("en", "Chongqing Medical University").with("zh-Hans", "重庆医科大学"))
        .kind(InstitutionKind.UNIVERSITY).country(CountryCode.of("CN")).build();
    Speaker wang = Speaker.builder().id("wang-chen").name(PersonName.familyFirst("Wang", "Chen"))
        .orcid(Orcid.parse("0000-0002-1825-0097")).addPositions(Position.of("Vice President", LocalId.of("cqmu")))
        .build();
    Place hall = Place.builder().room("Hall A").institution(LocalId.of("cqmu")).build();
    Session opening = Session.builder().id("opening").kind(SessionKind.OPENING_CEREMONY)
        .date(PartialDate.parse("2022-11-22")).time(TimeSlot.parse("09:00/10:00")).addPlaces(hall)
        .addParticipants(Participation.of(LocalId.of("wang-chen"), ParticipantRole.SPEAKER)).build();
    return Symposium.builder().id("isctm-2022").title("International Symposium")
        .dates(DateSpan.parse("2022-11-22/2022-11-24")).mode(AttendanceMode.HYBRID).status(EventStatus.HELD)
        .addPlannedBefore(EarlierPlan.builder().dates(DateSpan.parse("2022-03")).change(EventStatus.POSTPONED)
            .build())
        .addInstitutions(cqmu).addSpeakers(wang).addSessions(opening)
        .addAgreements(CooperationAgreement.builder().id("mou").addParties(LocalId.of("cqmu"), LocalId.of("nus"))
            .addSignatories(Signatory.of(LocalId.of("wang-chen"), LocalId.of("cqmu"))).build())
        .addStatistics(Statistic.of(Measure.SESSIONS, Count.exactly(1)),
            Statistic.builder().measure(Measure.EXPERTS).count(Count.parse("more than 200"))
                .addCountries(CountryCode.of("CN")).build())
        .build();
  }

  public static String describe(Symposium symposium) {
    List<Session> sessions = symposium.sessionsOf(LocalId.of("wang-chen"));
    Set<ParticipantRole> roles = symposium.rolesOf(LocalId.of("wang-chen"));
    Session opening = symposium.derived(SESSIONS_BY_ID).get(LocalId.of("opening"));
    String kind;
    switch (opening.kind()) {
      case OPENING_CEREMONY:
        kind = "opening";
        break;
      default:
        kind = opening.kind().name();
    }
    return sessions.size() + " " + roles + " " + kind + " " + symposium.institution("cqmu").map(Institution::displayName);
  }

  /** Every refusal is an InvalidModelException, and its subclasses are public, exported classes. */
  public static String refusals() {
    StringBuilder refused = new StringBuilder();
    try {
      Statistic.builder().measure(Measure.SESSIONS).build();
    } catch (MissingAttributesException e) {
      refused.append(e.type()).append('.').append(e.attribute()).append('\n');
    }
    try {
      Session.builder().id((LocalId) null);
    } catch (NullAttributeException e) {
      refused.append(e.getMessage()).append('\n');
    }
    try {
      Orcid.parse("0000-0002-1825-0096");
    } catch (InvalidModelException e) {
      refused.append(e.rule()).append(' ').append(e.offendingValue().orElse("")).append('\n');
    }
    return refused.toString();
  }
}
