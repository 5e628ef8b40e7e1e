package dev.symposia.generators;

import dev.symposia.event.AttendanceMode;
import dev.symposia.event.Award;
import dev.symposia.event.Delivery;
import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EarlierSessionPlan;
import dev.symposia.event.EventRelation;
import dev.symposia.event.EventStatus;
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.InstitutionRole;
import dev.symposia.event.Measure;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.RelatedEvent;
import dev.symposia.event.Series;
import dev.symposia.event.SeriesFrequency;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Source;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.event.UnnamedGroup;
import dev.symposia.generators.Words.Bilingual;
import dev.symposia.generators.Words.City;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartOfDay;
import dev.symposia.time.PartialDate;
import dev.symposia.time.Recurrence;
import dev.symposia.time.RecurrenceChange;
import dev.symposia.time.RecurrenceFrequency;
import dev.symposia.time.TimeSlot;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;

/**
 * Generators of valid events and their parts, shared with the other modules' tests through the test jar.
 *
 * <pre>{@code
 * qt().forAll(EventGenerators.symposia()).checkAssert(symposium ->
 *     assertThat(mapper.readValue(mapper.writeValueAsString(symposium), Symposium.class)).isEqualTo(symposium));
 * }</pre>
 *
 * <p>The parts ({@link #places()}, {@link #sessions(List, List)}, {@link #awards(List, List)} and so on)
 * are valid on their own and refer only to the identifiers they are given. {@link #symposia()} generates
 * whole symposia whose parts fit together; see there for what it guarantees.
 */
public final class EventGenerators {
  /** The largest number of sessions {@link #symposia()} generates. */
  public static final int DEFAULT_MAX_SESSIONS = 15;

  private EventGenerators() {}

  /**
   * Returns valid, reference-consistent and clean symposia of varied size: 0 to 15 institutions, 0 to 20
   * speakers, 0 to 15 sessions, 0 to 4 agreements, 0 to 3 awards, and statistics, related events and
   * sources, with every optional attribute sometimes present and sometimes absent.
   *
   * <p>Building never fails, and the model is <em>clean</em>: it breaks none of the rules the validation
   * module reports for real data. Precisely:
   * <ul>
   *   <li><b>Identifiers.</b> Institutions are {@code inst-0}, {@code inst-1}..., speakers {@code person-0}...,
   *       sessions {@code session-0}..., agreements {@code agreement-0}...: unique across kinds, and every
   *       reference names an entity of the right kind. ORCID iDs lie in ORCID's assigned blocks (and are not
   *       its documentation example), ISNIs start {@code 0000}, and no two entities share an ORCID iD,
   *       ISNI, ROR ID or Wikidata item.</li>
   *   <li><b>No duplicates.</b> No two speakers share a name, whatever its order or capitals (the key is
   *       family and given name in lower case), nor does one speaker's other name equal another's name; no
   *       two institutions share a name; no speaker holds the same title at the same institution
   *       twice; an institution has at most one role of each kind; awards have distinct names.</li>
   *   <li><b>Hierarchies.</b> Parents, ties and {@code partOf} point only to entities earlier in their
   *       list, so there are no cycles; a unit is in its parent's city and country; a session is part of
   *       a session with the same date (or of another undated session).</li>
   *   <li><b>Dates.</b> When the symposium's dates are complete (year, month and day at both ends), every
   *       session date and agreement {@code signedOn} is within them; otherwise a session or
   *       agreement date is absent or equal to the symposium's start. An agreement signed at a dated session
   *       is signed on that session's date or has no date. No source is published before the
   *       symposium's last day. Related editions are dated after (next) or before (previous) the
   *       symposium's year; an event the symposium is part of, or a component, has the same dates or
   *       none. A series' first year is not after the symposium's year; for an annual or biennial series
   *       with an edition, it is exactly the year of the first edition; editions held are at least the
   *       edition. An edition is given only with a series.</li>
   *   <li><b>Timetable.</b> A session is either <em>scheduled</em>, with a complete date and a time slot,
   *       or not. On one day the slots are either clock times starting at {@code 08:00},
   *       {@code 10:00}... {@code 18:00} (or up to 15 minutes later) and lasting under 100 minutes, the last
   *       sometimes without an end, or the three parts of the day; so two scheduled sessions either share exactly the same date and slot
   *       (parallel sessions) or certainly do not overlap. Parallel sessions share no person and no place.
   *       A recurring session (at a part of the day, or at no time) keeps its rule only when none of its
   *       occurrences meets a session that shares a person or a room with it.
   *       A person in an unscheduled session takes part in no other session; unscheduled sessions have no
   *       places. Only scheduled sessions have rooms, and the symposium's own places have none. When the
   *       symposium has a time zone, every session time exists in it on the session's day and every offset
   *       stated (on some scheduled slots) is one the zone has then; a day whose clocks change during the
   *       programme's hours has no scheduled slots that would not fit.</li>
   *   <li><b>Modes.</b> When the symposium is in person or online, every session has that mode or none;
   *       online sessions have no places and no in-person delivery; in-person sessions have no live remote
   *       delivery. A symposium moved online is online or has no mode, and then its sessions are online or
   *       have no mode.</li>
   *   <li><b>Changes.</b> Some symposia and sessions have a status and earlier plans; each earlier plan
   *       states other dates (date and time), mode or places than what replaced it (the next plan, or the
   *       current values), or describes the change. A session moved online states no mode but online.</li>
   *   <li><b>Agreements.</b> Two to four distinct parties; every named signatory holds a position at the
   *       party they sign for on the day of signing ({@code Position.isHeldOn}; a current one when the day
   *       is not stated), and signs for one party only; a party sometimes signs through someone unnamed; a
   *       place of signing only when the agreement was not signed at a session. A term does not end before
   *       the signing; renewals are in order and not before the signing.</li>
   *   <li><b>Awards.</b> Nobody both receives and unveils the same award.</li>
   *   <li><b>Roles.</b> At most one host, and not together with co-hosts; likewise sponsor and co-sponsors.
   *       A symposium cancelled or postponed has no awards and no agreements.</li>
   *   <li><b>Statistics.</b> A statistic narrows by at most one of session kind, mode, countries and
   *       institution kinds, and a measure has at most one statistic per narrowing. No stated count is
   *       certainly below what the model lists: sessions (of the kind, or mode, counting sessions without a
   *       mode as having the symposium's), presentations, speakers and participants (counting each named
   *       person as one and each unnamed group at its count), institutions, countries (of institutions,
   *       places and narrowed statistics), and per session the participants listed. A narrowed count is
   *       never certainly above the unnarrowed count of its measure, stated participants are never below
   *       stated speakers or experts, and symposium-wide presentations, projects and abstracts are at least
   *       the sum of the sessions' stated ones, and participants, experts and visitors at least the
   *       largest session's. An unnamed group's count, unless unknown, is at least 1 and at least the
   *       number of institutions it names.</li>
   *   <li><b>Places.</b> At most one place of the symposium is its main venue.</li>
   * </ul>
   *
   * @return the generator
   */
  public static Gen<Symposium> symposia() {
    return symposia(DEFAULT_MAX_SESSIONS);
  }

  /**
   * Returns symposia as {@link #symposia()} does, with at most {@code maxSessions} sessions.
   *
   * @param maxSessions the largest number of sessions, at least 0
   * @return the generator
   */
  public static Gen<Symposium> symposia(int maxSessions) {
    return Draw.gen(draw -> new SymposiumDraft(draw, maxSessions).symposium());
  }

  /**
   * Returns places of every precision, from a country alone to a room, naming no institution; some are
   * main venues.
   *
   * @return the generator
   */
  public static Gen<Place> places() {
    return places(List.of());
  }

  /**
   * Returns places of every precision, some at one of the given institutions.
   *
   * @param institutionIds the institutions a place may refer to; empty for none
   * @return the generator
   */
  public static Gen<Place> places(List<LocalId> institutionIds) {
    List<LocalId> institutions = List.copyOf(institutionIds);
    return Draw.gen(draw -> {
      Optional<LocalizedText> room = draw.maybe(25, () -> draw.pick(Words.ROOMS).in(draw));
      return place(draw, institutions, room, draw.chance(15));
    });
  }

  /**
   * Returns unnamed groups of people or of institutions, some from the given institutions.
   *
   * @param institutionIds the institutions a group may come from; empty for none
   * @return the generator
   */
  public static Gen<UnnamedGroup> unnamedGroups(List<LocalId> institutionIds) {
    List<LocalId> institutions = List.copyOf(institutionIds);
    return Draw.gen(draw -> group(draw, institutions, draw.chance(40)));
  }

  /**
   * Returns participations of one of the given speakers or of an unnamed group, in every role and
   * delivery, sometimes with a presented abstract by some of the speakers and published materials.
   *
   * @param speakerIds the people who may take part; empty for groups only
   * @param institutionIds the institutions groups may come from; empty for none
   * @return the generator
   */
  public static Gen<Participation> participations(List<LocalId> speakerIds, List<LocalId> institutionIds) {
    List<LocalId> speakers = List.copyOf(speakerIds);
    List<LocalId> institutions = List.copyOf(institutionIds);
    return Draw.gen(draw -> {
      Participation.Builder participation = Participation.builder();
      if (!speakers.isEmpty() && draw.chance(70)) {
        participation.person(draw.pick(speakers));
      } else {
        participation.group(group(draw, institutions, false));
      }
      ParticipantRole drawn = draw.pick(ParticipantRole.class);
      return participation.role(drawn)
          .roleLabel(drawn == ParticipantRole.OTHER ? draw.maybe(60, () -> draw.from(TextGenerators.localizedTexts()))
              : Optional.empty())
          .delivery(draw.maybe(40, () -> draw.pick(Delivery.class)))
          .contribution(draw.maybe(30, () -> draw.pick(Words.CONTRIBUTIONS).in(draw)))
          .joinedFrom(draw.maybe(20, () -> place(draw, institutions, Optional.empty(), false)))
          .presentedAbstract(draw.maybe(15, () -> PresentationGenerators.abstractOf(draw, speakers)))
          .addAllMaterials(draw.listOf(0, draw.chance(85) ? 0 : 2, () -> PresentationGenerators.material(draw)))
          .build();
    });
  }

  /**
   * Returns roles of one of the given institutions or of an unnamed group of institutions.
   *
   * @param institutionIds the institutions that may play a role; empty for groups only
   * @return the generator
   */
  public static Gen<InstitutionParticipation> institutionParticipations(List<LocalId> institutionIds) {
    List<LocalId> institutions = List.copyOf(institutionIds);
    return Draw.gen(draw -> {
      InstitutionRole drawnRole = draw.pick(InstitutionRole.class);
      InstitutionParticipation.Builder role = InstitutionParticipation.builder().role(drawnRole);
      if (drawnRole == InstitutionRole.OTHER) {
        role.roleLabel(draw.maybe(60, () -> draw.from(TextGenerators.localizedTexts())));
      }
      if (!institutions.isEmpty() && draw.chance(75)) {
        role.institution(draw.pick(institutions));
      } else {
        role.group(group(draw, institutions, true));
      }
      return role.build();
    });
  }

  /**
   * Returns earlier plans of a symposium stating dates, a mode, places, a description or several of them,
   * sometimes with the change that ended them, when it was announced, and a source.
   *
   * @param institutionIds the institutions places may refer to; empty for none
   * @return the generator
   */
  public static Gen<EarlierPlan> earlierPlans(List<LocalId> institutionIds) {
    List<LocalId> institutions = List.copyOf(institutionIds);
    return Draw.gen(draw -> earlierPlan(draw, institutions, () -> draw.from(TimeGenerators.dateSpans())));
  }

  /**
   * Returns earlier plans of a session stating a date, a time, a mode, places, a description or several of
   * them, sometimes with the change that ended them, when it was announced, and a source.
   *
   * @param institutionIds the institutions places may refer to; empty for none
   * @return the generator
   */
  public static Gen<EarlierSessionPlan> earlierSessionPlans(List<LocalId> institutionIds) {
    List<LocalId> institutions = List.copyOf(institutionIds);
    return Draw.gen(draw -> earlierSessionPlan(draw, institutions,
        () -> draw.from(TimeGenerators.partialDates()), () -> draw.from(TimeGenerators.timeSlots())));
  }

  /** The ways a plan is given up. */
  static final List<EventStatus> CHANGES =
      List.of(EventStatus.POSTPONED, EventStatus.RESCHEDULED, EventStatus.MOVED_ONLINE, EventStatus.CANCELLED);

  /** Makes an earlier plan of a symposium with the given dates, if the draw states dates. */
  static EarlierPlan earlierPlan(Draw draw, List<LocalId> institutions, Supplier<DateSpan> dates) {
    EarlierPlan.Builder plan = EarlierPlan.builder();
    int known = draw.between(1, 15);
    if ((known & 1) != 0 || draw.chance(50)) {
      plan.dates(dates.get());
    }
    if ((known & 2) != 0) {
      plan.mode(draw.pick(AttendanceMode.class));
    }
    if ((known & 4) != 0) {
      plan.addAllPlaces(draw.listOf(1, 2, () -> place(draw, institutions, Optional.empty(), false)));
    }
    if ((known & 8) != 0) {
      plan.description(draw.pick(Words.PLAN_DESCRIPTIONS).in(draw));
    }
    return plan.change(draw.maybe(60, () -> draw.pick(CHANGES)))
        .changeAnnounced(draw.maybe(40, () -> draw.from(TimeGenerators.partialDates())))
        .addAllSources(draw.listOf(0, draw.chance(70) ? 0 : 1, () -> source(draw, Optional.empty())))
        .build();
  }

  /** Makes an earlier plan of a session with the given date and time, if the draw states them. */
  static EarlierSessionPlan earlierSessionPlan(Draw draw, List<LocalId> institutions, Supplier<PartialDate> date,
      Supplier<TimeSlot> time) {
    EarlierSessionPlan.Builder plan = EarlierSessionPlan.builder();
    int known = draw.between(1, 31);
    if ((known & 1) != 0) {
      plan.date(date.get());
    }
    if ((known & 2) != 0) {
      plan.time(time.get());
    }
    if ((known & 4) != 0) {
      plan.mode(draw.pick(AttendanceMode.class));
    }
    if ((known & 8) != 0) {
      Optional<LocalizedText> room = draw.maybe(50, () -> draw.pick(Words.ROOMS).in(draw));
      plan.addAllPlaces(draw.listOf(1, 2, () -> place(draw, institutions, room, false)));
    }
    if ((known & 16) != 0) {
      plan.description(draw.pick(Words.PLAN_DESCRIPTIONS).in(draw));
    }
    return plan.change(draw.maybe(60, () -> draw.pick(CHANGES)))
        .changeAnnounced(draw.maybe(40, () -> draw.from(TimeGenerators.partialDates())))
        .addAllSources(draw.listOf(0, draw.chance(70) ? 0 : 1, () -> source(draw, Optional.empty())))
        .build();
  }

  /**
   * Returns sessions with arbitrary identifiers of up to 24 characters, of every kind, with dates and times
   * of every form, participants among the given speakers and unnamed groups, sometimes a status and earlier
   * plans, sometimes part of another session (never of themselves), and sometimes with abstracts by the
   * given speakers, materials, an accreditation by one of the given institutions and commercial support from
   * them.
   *
   * @param speakerIds the people who may take part; empty for groups only
   * @param institutionIds the institutions places and groups may refer to; empty for none
   * @return the generator
   */
  public static Gen<Session> sessions(List<LocalId> speakerIds, List<LocalId> institutionIds) {
    List<LocalId> speakers = List.copyOf(speakerIds);
    List<LocalId> institutions = List.copyOf(institutionIds);
    Gen<Participation> participations = participations(speakerIds, institutionIds);
    Gen<Place> places = places(institutionIds);
    return Draw.gen(draw -> {
      LocalId id = draw.localId();
      SessionKind kind = draw.pick(SessionKind.class);
      Session.Builder session = Session.builder().id(id).kind(kind)
          .kindLabel(kind == SessionKind.OTHER ? draw.maybe(60, () -> draw.from(TextGenerators.localizedTexts()))
              : Optional.empty())
          .title(draw.maybe(60, () -> sessionTitle(draw)))
          .addAllTopics(topics(draw, 3))
          .date(draw.maybe(70, () -> draw.from(TimeGenerators.partialDates())))
          .time(draw.maybe(50, () -> draw.from(TimeGenerators.timeSlots())))
          .status(draw.maybe(30, () -> draw.pick(EventStatus.class)))
          .mode(draw.maybe(40, () -> draw.pick(AttendanceMode.class)))
          .addAllPlaces(draw.listOf(0, 2, () -> draw.from(places)))
          .addAllPlannedBefore(draw.listOf(0, draw.chance(70) ? 0 : 2, () -> earlierSessionPlan(draw, institutions,
              () -> draw.from(TimeGenerators.partialDates()), () -> draw.from(TimeGenerators.timeSlots()))))
          .addAllParticipants(draw.listOf(0, 5, () -> draw.from(participations)))
          .addAllStatistics(draw.listOf(0, 2, () -> draw.from(statistics())))
          .description(draw.maybe(20, () -> draw.from(TextGenerators.localizedTexts())))
          .addAllPartialLists(draw.partialLists("topics", "places", "participants"));
      medicalParts(draw, session, kind, speakers, institutions);
      Session drawn = session.build();
      session.recurrence(recurrence(draw, drawn.date(), drawn.time()));
      if (draw.chance(25)) {
        LocalId parent = draw.localId();
        session.partOf(parent.equals(id) ? LocalId.of(id.value().equals("forum") ? "main-forum" : "forum") : parent);
      }
      return session.build();
    });
  }

  /**
   * Returns, now and then, a rule for a session on a complete day without a clock time (so that no date of
   * the rule can fall into a clock change of the symposium's zone): daily, weekly (on the first date's weekday,
   * sometimes another day too) or monthly (on the nth or last weekday, or a day of the month), ending after a
   * count, on a date, both or neither, with up to two changes of dates the rule gives (cancelled, moved, or at
   * a part of the day).
   */
  static Optional<Recurrence> recurrence(Draw draw, Optional<PartialDate> date, Optional<TimeSlot> time) {
    if (date.isEmpty() || !date.get().isComplete() || time.flatMap(TimeSlot::start).isPresent() || !draw.chance(20)) {
      return Optional.empty();
    }
    LocalDate first = date.get().toLocalDate().orElseThrow();
    RecurrenceFrequency frequency = draw.pick(RecurrenceFrequency.class);
    Recurrence.Builder rule = Recurrence.builder().frequency(frequency).interval(draw.chance(70) ? 1 : draw.between(2, 3));
    if (frequency == RecurrenceFrequency.WEEKLY && draw.chance(50)) {
      rule.addDays(first.getDayOfWeek());
      if (draw.chance(50)) {
        rule.addDays(first.getDayOfWeek().plus(draw.between(1, 6)));
      }
    } else if (frequency == RecurrenceFrequency.MONTHLY && draw.chance(70)) {
      if (draw.chance(50)) {
        rule.addDays(first.getDayOfWeek()).weekOfMonth(draw.chance(20) ? -1 : draw.between(1, 4));
      } else {
        rule.dayOfMonth(draw.between(1, 28));
      }
    }
    int ending = draw.between(0, 3);
    if (ending != 1) {
      rule.count(draw.between(1, 8));
    }
    if (ending == 1 || ending == 2 && draw.chance(50)) {
      LocalDate until = first.plusDays(draw.between(0, 200));
      rule.until(until.getYear() > 9999 ? LocalDate.of(9999, 12, 31) : until);
    }
    Recurrence plain = rule.build();
    List<LocalDate> dates = new ArrayList<>();
    plain.occurrences(first, null, null, first.plusYears(1)).forEach(o -> dates.add(o.ruleDate()));
    if (dates.isEmpty() || !draw.chance(40)) {
      return Optional.of(plain);
    }
    List<RecurrenceChange> changes = new ArrayList<>();
    for (LocalDate changed : draw.sample(dates, 1, Math.min(2, dates.size()))) {
      // A move past the last day of year 9999 would leave the years the model writes.
      int kind = changed.isAfter(LocalDate.of(9999, 12, 27)) ? 0 : draw.between(0, 2);
      changes.add(kind == 0 ? RecurrenceChange.cancel(changed)
          : kind == 1 ? RecurrenceChange.move(changed, changed.plusDays(draw.between(1, 3)))
          : RecurrenceChange.builder().occurrence(changed).time(TimeSlot.during(draw.pick(PartOfDay.class))).build());
    }
    return Optional.of(Recurrence.builder().from(plain).addAllChanges(changes).build());
  }

  /**
   * Adds, now and then, the parts of a session that medical meetings record: abstracts by the given
   * speakers, published materials, the session's own accreditation, and commercial support from the given
   * institutions (most often for a satellite symposium).
   */
  static void medicalParts(Draw draw, Session.Builder session, SessionKind kind, List<LocalId> speakers,
      List<LocalId> institutions) {
    session.addAllAbstracts(draw.listOf(0, draw.chance(75) ? 0 : 3,
            () -> PresentationGenerators.abstractOf(draw, speakers)))
        .addAllMaterials(draw.listOf(0, draw.chance(80) ? 0 : 2, () -> PresentationGenerators.material(draw)))
        .addAllAccreditations(draw.listOf(0, draw.chance(85) ? 0 : 1,
            () -> AccreditationGenerators.accreditation(draw, institutions)));
    if (!institutions.isEmpty() && draw.chance(kind == SessionKind.SATELLITE_SYMPOSIUM ? 80 : 10)) {
      session.addAllCommercialSupport(SupportGenerators.supportFrom(draw, institutions, 2));
    }
  }

  /**
   * Returns statistics of every measure and count precision, sometimes narrowed by session kind, mode,
   * countries or institution kinds, with topics and a description.
   *
   * @return the generator
   */
  public static Gen<Statistic> statistics() {
    return Draw.gen(draw -> {
      Statistic.Builder statistic = Statistic.builder().measure(draw.pick(Measure.class))
          .count(draw.from(QuantityGenerators.counts()))
          .sessionKind(draw.maybe(20, () -> draw.pick(SessionKind.class)))
          .mode(draw.maybe(20, () -> draw.pick(AttendanceMode.class)));
      if (draw.chance(20)) {
        statistic.addAllCountries(draw.distinct(1, 4, () -> draw.from(PlaceGenerators.countryCodes())));
      }
      if (draw.chance(20)) {
        statistic.addAllInstitutionKinds(draw.sample(List.of(InstitutionKind.values()), 1, 3));
      }
      return statistic.addAllTopics(topics(draw, 2))
          .description(draw.maybe(20, () -> draw.pick(Words.GROUP_DESCRIPTIONS).in(draw)))
          .addAllPartialLists(draw.partialLists("countries", "institutionKinds", "topics"))
          .build();
    });
  }

  /**
   * Returns series with and without a short name, first year, frequency, editions held and usual place.
   *
   * @return the generator
   */
  public static Gen<Series> series() {
    return Draw.gen(draw -> {
      Bilingual name = draw.pick(Words.EVENT_NAMES);
      return Series.builder().name(name.in(draw))
          .id(draw.maybe(50, () -> LocalId.of(Words.initials(name.en()).toLowerCase(Locale.ROOT) + "-series")))
          .shortName(draw.maybe(50, () -> Words.initials(name.en())))
          .firstYear(draw.maybe(60, () -> Year.of(draw.chance(80) ? draw.between(1950, 2025) : draw.between(1, 9999))))
          .frequency(draw.maybe(60, () -> draw.pick(SeriesFrequency.class)))
          .editionsHeld(draw.maybe(40, () -> draw.from(QuantityGenerators.counts())))
          .usualPlace(draw.maybe(30, () -> place(draw, List.of(), Optional.empty(), false)))
          .build();
    });
  }

  /**
   * Returns related events of every relation, known by a title, dates, places or several of them.
   *
   * @return the generator
   */
  public static Gen<RelatedEvent> relatedEvents() {
    return Draw.gen(draw -> {
      RelatedEvent.Builder related = RelatedEvent.builder().relation(draw.pick(EventRelation.class));
      int known = draw.between(1, 7);
      if ((known & 1) != 0) {
        related.title(draw.pick(Words.EVENT_NAMES).in(draw));
      }
      if ((known & 2) != 0) {
        related.dates(draw.from(TimeGenerators.dateSpans()));
      }
      if ((known & 4) != 0) {
        related.addAllPlaces(draw.listOf(1, 2, () -> place(draw, List.of(), Optional.empty(), false)));
      }
      return related.build();
    });
  }

  /**
   * Returns sources with a publisher, a title, an http or https address, or several of them, and
   * sometimes a publication date of any precision.
   *
   * @return the generator
   */
  public static Gen<Source> sources() {
    return Draw.gen(draw -> source(draw, draw.maybe(60, () -> draw.from(TimeGenerators.partialDates()))));
  }

  /**
   * Returns awards to and unveiled by the given speakers, sometimes at one of the given sessions; nobody
   * both receives and unveils one award.
   *
   * @param speakerIds the people who may receive or unveil the award; possibly empty
   * @param sessionIds the sessions the award may be given at; possibly empty
   * @return the generator
   */
  public static Gen<Award> awards(List<LocalId> speakerIds, List<LocalId> sessionIds) {
    List<LocalId> speakers = List.copyOf(speakerIds);
    List<LocalId> sessions = List.copyOf(sessionIds);
    return Draw.gen(draw -> award(draw, draw.pick(Words.AWARD_NAMES).in(draw), speakers, sessions));
  }

  static Award award(Draw draw, LocalizedText name, List<LocalId> speakers, List<LocalId> sessions) {
    List<LocalId> recipients = draw.sample(speakers, 0, 3);
    List<LocalId> others = new ArrayList<>(speakers);
    others.removeAll(recipients);
    return Award.builder().name(name).addAllRecipients(recipients)
        .addAllUnveiledBy(draw.sample(others, 0, 2))
        .session(sessions.isEmpty() ? Optional.empty() : draw.maybe(50, () -> draw.pick(sessions)))
        .addAllPartialLists(draw.partialLists("recipients", "unveiledBy"))
        .build();
  }

  /**
   * Makes a place in one of the cities of {@link Words#CITIES} with the given room, filling in a city when
   * nothing else was drawn.
   */
  static Place place(Draw draw, List<LocalId> institutionIds, Optional<LocalizedText> room, boolean mainVenue) {
    City city = draw.pick(Words.CITIES);
    Place.Builder place = Place.builder().room(room).isMainVenue(mainVenue);
    boolean any = room.isPresent();
    if (draw.chance(70)) {
      place.country(CountryCode.of(city.country()));
      any = true;
    }
    if (city.region() != null && draw.chance(20)) {
      place.region(LocalizedText.of(city.region()));
      any = true;
    }
    boolean withCity = draw.chance(60);
    if (draw.chance(15)) {
      place.district(draw.pick(Words.DISTRICTS).in(draw));
      any = true;
    }
    if (draw.chance(25)) {
      place.venue(draw.pick(Words.VENUES).in(draw));
      any = true;
    }
    if (draw.chance(25)) {
      place.building(draw.pick(Words.BUILDINGS).in(draw));
      any = true;
    }
    if (!institutionIds.isEmpty() && draw.chance(25)) {
      place.institution(draw.pick(institutionIds));
      any = true;
    }
    if (withCity || !any) {
      place.city(city.name().in(draw));
    }
    return place.build();
  }

  /**
   * Makes an unnamed group whose count is at least 1 and at least the number of institutions it names;
   * a group of institutions may state their kind, a group of people does not.
   */
  static UnnamedGroup group(Draw draw, List<LocalId> institutionIds, boolean ofInstitutions) {
    List<LocalId> from = draw.chance(30) ? draw.sample(institutionIds, 1, 3) : List.of();
    long least = Math.max(1, from.size());
    long value = least + draw.between(0L, draw.chance(80) ? 10L : 300L);
    Count count;
    switch (draw.between(0, 4)) {
      case 0:
        count = Count.exactly(value);
        break;
      case 1:
        count = Count.atLeast(value);
        break;
      case 2:
        count = Count.moreThan(value - 1);
        break;
      case 3:
        count = Count.about(value);
        break;
      default:
        count = Count.unknown();
        break;
    }
    return UnnamedGroup.builder().count(count)
        .description(draw.maybe(ofInstitutions ? 80 : 70, () -> draw.pick(Words.GROUP_DESCRIPTIONS).in(draw)))
        .addAllInstitutions(from)
        .kind(ofInstitutions ? draw.maybe(70, () -> draw.pick(InstitutionKind.class)) : Optional.empty())
        .build();
  }

  static Source source(Draw draw, Optional<PartialDate> published) {
    Source.Builder source = Source.builder().published(published);
    int known = draw.between(1, 7);
    if ((known & 1) != 0) {
      source.publisher(draw.pick(Words.PUBLISHERS).in(draw));
    }
    if ((known & 2) != 0) {
      source.title(draw.chance(50)
          ? draw.pick(Words.EVENT_NAMES).in(draw) : draw.from(TextGenerators.localizedTexts()));
    }
    if ((known & 4) != 0) {
      source.url(URI.create((draw.chance(80) ? "https" : "http") + "://" + draw.pick(Words.WEB_HOSTS) + "/news/"
          + draw.between(2000, 2025) + "/" + draw.between(1, 99_999) + ".html"));
    }
    return source.build();
  }

  static LocalizedText sessionTitle(Draw draw) {
    switch (draw.between(0, 3)) {
      case 0: {
        Bilingual field = draw.pick(Words.FIELDS);
        return new Bilingual(field.en() + " Forum", field.zh() + "论坛").in(draw);
      }
      case 1: {
        Bilingual topic = draw.pick(Words.TOPICS);
        return new Bilingual("Plenary session on " + topic.en(), topic.zh() + "全体会议").in(draw);
      }
      case 2:
        return new Bilingual("Roadshow of innovative projects", "创新项目路演").in(draw);
      default:
        return draw.from(TextGenerators.localizedTexts());
    }
  }

  /** Returns up to {@code max} distinct topics, each in English, Chinese or both. */
  static List<LocalizedText> topics(Draw draw, int max) {
    List<LocalizedText> topics = new ArrayList<>();
    for (Bilingual topic : draw.sample(Words.TOPICS, 0, max)) {
      topics.add(topic.in(draw));
    }
    return topics;
  }
}
