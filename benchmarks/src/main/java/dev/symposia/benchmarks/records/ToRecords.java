package dev.symposia.benchmarks.records;

import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.Participation;
import dev.symposia.event.Series;
import dev.symposia.event.Session;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import dev.symposia.text.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Copies a model into the records that hold the same data, for the benchmarks that need both. */
public final class ToRecords {
  private ToRecords() {}

  /**
   * Returns the records holding the same data as a symposium.
   *
   * @param s the symposium, with none of the attributes the records leave out
   * @return the records
   */
  public static Records.Symposium of(Symposium s) {
    if (!s.awards().isEmpty() || !s.relatedEvents().isEmpty() || !s.sources().isEmpty()) {
      throw new IllegalArgumentException("records hold no awards, related events or sources");
    }
    return new Records.Symposium(1, s.id().value(), text(s.title()), text(s.shortTitle()),
        s.series().map(ToRecords::series).orElse(null),
        s.edition().isPresent() ? s.edition().getAsInt() : null, text(s.theme()), texts(s.topics()),
        s.dates().toString(), s.timeZone().map(z -> z.getId()).orElse(null),
        constant(s.status(), Records.EventStatus.class), constant(s.mode(), Records.AttendanceMode.class),
        map(s.places(), ToRecords::place), map(s.institutions(), ToRecords::institution),
        map(s.institutionRoles(), ToRecords::role), map(s.speakers(), ToRecords::speaker),
        map(s.sessions(), ToRecords::session), map(s.agreements(), ToRecords::agreement),
        map(s.statistics(), ToRecords::statistic));
  }

  private static Records.Series series(Series s) {
    return new Records.Series(text(s.name()), s.shortName().orElse(null),
        s.firstYear().map(y -> y.getValue()).orElse(null), constant(s.frequency(), Records.SeriesFrequency.class),
        s.editionsHeld().map(ToRecords::count).orElse(null), s.usualPlace().map(ToRecords::place).orElse(null));
  }

  private static Records.Place place(Place p) {
    return new Records.Place(p.country().map(Object::toString).orElse(null), text(p.region()), text(p.city()),
        text(p.district()), text(p.venue()), text(p.building()), text(p.room()), id(p.institution()),
        p.isMainVenue());
  }

  private static Records.Institution institution(Institution i) {
    if (!i.ties().isEmpty()) {
      throw new IllegalArgumentException("records hold no institution ties");
    }
    return new Records.Institution(i.id().value(), text(i.name()), List.copyOf(i.shortNames()),
        constant(Optional.of(i.kind()), Records.InstitutionKind.class), i.country().map(Object::toString).orElse(null),
        text(i.city()), id(i.parent()), texts(i.focusAreas()), text(i.description()),
        i.ror().map(Object::toString).orElse(null), i.isni().map(Object::toString).orElse(null),
        i.wikidataId().map(Object::toString).orElse(null));
  }

  private static Records.InstitutionParticipation role(InstitutionParticipation r) {
    if (r.group().isPresent()) {
      throw new IllegalArgumentException("records hold no unnamed groups");
    }
    return new Records.InstitutionParticipation(id(r.institution()),
        constant(Optional.of(r.role()), Records.InstitutionRole.class));
  }

  private static Records.Speaker speaker(Speaker s) {
    return new Records.Speaker(s.id().value(), s.name().map(ToRecords::name).orElse(null), map(s.otherNames(), ToRecords::name),
        map(s.honorifics(), h -> constant(Optional.of(h), Records.Honorific.class)),
        map(s.positions(), ToRecords::position), s.orcid().map(Object::toString).orElse(null),
        s.isni().map(Object::toString).orElse(null), s.wikidataId().map(Object::toString).orElse(null));
  }

  private static Records.PersonName name(PersonName n) {
    return new Records.PersonName(n.familyName().orElse(null), n.givenName().orElse(null),
        constant(Optional.of(n.order()), Records.NameOrder.class), n.asWritten().orElse(null),
        n.language().map(Locale::toLanguageTag).orElse(null));
  }

  private static Records.Position position(Position p) {
    return new Records.Position(text(p.title()), id(p.institution()),
        constant(Optional.of(p.status()), Records.PositionStatus.class));
  }

  private static Records.Session session(Session s) {
    return new Records.Session(s.id().value(), constant(Optional.of(s.kind()), Records.SessionKind.class),
        text(s.title()), texts(s.topics()), s.date().flatMap(d -> d.toLocalDate()).orElse(null),
        s.time().map(Object::toString).orElse(null), constant(s.mode(), Records.AttendanceMode.class),
        map(s.places(), ToRecords::place), id(s.partOf()), map(s.participants(), ToRecords::participation),
        map(s.statistics(), ToRecords::statistic), text(s.description()));
  }

  private static Records.Participation participation(Participation p) {
    if (p.group().isPresent()) {
      throw new IllegalArgumentException("records hold no unnamed groups");
    }
    return new Records.Participation(id(p.person()), constant(Optional.of(p.role()), Records.ParticipantRole.class),
        constant(p.delivery(), Records.Delivery.class), text(p.contribution()));
  }

  private static Records.Agreement agreement(CooperationAgreement a) {
    return new Records.Agreement(a.id().value(), constant(Optional.of(a.kind()), Records.AgreementKind.class),
        text(a.title()), map(a.parties(), LocalId::value),
        map(a.signatories(), s -> new Records.Signatory(s.person().map(LocalId::value).orElse(null),
            s.party().value())),
        a.signedOn().flatMap(d -> d.toLocalDate()).orElse(null), id(a.signedAt()),
        a.place().map(ToRecords::place).orElse(null), texts(a.topics()));
  }

  private static Records.Statistic statistic(Statistic s) {
    return new Records.Statistic(constant(Optional.of(s.measure()), Records.Measure.class), count(s.count()),
        constant(s.sessionKind(), Records.SessionKind.class), constant(s.mode(), Records.AttendanceMode.class),
        map(s.countries(), Object::toString),
        map(s.institutionKinds(), k -> constant(Optional.of(k), Records.InstitutionKind.class)), texts(s.topics()),
        text(s.description()));
  }

  private static Records.Count count(Count c) {
    return new Records.Count(constant(Optional.of(c.precision()), Records.CountPrecision.class),
        c.value().isPresent() ? c.value().getAsLong() : null);
  }

  private static Records.Text text(LocalizedText text) {
    if (text.languages().size() == 1 && text.primaryLanguage().equals(Locale.ENGLISH)) {
      return Records.Text.of(text.text());
    }
    Map<String, String> texts = new LinkedHashMap<>();
    text.asMap().forEach((language, value) -> texts.put(language.toLanguageTag(), value));
    return new Records.Text(texts);
  }

  private static Records.Text text(Optional<LocalizedText> text) {
    return text.map(ToRecords::text).orElse(null);
  }

  private static List<Records.Text> texts(List<LocalizedText> texts) {
    return map(texts, ToRecords::text);
  }

  private static String id(Optional<LocalId> id) {
    return id.map(LocalId::value).orElse(null);
  }

  private static <E extends Enum<E>> E constant(Optional<? extends Enum<?>> value, Class<E> type) {
    return value.map(v -> Enum.valueOf(type, v.name())).orElse(null);
  }

  private static <T, R> List<R> map(List<T> list, Function<T, R> mapping) {
    if (list.isEmpty()) {
      return List.of();
    }
    List<R> result = new ArrayList<>(list.size());
    for (T item : list) {
      result.add(mapping.apply(item));
    }
    return result;
  }
}
