package dev.symposia.benchmarks;

import dev.symposia.agreement.AgreementKind;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.benchmarks.records.JsonName;
import dev.symposia.benchmarks.records.Records;
import dev.symposia.event.AttendanceMode;
import dev.symposia.event.Delivery;
import dev.symposia.event.EventStatus;
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.InstitutionRole;
import dev.symposia.event.Measure;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Series;
import dev.symposia.event.SeriesFrequency;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.Isni;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.identifier.RorId;
import dev.symposia.identifier.WikidataId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.Honorific;
import dev.symposia.people.NameOrder;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.PositionStatus;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.time.Year;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the model from records through the public builders and factories, as an application that maps
 * its own types onto the model would: the builder benchmark.
 */
public final class FromRecords {
  private FromRecords() {}

  /**
   * Returns the symposium holding the records' data.
   *
   * @param r the records
   * @return the symposium
   */
  public static Symposium symposium(Records.Symposium r) {
    Symposium.Builder b = Symposium.builder().id(r.id()).title(text(r.title())).dates(DateSpan.parse(r.dates()));
    if (r.shortTitle() != null) {
      b.shortTitle(text(r.shortTitle()));
    }
    if (r.series() != null) {
      b.series(series(r.series()));
    }
    if (r.edition() != null) {
      b.edition(r.edition());
    }
    if (r.theme() != null) {
      b.theme(text(r.theme()));
    }
    for (Records.Text topic : r.topics()) {
      b.addTopics(text(topic));
    }
    if (r.timeZone() != null) {
      b.timeZone(ZoneId.of(r.timeZone()));
    }
    if (r.status() != null) {
      b.status(constant(r.status(), EventStatus.class));
    }
    if (r.mode() != null) {
      b.mode(constant(r.mode(), AttendanceMode.class));
    }
    for (Records.Place place : r.places()) {
      b.addPlaces(place(place));
    }
    for (Records.Institution institution : r.institutions()) {
      b.addInstitutions(institution(institution));
    }
    for (Records.InstitutionParticipation role : r.institutionRoles()) {
      b.addInstitutionRoles(InstitutionParticipation.of(LocalId.of(role.institution()),
          constant(role.role(), InstitutionRole.class)));
    }
    for (Records.Speaker speaker : r.speakers()) {
      b.addSpeakers(speaker(speaker));
    }
    for (Records.Session session : r.sessions()) {
      b.addSessions(session(session));
    }
    for (Records.Agreement agreement : r.agreements()) {
      b.addAgreements(agreement(agreement));
    }
    for (Records.Statistic statistic : r.statistics()) {
      b.addStatistics(statistic(statistic));
    }
    return b.build();
  }

  private static Series series(Records.Series r) {
    Series.Builder b = Series.builder().name(text(r.name()));
    if (r.shortName() != null) {
      b.shortName(r.shortName());
    }
    if (r.firstYear() != null) {
      b.firstYear(Year.of(r.firstYear()));
    }
    if (r.frequency() != null) {
      b.frequency(constant(r.frequency(), SeriesFrequency.class));
    }
    if (r.editionsHeld() != null) {
      b.editionsHeld(count(r.editionsHeld()));
    }
    if (r.usualPlace() != null) {
      b.usualPlace(place(r.usualPlace()));
    }
    return b.build();
  }

  private static Place place(Records.Place r) {
    Place.Builder b = Place.builder();
    if (r.country() != null) {
      b.country(CountryCode.of(r.country()));
    }
    if (r.region() != null) {
      b.region(text(r.region()));
    }
    if (r.city() != null) {
      b.city(text(r.city()));
    }
    if (r.district() != null) {
      b.district(text(r.district()));
    }
    if (r.venue() != null) {
      b.venue(text(r.venue()));
    }
    if (r.building() != null) {
      b.building(text(r.building()));
    }
    if (r.room() != null) {
      b.room(text(r.room()));
    }
    if (r.institution() != null) {
      b.institution(LocalId.of(r.institution()));
    }
    return b.isMainVenue(r.mainVenue()).build();
  }

  private static Institution institution(Records.Institution r) {
    Institution.Builder b = Institution.builder().id(r.id()).name(Optional.ofNullable(r.name()).map(FromRecords::text))
        .kind(constant(r.kind(), InstitutionKind.class)).addAllShortNames(r.shortNames());
    if (r.country() != null) {
      b.country(CountryCode.of(r.country()));
    }
    if (r.city() != null) {
      b.city(text(r.city()));
    }
    if (r.parent() != null) {
      b.parent(LocalId.of(r.parent()));
    }
    for (Records.Text area : r.focusAreas()) {
      b.addFocusAreas(text(area));
    }
    if (r.description() != null) {
      b.description(text(r.description()));
    }
    if (r.ror() != null) {
      b.ror(RorId.parse(r.ror()));
    }
    if (r.isni() != null) {
      b.isni(Isni.parse(r.isni()));
    }
    if (r.wikidataId() != null) {
      b.wikidataId(WikidataId.parse(r.wikidataId()));
    }
    return b.build();
  }

  private static Speaker speaker(Records.Speaker r) {
    Speaker.Builder b = Speaker.builder().id(r.id()).name(Optional.ofNullable(r.name()).map(FromRecords::name));
    for (Records.PersonName other : r.otherNames()) {
      b.addOtherNames(name(other));
    }
    for (Records.Honorific honorific : r.honorifics()) {
      b.addHonorifics(constant(honorific, Honorific.class));
    }
    for (Records.Position position : r.positions()) {
      Position.Builder p = Position.builder().status(constant(position.status(), PositionStatus.class));
      if (position.title() != null) {
        p.title(text(position.title()));
      }
      if (position.institution() != null) {
        p.institution(LocalId.of(position.institution()));
      }
      b.addPositions(p.build());
    }
    if (r.orcid() != null) {
      b.orcid(Orcid.parse(r.orcid()));
    }
    if (r.isni() != null) {
      b.isni(Isni.parse(r.isni()));
    }
    if (r.wikidataId() != null) {
      b.wikidataId(WikidataId.parse(r.wikidataId()));
    }
    return b.build();
  }

  private static PersonName name(Records.PersonName r) {
    PersonName.Builder b = PersonName.builder().order(constant(r.order(), NameOrder.class));
    if (r.familyName() != null) {
      b.familyName(r.familyName());
    }
    if (r.givenName() != null) {
      b.givenName(r.givenName());
    }
    if (r.asWritten() != null) {
      b.asWritten(r.asWritten());
    }
    if (r.language() != null) {
      b.language(Locale.forLanguageTag(r.language()));
    }
    return b.build();
  }

  private static Session session(Records.Session r) {
    Session.Builder b = Session.builder().id(r.id()).kind(constant(r.kind(), SessionKind.class));
    if (r.title() != null) {
      b.title(text(r.title()));
    }
    for (Records.Text topic : r.topics()) {
      b.addTopics(text(topic));
    }
    if (r.date() != null) {
      b.date(PartialDate.of(r.date()));
    }
    if (r.time() != null) {
      b.time(TimeSlot.parse(r.time()));
    }
    if (r.mode() != null) {
      b.mode(constant(r.mode(), AttendanceMode.class));
    }
    for (Records.Place place : r.places()) {
      b.addPlaces(place(place));
    }
    if (r.partOf() != null) {
      b.partOf(LocalId.of(r.partOf()));
    }
    for (Records.Participation participation : r.participants()) {
      Participation.Builder p = Participation.builder().person(participation.person())
          .role(constant(participation.role(), ParticipantRole.class));
      if (participation.delivery() != null) {
        p.delivery(constant(participation.delivery(), Delivery.class));
      }
      if (participation.contribution() != null) {
        p.contribution(text(participation.contribution()));
      }
      b.addParticipants(p.build());
    }
    for (Records.Statistic statistic : r.statistics()) {
      b.addStatistics(statistic(statistic));
    }
    if (r.description() != null) {
      b.description(text(r.description()));
    }
    return b.build();
  }

  private static CooperationAgreement agreement(Records.Agreement r) {
    CooperationAgreement.Builder b = CooperationAgreement.builder().id(r.id())
        .kind(constant(r.kind(), AgreementKind.class));
    if (r.title() != null) {
      b.title(text(r.title()));
    }
    for (String party : r.parties()) {
      b.addParties(LocalId.of(party));
    }
    for (Records.Signatory signatory : r.signatories()) {
      b.addSignatories(signatory.person() == null ? Signatory.unnamed(LocalId.of(signatory.party()))
          : Signatory.of(LocalId.of(signatory.person()), LocalId.of(signatory.party())));
    }
    if (r.signedOn() != null) {
      b.signedOn(PartialDate.of(r.signedOn()));
    }
    if (r.signedAt() != null) {
      b.signedAt(LocalId.of(r.signedAt()));
    }
    if (r.place() != null) {
      b.place(place(r.place()));
    }
    for (Records.Text topic : r.topics()) {
      b.addTopics(text(topic));
    }
    return b.build();
  }

  private static Statistic statistic(Records.Statistic r) {
    Statistic.Builder b = Statistic.builder().measure(constant(r.measure(), Measure.class)).count(count(r.count()));
    if (r.sessionKind() != null) {
      b.sessionKind(constant(r.sessionKind(), SessionKind.class));
    }
    if (r.mode() != null) {
      b.mode(constant(r.mode(), AttendanceMode.class));
    }
    for (String country : r.countries()) {
      b.addCountries(CountryCode.of(country));
    }
    for (Records.InstitutionKind kind : r.institutionKinds()) {
      b.addInstitutionKinds(constant(kind, InstitutionKind.class));
    }
    for (Records.Text topic : r.topics()) {
      b.addTopics(text(topic));
    }
    if (r.description() != null) {
      b.description(text(r.description()));
    }
    return b.build();
  }

  private static Count count(Records.Count r) {
    switch (r.precision()) {
      case EXACT:
        return Count.exactly(r.value());
      case AT_LEAST:
        return Count.atLeast(r.value());
      case MORE_THAN:
        return Count.moreThan(r.value());
      case ABOUT:
        return Count.about(r.value());
      case SEVERAL:
        return Count.several();
      default:
        return Count.unknown();
    }
  }

  private static LocalizedText text(Records.Text r) {
    if (r.isEnglishOnly()) {
      return LocalizedText.of(r.texts().get("en"));
    }
    return LocalizedText.of(r.texts());
  }

  private static <E extends Enum<E>> E constant(Enum<? extends JsonName> value, Class<E> type) {
    return Enum.valueOf(type, value.name());
  }
}
