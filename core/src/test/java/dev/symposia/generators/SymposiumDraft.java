package dev.symposia.generators;

import dev.symposia.Note;
import dev.symposia.accreditation.Accreditation;
import dev.symposia.accreditation.Credit;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.disclosure.Disclosure;
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
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.presentation.Abstract;
import dev.symposia.quantity.Count;
import dev.symposia.quantity.CountPrecision;
import dev.symposia.quantity.Share;
import dev.symposia.support.CommercialSupport;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartOfDay;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Makes one clean symposium in one pass over a {@link Draw}: first the entities that others refer to
 * (institutions, speakers, rooms, time slots), then the sessions, agreements and awards that refer to
 * them, and last what summarises them (statistics). {@link EventGenerators#symposia()} documents what the
 * result guarantees; the comments here say how.
 */
final class SymposiumDraft {
  private static final long UNBOUNDED = Long.MAX_VALUE;
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
  private static final List<Measure> SESSION_MEASURES = List.of(Measure.PRESENTATIONS, Measure.PROJECTS,
      Measure.ABSTRACTS, Measure.VISITORS, Measure.EXPERTS, Measure.PARTICIPANTS);
  // Participants come after speakers and experts, and countries last, so that their lower bounds can
  // include what the statistics before them state.
  private static final List<Measure> SYMPOSIUM_MEASURES = List.of(Measure.SESSIONS, Measure.PRESENTATIONS,
      Measure.PROJECTS, Measure.ABSTRACTS, Measure.VISITORS, Measure.SPEAKERS, Measure.EXPERTS,
      Measure.PARTICIPANTS, Measure.INSTITUTIONS, Measure.COUNTRIES);

  private enum Narrowing { SESSION_KIND, MODE, COUNTRIES, INSTITUTION_KINDS }

  private static final Map<Measure, List<Narrowing>> NARROWINGS = Map.of(
      Measure.SESSIONS, List.of(Narrowing.SESSION_KIND, Narrowing.MODE),
      Measure.PRESENTATIONS, List.of(Narrowing.SESSION_KIND, Narrowing.MODE),
      Measure.PROJECTS, List.of(Narrowing.SESSION_KIND, Narrowing.COUNTRIES),
      Measure.ABSTRACTS, List.of(Narrowing.SESSION_KIND, Narrowing.COUNTRIES),
      Measure.VISITORS, List.of(Narrowing.MODE),
      Measure.SPEAKERS, List.of(Narrowing.COUNTRIES, Narrowing.INSTITUTION_KINDS),
      Measure.EXPERTS, List.of(Narrowing.COUNTRIES, Narrowing.INSTITUTION_KINDS),
      Measure.PARTICIPANTS, List.of(Narrowing.MODE, Narrowing.COUNTRIES, Narrowing.INSTITUTION_KINDS),
      Measure.INSTITUTIONS, List.of(Narrowing.COUNTRIES, Narrowing.INSTITUTION_KINDS),
      Measure.COUNTRIES, List.of(Narrowing.INSTITUTION_KINDS));

  /** A date and time slot shared by parallel sessions. */
  private record Cell(PartialDate date, TimeSlot slot) {}

  /** What one session lists and states, for the statistics of the whole symposium. */
  private record Facts(Session session, AttendanceMode mode, long presentations, long participants,
      Set<LocalId> people, Map<Measure, Long> stated) {
    long stated(Measure measure) {
      return stated.getOrDefault(measure, 0L);
    }
  }

  private final Draw draw;
  private final int maxSessions;
  private final Set<String> identifiers = new HashSet<>();

  private Optional<ZoneId> zone;
  private DateSpan dates;
  private boolean complete;
  private OptionalInt year = OptionalInt.empty();
  private final List<PartialDate> days = new ArrayList<>();
  private Optional<EventStatus> status;
  private Optional<AttendanceMode> mode;
  private final List<Institution> institutions = new ArrayList<>();
  private final List<LocalId> institutionIds = new ArrayList<>();
  private final List<Speaker> speakers = new ArrayList<>();
  private final List<LocalId> speakerIds = new ArrayList<>();
  private final List<Place> places = new ArrayList<>();
  private final List<Place> rooms = new ArrayList<>();
  private final List<Cell> cells = new ArrayList<>();
  private final List<Facts> facts = new ArrayList<>();
  private final List<UnnamedGroup> participantGroups = new ArrayList<>();
  private final List<UnnamedGroup> institutionGroups = new ArrayList<>();
  private final List<CooperationAgreement> agreements = new ArrayList<>();
  private final List<Award> awards = new ArrayList<>();
  private final List<InstitutionParticipation> roles = new ArrayList<>();
  private Optional<Series> series = Optional.empty();
  private OptionalInt edition = OptionalInt.empty();
  private final List<RelatedEvent> related = new ArrayList<>();
  private final List<Source> sources = new ArrayList<>();
  private final List<Statistic> statistics = new ArrayList<>();
  private final Set<CountryCode> statedCountries = new HashSet<>();

  SymposiumDraft(Draw draw, int maxSessions) {
    this.draw = draw;
    this.maxSessions = maxSessions;
  }

  Symposium symposium() {
    zone = draw.maybe(50, () -> ZoneId.of(draw.pick(Words.TIME_ZONES)));
    drawDates();
    status = draw.maybe(60, () -> draw.pick(EventStatus.class));
    mode = status.equals(Optional.of(EventStatus.MOVED_ONLINE))
        ? draw.maybe(70, () -> AttendanceMode.ONLINE) : draw.maybe(70, () -> draw.pick(AttendanceMode.class));
    drawInstitutions();
    drawSpeakers();
    drawPlaces();
    drawTimetable();
    drawSessions();
    drawAgreements();
    drawAwards();
    drawRoles();
    if (status.equals(Optional.of(EventStatus.CANCELLED)) || status.equals(Optional.of(EventStatus.POSTPONED))) {
      if (!awards.isEmpty() || !agreements.isEmpty()) {
        status = Optional.of(EventStatus.HELD);
      }
    }
    drawSeries();
    drawRelatedEvents();
    drawSources();
    drawStatistics();

    Bilingual name = draw.pick(Words.EVENT_NAMES);
    String initials = Words.initials(name.en());
    LocalizedText title = draw.chance(80)
        ? (year.isPresent() && draw.chance(40)
            ? new Bilingual(year.getAsInt() + " " + name.en(), year.getAsInt() + "年" + name.zh()) : name).in(draw)
        : draw.from(TextGenerators.localizedTexts());
    List<String> notable = new ArrayList<>(List.of("title", "dates"));
    zone.ifPresent(z -> notable.add("timeZone"));
    edition.ifPresent(e -> notable.add("edition"));
    if (!facts.isEmpty()) {
      notable.add("sessions[" + draw.between(0, facts.size() - 1) + "].kind");
    }
    List<Note> notes = NoteGenerators.notes(draw, notable, 3);
    List<Accreditation> accreditations = draw.listOf(0, draw.chance(60) ? 0 : 2,
        () -> AccreditationGenerators.accreditation(draw, institutionIds));
    List<CommercialSupport> support = !institutionIds.isEmpty() && draw.chance(30)
        ? SupportGenerators.supportFrom(draw, institutionIds, 3) : List.of();
    List<Disclosure> disclosures = draw.chance(40)
        ? DisclosureGenerators.disclosures(draw, speakerIds, institutionIds, 6) : List.of();
    MedicalRules clean = new MedicalRules(accreditations);
    List<Session> sessions = withoutClashingRecurrences(clean.sessions(facts.stream().map(Facts::session).toList()));
    List<Participation> wholeSymposium = clean.participations(wholeSymposiumParticipants());
    support = clean.support(support);
    disclosures = clean.disclosures(disclosures, sessions, speakerIds);
    return Symposium.builder()
        .id(initials.toLowerCase(Locale.ROOT) + "-" + (year.isPresent() ? year.getAsInt() : draw.between(1, 999)))
        .title(title)
        .shortTitle(draw.maybe(40, () -> LocalizedText.of(initials + (year.isPresent() ? " " + year.getAsInt() : ""))))
        .series(series)
        .edition(edition)
        .theme(draw.maybe(30, () -> draw.from(TextGenerators.localizedTexts())))
        .description(draw.maybe(30, () -> draw.from(TextGenerators.localizedTexts())))
        .addAllTopics(EventGenerators.topics(draw, 4))
        .dates(dates)
        .timeZone(zone)
        .status(status)
        .mode(mode)
        .addAllPlaces(places)
        .addAllPlannedBefore(earlierPlans())
        .addAllInstitutions(institutions)
        .addAllInstitutionRoles(roles)
        .addAllSpeakers(speakers)
        .addAllParticipants(wholeSymposium)
        .addAllSessions(sessions)
        .addAllAgreements(agreements)
        .addAllAwards(awards)
        .addAllStatistics(statistics)
        .addAllRelatedEvents(related)
        .addAllSources(sources)
        .addAllAccreditations(accreditations)
        .addAllCommercialSupport(support)
        .addAllDisclosures(disclosures)
        .addAllPartialLists(draw.partialLists("topics", "places", "institutions", "institutionRoles", "speakers",
            "participants", "sessions", "agreements", "awards"))
        .addAllNotes(notes)
        .build();
  }

  /**
   * Keeps the timetable clean once sessions recur: the overlap rules hold a recurring session at every
   * occurrence, and the cells of the timetable keep people and rooms apart only on the session's own date.
   * Every session is held on its own date and slot, whatever becomes of its rule; a recurring session keeps
   * its rule only when no other occurrence lands where a session is held (on its own date, or by a rule kept
   * before) that shares a person or a room with it; otherwise it takes place once, on its date. Holding every
   * own date first matters: a session whose rule is dropped later is still held on its date, which a rule
   * kept earlier must not meet. Occurrences of a rule are at parts of the day (the generators give rules only
   * to sessions without a clock time), which meet only the same part of the same day, so comparing dates and
   * slots is exact.
   */
  private static List<Session> withoutClashingRecurrences(List<Session> sessions) {
    Map<List<Object>, Set<Object>> held = new HashMap<>();
    for (Session session : sessions) {
      ownHolding(session).ifPresent(key -> held.computeIfAbsent(key, k -> new HashSet<>())
          .addAll(resources(session)));
    }
    List<Session> kept = new ArrayList<>();
    for (Session session : sessions) {
      Optional<List<Object>> own = ownHolding(session);
      if (session.recurrence().isEmpty() || own.isEmpty()) {
        kept.add(session);
        continue;
      }
      Set<Object> resources = resources(session);
      List<List<Object>> others = new ArrayList<>();
      session.recurrence().get().occurrences(session.date().flatMap(PartialDate::toLocalDate).orElseThrow(),
              session.time().orElse(null), null)
          .forEach(o -> others.add(List.of(o.date(), o.time().orElse(session.time().get()))));
      others.remove(own.get());
      if (others.stream().anyMatch(key -> !Collections.disjoint(held.getOrDefault(key, Set.of()), resources))) {
        kept.add(session.toBuilder().recurrence(Optional.empty()).build());
        continue;
      }
      others.forEach(key -> held.computeIfAbsent(key, k -> new HashSet<>()).addAll(resources));
      kept.add(session);
    }
    return kept;
  }

  // The date and slot a session is held on, leaving its rule aside: none when it is called off or not
  // scheduled.
  private static Optional<List<Object>> ownHolding(Session session) {
    boolean calledOff = session.status().filter(s -> s == EventStatus.CANCELLED || s == EventStatus.POSTPONED)
        .isPresent();
    if (calledOff || session.time().isEmpty() || session.date().flatMap(PartialDate::toLocalDate).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(List.of(session.date().get().toLocalDate().orElseThrow(), session.time().get()));
  }

  // The people and rooms a session holds, each as a key the overlap rules would tell apart.
  private static Set<Object> resources(Session session) {
    Set<Object> resources = new HashSet<>();
    session.participants().forEach(p -> p.person().ifPresent(resources::add));
    session.places().forEach(place -> place.room().ifPresent(room -> resources.add(List.of(room.text(),
        place.building().map(LocalizedText::text), place.venue().map(LocalizedText::text), place.institution(),
        place.district().map(LocalizedText::text), place.city().map(LocalizedText::text),
        place.region().map(LocalizedText::text), place.country()))));
    return resources;
  }

  /**
   * Makes what was drawn clean for the validation module's medical rules, as the rest of the programme is:
   * no abstract number twice, no credits stated for a session (so none exceed its length), no sponsor that is
   * also an accreditor, and, once anything is accredited, a disclosure of every speaker.
   */
  private static final class MedicalRules {
    private final List<Accreditation> symposiumAccreditations;
    private final Set<LocalId> accreditors = new HashSet<>();
    private int numbers;

    MedicalRules(List<Accreditation> symposiumAccreditations) {
      this.symposiumAccreditations = symposiumAccreditations;
      symposiumAccreditations.forEach(a -> a.accreditor().ifPresent(accreditors::add));
    }

    List<Session> sessions(List<Session> sessions) {
      sessions.forEach(s -> s.accreditations().forEach(a -> a.accreditor().ifPresent(accreditors::add)));
      List<Session> clean = new ArrayList<>();
      for (Session session : sessions) {
        clean.add(session.toBuilder()
            .commercialSupport(support(session.commercialSupport()))
            .accreditations(session.accreditations().stream().map(MedicalRules::withoutAmounts).toList())
            .abstracts(session.abstracts().stream().map(this::renumbered).toList())
            .participants(participations(session.participants()))
            .build());
      }
      return clean;
    }

    List<Participation> participations(List<Participation> participations) {
      return participations.stream().map(p -> p.presentedAbstract().isEmpty() ? p
          : Participation.builder().from(p).presentedAbstract(renumbered(p.presentedAbstract().get())).build())
          .toList();
    }

    List<CommercialSupport> support(List<CommercialSupport> support) {
      return support.stream().filter(c -> !accreditors.contains(c.company())).toList();
    }

    List<Disclosure> disclosures(List<Disclosure> drawn, List<Session> sessions, List<LocalId> speakers) {
      Map<LocalId, Disclosure> bySpeaker = new LinkedHashMap<>();
      drawn.forEach(d -> bySpeaker.put(d.speaker(), d));
      // Everyone, once any session is accredited: a corruption that adds a person to a session (a clash) must
      // break its own rule only.
      boolean anyAccredited = !symposiumAccreditations.isEmpty()
          || sessions.stream().anyMatch(session -> !session.accreditations().isEmpty());
      if (anyAccredited) {
        speakers.forEach(speaker -> bySpeaker.computeIfAbsent(speaker, Disclosure::nothingToDisclose));
      }
      return List.copyOf(bySpeaker.values());
    }

    private Abstract renumbered(Abstract drawn) {
      return drawn.number().isEmpty() ? drawn
          : Abstract.builder().from(drawn).number(drawn.number().get() + "-" + ++numbers).build();
    }

    private static Accreditation withoutAmounts(Accreditation accreditation) {
      return Accreditation.builder().from(accreditation).credits(accreditation.credits().stream()
          .map(c -> Credit.builder().from(c).amount(Optional.empty()).maximum(false).build()).toList()).build();
    }
  }

  /**
   * Draws up to three earlier plans, some of them with dates near the symposium's, and keeps only those
   * that differ from what replaced them (or describe the change), as validation requires.
   */
  private List<EarlierPlan> earlierPlans() {
    List<EarlierPlan> drawn = draw.listOf(0, draw.chance(70) ? 0 : 3, () -> EventGenerators.earlierPlan(draw,
        institutionIds, () -> draw.chance(50) ? dates : draw.from(TimeGenerators.dateSpans())));
    return changesOnly(drawn, new PlannedSymposium(Optional.of(dates), mode, places),
        plan -> new PlannedSymposium(plan.dates(), plan.mode(), plan.places()), plan -> plan.description().isPresent());
  }

  /** What a symposium's earlier plan and its current values have in common: what was planned. */
  private record PlannedSymposium(Optional<DateSpan> dates, Optional<AttendanceMode> mode, List<Place> places) {}

  /** What a session's earlier plan and its current values have in common: what was planned. */
  private record PlannedSession(Optional<PartialDate> date, Optional<TimeSlot> time, Optional<AttendanceMode> mode,
      List<Place> places) {}

  /**
   * Returns the plans, oldest first, without those whose planned values equal what replaced them (the next
   * plan kept, or the current values) and that have no description.
   */
  private static <P, V> List<P> changesOnly(List<P> plans, V current, Function<P, V> planned,
      Predicate<P> described) {
    List<P> kept = new ArrayList<>();
    V next = current;
    for (int i = plans.size() - 1; i >= 0; i--) {
      P plan = plans.get(i);
      V values = planned.apply(plan);
      if (!values.equals(next) || described.test(plan)) {
        kept.add(0, plan);
        next = values;
      }
    }
    return kept;
  }

  private void drawDates() {
    int form = draw.between(0, 9);
    if (form < 6) {
      LocalDate start = draw.from(TimeGenerators.localDates());
      LocalDate end = start.plusDays(draw.between(0, 4));
      dates = DateSpan.between(start, end.isAfter(LAST_DAY) ? start : end);
    } else if (form < 8) {
      dates = DateSpan.on(draw.from(TimeGenerators.localDates()));
    } else if (form < 9) {
      dates = draw.from(TimeGenerators.completeDateSpans());
    } else {
      dates = draw.from(TimeGenerators.dateSpans());
    }
    complete = dates.start().isComplete() && dates.end().isComplete();
    year = dates.start().year();
    if (complete) {
      LocalDate first = dates.start().toLocalDate().orElseThrow();
      long length = ChronoUnit.DAYS.between(first, dates.end().toLocalDate().orElseThrow()) + 1;
      TreeSet<LocalDate> chosen = new TreeSet<>();
      int wanted = draw.between(1, (int) Math.min(4, length));
      for (int i = 0; i < wanted; i++) {
        chosen.add(first.plusDays(draw.between(0L, length - 1)));
      }
      chosen.forEach(day -> days.add(PartialDate.of(day)));
    }
  }

  private void drawInstitutions() {
    InstitutionGenerators.Registry registry = new InstitutionGenerators.Registry(identifiers);
    int count = draw.between(0, 15);
    for (int i = 0; i < count; i++) {
      LocalId id = LocalId.of("inst-" + i);
      institutions.add(registry.institution(draw, id, List.copyOf(institutionIds)));
      institutionIds.add(id);
    }
  }

  private void drawSpeakers() {
    Set<String> names = new HashSet<>();
    int count = draw.between(0, 20);
    for (int i = 0; i < count; i++) {
      LocalId id = LocalId.of("person-" + i);
      speakers.add(PeopleGenerators.speaker(draw, id, institutionIds, names, identifiers));
      speakerIds.add(id);
    }
  }

  private void drawPlaces() {
    for (Place place : draw.listOf(0, 2, () -> EventGenerators.place(draw, institutionIds, Optional.empty(), false))) {
      if (!places.contains(place)) {
        places.add(place);
      }
    }
    if (!places.isEmpty() && draw.chance(30)) {
      int main = draw.between(0, places.size() - 1);
      places.set(main, Place.builder().from(places.get(main)).isMainVenue(true).build());
    }
  }

  /** Draws rooms with unique names and the cells of the timetable, when the dates allow scheduling. */
  private void drawTimetable() {
    if (!complete) {
      return;
    }
    int roomCount = draw.between(1, 5);
    for (int i = 1; i <= roomCount; i++) {
      Bilingual room = draw.pick(Words.ROOMS);
      LocalizedText name = new Bilingual(room.en() + " " + i, room.zh() + i).in(draw);
      rooms.add(EventGenerators.place(draw, institutionIds, Optional.of(name), false));
    }
    List<Cell> all = new ArrayList<>();
    for (PartialDate day : days) {
      if (draw.chance(70)) {
        // Slot i starts within 15 minutes of 08:00 + 2i hours and lasts at most 100 minutes, so it ends
        // before slot i + 1 can start; only the last slot of the day may leave its end open.
        for (int i = 0; i < 6; i++) {
          LocalTime start = LocalTime.of(8 + 2 * i, 0).plusMinutes(draw.chance(20) ? draw.between(1, 15) : 0);
          TimeSlot slot = i == 5 && draw.chance(50) ? TimeSlot.startingAt(start)
              : TimeSlot.between(start, start.plusMinutes(draw.between(30, 99))
                  .plusSeconds(draw.chance(10) ? draw.between(1, 59) : 0));
          if (zone.isPresent()) {
            slot = withStatedOffsets(slot, day.toLocalDate().orElseThrow());
          }
          // A day on which the zone changes its clocks during the programme (a few did, long ago) has
          // slots that do not exist or that overlap on the real timeline: they are left out.
          if (fits(slot, day)) {
            all.add(new Cell(day, slot));
          }
        }
      } else {
        for (PartOfDay part : PartOfDay.values()) {
          all.add(new Cell(day, TimeSlot.during(part)));
        }
      }
    }
    // Fewer cells in use than sessions makes parallel sessions common.
    cells.addAll(draw.sample(all, 1, Math.max(1, draw.between(1, all.size()))));
  }

  private void drawSessions() {
    int sessionCount = draw.between(0, maxSessions);
    Map<Integer, Set<LocalId>> peopleInCell = new HashMap<>();
    Map<Integer, Set<Place>> placesInCell = new HashMap<>();
    Set<LocalId> involved = new HashSet<>();
    Set<LocalId> exclusive = new HashSet<>();
    for (int i = 0; i < sessionCount; i++) {
      LocalId id = LocalId.of("session-" + i);
      SessionKind kind = draw.pick(SessionKind.class);
      boolean scheduled = !cells.isEmpty() && draw.chance(80);
      int cell = scheduled ? draw.between(0, cells.size() - 1) : -1;
      Optional<PartialDate> date;
      Optional<TimeSlot> time;
      if (scheduled) {
        date = Optional.of(cells.get(cell).date());
        time = Optional.of(cells.get(cell).slot());
      } else if (complete) {
        int form = draw.between(0, 2);
        date = form == 1 ? Optional.of(draw.pick(days)) : Optional.empty();
        time = form == 2 ? Optional.of(draw.from(TimeGenerators.timeSlots())) : Optional.empty();
      } else {
        date = draw.chance(50) ? Optional.of(dates.start()) : Optional.empty();
        time = draw.maybe(30, () -> draw.from(TimeGenerators.timeSlots()));
      }
      if (date.isPresent() && time.isPresent() && !fits(time.get(), date.get())) {
        time = Optional.empty();
      }

      Optional<AttendanceMode> sessionMode;
      if (singleMode().isPresent()) {
        sessionMode = draw.chance(30) ? singleMode() : Optional.empty();
      } else {
        sessionMode = draw.maybe(40, () -> draw.pick(AttendanceMode.class));
      }
      AttendanceMode effectiveMode = sessionMode.or(this::singleMode).or(() -> mode).orElse(null);
      // A session moved online states no mode but online.
      Optional<EventStatus> sessionStatus = draw.maybe(30, () -> draw.pick(EventStatus.class))
          .filter(s -> s != EventStatus.MOVED_ONLINE || sessionMode.isEmpty()
              || sessionMode.get() == AttendanceMode.ONLINE);

      Session.Builder session = Session.builder().id(id).kind(kind).date(date).time(time).mode(sessionMode)
          .kindLabel(kind == SessionKind.OTHER ? draw.maybe(60, () -> draw.from(TextGenerators.localizedTexts()))
              : Optional.empty())
          .status(sessionStatus)
          .title(draw.maybe(60, () -> EventGenerators.sessionTitle(draw)))
          .addAllTopics(EventGenerators.topics(draw, 3))
          .description(draw.maybe(20, () -> draw.from(TextGenerators.localizedTexts())))
          .addAllPartialLists(draw.partialLists("topics", "places", "participants"));
      EventGenerators.medicalParts(draw, session, kind, speakerIds, institutionIds);
      session.recurrence(EventGenerators.recurrence(draw, date, time));

      if (scheduled && effectiveMode != AttendanceMode.ONLINE) {
        Set<Place> taken = placesInCell.computeIfAbsent(cell, c -> new HashSet<>());
        List<Place> free = new ArrayList<>(rooms);
        free.removeAll(taken);
        List<Place> chosen = draw.sample(free, 0, 2);
        taken.addAll(chosen);
        session.addAllPlaces(chosen);
      }

      if (draw.chance(20)) {
        List<EarlierSessionPlan> plans = draw.listOf(1, 2, () -> EventGenerators.earlierSessionPlan(draw,
            institutionIds, () -> complete ? draw.pick(days) : draw.from(TimeGenerators.partialDates()),
            () -> draw.from(TimeGenerators.timeSlots())));
        Session drawn = session.build();
        session.addAllPlannedBefore(changesOnly(plans,
            new PlannedSession(drawn.date(), drawn.time(), drawn.mode(), drawn.places()),
            plan -> new PlannedSession(plan.date(), plan.time(), plan.mode(), plan.places()),
            plan -> plan.description().isPresent()));
      }

      if (draw.chance(25)) {
        List<LocalId> parents = new ArrayList<>();
        for (Facts earlier : facts) {
          if (earlier.session().date().equals(date)) {
            parents.add(earlier.session().id());
          }
        }
        if (!parents.isEmpty()) {
          session.partOf(draw.pick(parents));
        }
      }

      List<LocalId> candidates = new ArrayList<>();
      for (LocalId person : speakerIds) {
        boolean free = scheduled
            ? !exclusive.contains(person) && !peopleInCell.getOrDefault(cell, Set.of()).contains(person)
            : !involved.contains(person);
        if (free) {
          candidates.add(person);
        }
      }
      List<LocalId> people = draw.sample(candidates, 0, 5);
      involved.addAll(people);
      if (scheduled) {
        peopleInCell.computeIfAbsent(cell, c -> new HashSet<>()).addAll(people);
      } else {
        exclusive.addAll(people);
      }

      long presentations = 0;
      long participants = people.size();
      for (LocalId person : people) {
        ParticipantRole role = draw.pick(ParticipantRole.class);
        session.addParticipants(participation(person, null, role, effectiveMode, true));
        presentations += speaking(role) ? 1 : 0;
        if (draw.chance(8)) {
          ParticipantRole other = ParticipantRole.values()[(role.ordinal() + draw.between(1, 3))
              % ParticipantRole.values().length];
          session.addParticipants(participation(person, null, other, effectiveMode, true));
          presentations += speaking(other) ? 1 : 0;
        }
      }
      for (UnnamedGroup group : draw.listOf(0, draw.chance(70) ? 0 : 2,
          () -> EventGenerators.group(draw, institutionIds, false))) {
        ParticipantRole role = draw.pick(ParticipantRole.class);
        session.addParticipants(participation(null, group, role, effectiveMode, true));
        participantGroups.add(group);
        presentations += speaking(role) ? atLeast(group.count()) : 0;
        participants += atLeast(group.count());
      }

      // Abstracts listed: the session's own and those its participants presented.
      Session sofar = session.build();
      long abstracts = sofar.abstracts().size()
          + sofar.participants().stream().filter(p -> p.presentedAbstract().isPresent()).count();
      Map<Measure, Long> stated = new EnumMap<>(Measure.class);
      List<Measure> measures = new ArrayList<>(draw.sample(SESSION_MEASURES, 0, draw.chance(70) ? 0 : 2));
      measures.sort((a, b) -> SESSION_MEASURES.indexOf(a) - SESSION_MEASURES.indexOf(b));
      for (Measure measure : measures) {
        long listed = measure == Measure.PARTICIPANTS
            ? Math.max(participants, stated.getOrDefault(Measure.EXPERTS, 0L))
            : measure == Measure.PRESENTATIONS ? presentations : measure == Measure.ABSTRACTS ? abstracts : 0;
        Count stating = count(listed, UNBOUNDED);
        stated.put(measure, atLeast(stating));
        session.addStatistics(Statistic.builder().measure(measure).count(stating)
            .addAllTopics(EventGenerators.topics(draw, 1))
            .description(draw.maybe(20, () -> draw.pick(Words.GROUP_DESCRIPTIONS).in(draw)))
            .build());
      }
      facts.add(new Facts(session.build(), effectiveMode, presentations, participants, Set.copyOf(people), stated));
    }
  }

  /** Tells whether a slot can be held on a day in the symposium's zone; always, without a zone or a day. */
  private boolean fits(TimeSlot slot, PartialDate day) {
    return zone.isEmpty() || day.toLocalDate().isEmpty()
        || JavaTimeOracle.fits(slot, day.toLocalDate().get(), zone.get());
  }

  /** Returns the slot with, now and then, the offsets in force at its times stated, as a record may. */
  private TimeSlot withStatedOffsets(TimeSlot slot, LocalDate day) {
    List<ZoneOffset> startOffsets = zone.get().getRules().getValidOffsets(day.atTime(slot.start().orElseThrow()));
    TimeSlot stated = slot;
    if (!startOffsets.isEmpty() && draw.chance(20)) {
      stated = stated.withStartOffset(draw.pick(startOffsets));
    }
    if (slot.end().isPresent()) {
      List<ZoneOffset> endOffsets = zone.get().getRules().getValidOffsets(day.atTime(slot.end().get()));
      if (!endOffsets.isEmpty() && draw.chance(20)) {
        stated = stated.withEndOffset(draw.pick(endOffsets));
      }
    }
    return stated;
  }

  /**
   * Returns the one mode every session must have, if any: the symposium's when in person or online, and
   * online for a symposium moved online.
   */
  private Optional<AttendanceMode> singleMode() {
    if (mode.equals(Optional.of(AttendanceMode.IN_PERSON)) || mode.equals(Optional.of(AttendanceMode.ONLINE))) {
      return mode;
    }
    return status.equals(Optional.of(EventStatus.MOVED_ONLINE)) ? Optional.of(AttendanceMode.ONLINE) : Optional.empty();
  }

  /**
   * Draws, now and then, parts that speakers of the symposium played in no stated session ("X highlighted
   * the conference's role in..."), with a delivery that fits the symposium's mode.
   */
  private List<Participation> wholeSymposiumParticipants() {
    if (speakerIds.isEmpty() || draw.chance(60)) {
      return List.of();
    }
    List<Participation> parts = new ArrayList<>();
    for (LocalId person : draw.sample(speakerIds, 1, Math.min(3, speakerIds.size()))) {
      ParticipantRole role = draw.pick(List.of(ParticipantRole.SPEAKER, ParticipantRole.ATTENDEE,
          ParticipantRole.KEYNOTE_SPEAKER));
      parts.add(participation(person, null, role, mode.orElse(null), false));
    }
    return parts;
  }

  private static boolean speaking(ParticipantRole role) {
    return role == ParticipantRole.SPEAKER || role == ParticipantRole.KEYNOTE_SPEAKER;
  }

  /**
   * Makes a participation whose delivery fits the mode; in a session, a speaker now and then presents an
   * abstract, and a participant has published materials.
   */
  private Participation participation(LocalId person, UnnamedGroup group, ParticipantRole role,
      AttendanceMode sessionMode, boolean inSession) {
    Optional<Delivery> delivery = Optional.empty();
    if (draw.chance(40)) {
      if (sessionMode == AttendanceMode.ONLINE) {
        delivery = Optional.of(draw.chance(50) ? Delivery.VIDEO_MESSAGE : Delivery.LIVE_REMOTE);
      } else if (sessionMode == AttendanceMode.IN_PERSON) {
        delivery = Optional.of(draw.chance(50) ? Delivery.IN_PERSON : Delivery.VIDEO_MESSAGE);
      } else {
        delivery = Optional.of(draw.pick(Delivery.class));
      }
    }
    boolean remote = delivery.isPresent() && delivery.get() != Delivery.IN_PERSON;
    return Participation.builder().person(Optional.ofNullable(person)).group(Optional.ofNullable(group))
        .role(role).delivery(delivery)
        .joinedFrom(remote && draw.chance(40)
            ? Optional.of(EventGenerators.place(draw, institutionIds, Optional.empty(), false)) : Optional.empty())
        .roleLabel(role == ParticipantRole.OTHER ? draw.maybe(60, () -> draw.from(TextGenerators.localizedTexts()))
            : Optional.empty())
        .contribution(draw.maybe(30, () -> draw.pick(Words.CONTRIBUTIONS).in(draw)))
        .presentedAbstract(inSession && speaking(role)
            ? draw.maybe(25, () -> PresentationGenerators.abstractOf(draw, speakerIds)) : Optional.empty())
        .addAllMaterials(inSession
            ? draw.listOf(0, draw.chance(85) ? 0 : 2, () -> PresentationGenerators.material(draw)) : List.of())
        .build();
  }

  private void drawAgreements() {
    if (institutionIds.size() < 2) {
      return;
    }
    int count = draw.between(0, 4);
    for (int i = 0; i < count; i++) {
      Optional<Session> signedAt = facts.isEmpty() || !draw.chance(40)
          ? Optional.empty() : Optional.of(draw.pick(facts).session());
      Optional<PartialDate> signedOn;
      if (signedAt.isPresent() && signedAt.get().date().isPresent()) {
        signedOn = draw.chance(60) ? signedAt.get().date() : Optional.empty();
      } else if (complete) {
        signedOn = draw.maybe(60, () -> draw.pick(days));
      } else {
        signedOn = draw.chance(30) ? Optional.of(dates.start()) : Optional.empty();
      }
      // Signatories hold a position at their party on the day of signing (or a current one when undated).
      CooperationAgreement.Builder agreement = AgreementGenerators.agreement(draw, LocalId.of("agreement-" + i),
          draw.sample(institutionIds, 2, 4), party -> AgreementGenerators.staff(speakers, party, signedOn), signedOn);
      agreement.signedAt(signedAt.map(Session::id));
      if (signedAt.isEmpty() && draw.chance(30)) {
        agreement.place(EventGenerators.place(draw, institutionIds, Optional.empty(), false));
      }
      agreements.add(agreement.build());
    }
  }

  private void drawAwards() {
    List<LocalId> sessionIds = facts.stream().map(f -> f.session().id()).toList();
    for (Bilingual name : draw.sample(Words.AWARD_NAMES, 0, draw.chance(60) ? 0 : 3)) {
      Bilingual full = year.isPresent() && draw.chance(40)
          ? new Bilingual(year.getAsInt() + " " + name.en(), year.getAsInt() + "年" + name.zh()) : name;
      awards.add(EventGenerators.award(draw, full.in(draw), speakerIds, sessionIds));
    }
  }

  private void drawRoles() {
    Set<InstitutionRole> played = EnumSet.noneOf(InstitutionRole.class);
    for (LocalId institution : institutionIds) {
      if (!draw.chance(40)) {
        continue;
      }
      Set<InstitutionRole> mine = EnumSet.noneOf(InstitutionRole.class);
      for (int n = draw.chance(85) ? 1 : 2; n > 0; n--) {
        List<InstitutionRole> allowed = allowedRoles(played);
        allowed.removeAll(mine);
        InstitutionRole role = draw.pick(allowed);
        mine.add(role);
        played.add(role);
        roles.add(InstitutionParticipation.builder().institution(institution).role(role)
            .roleLabel(role == InstitutionRole.OTHER ? draw.maybe(60, () -> draw.from(TextGenerators.localizedTexts()))
                : Optional.empty())
            .build());
      }
    }
    for (int n = draw.chance(80) ? 0 : draw.between(1, 2); n > 0; n--) {
      List<InstitutionRole> allowed = allowedRoles(played);
      allowed.retainAll(List.of(InstitutionRole.ORGANISER, InstitutionRole.CO_SPONSOR, InstitutionRole.SUPPORTER,
          InstitutionRole.PARTICIPANT));
      InstitutionRole role = draw.pick(allowed);
      played.add(role);
      UnnamedGroup group = EventGenerators.group(draw, institutionIds, true);
      institutionGroups.add(group);
      roles.add(InstitutionParticipation.builder().group(group).role(role).build());
    }
  }

  /** Returns the roles that do not contradict those already played: one host alone, or co-hosts. */
  private static List<InstitutionRole> allowedRoles(Set<InstitutionRole> played) {
    List<InstitutionRole> allowed = new ArrayList<>(List.of(InstitutionRole.values()));
    if (played.contains(InstitutionRole.HOST) || played.contains(InstitutionRole.CO_HOST)) {
      allowed.remove(InstitutionRole.HOST);
    }
    if (played.contains(InstitutionRole.HOST)) {
      allowed.remove(InstitutionRole.CO_HOST);
    }
    if (played.contains(InstitutionRole.SPONSOR) || played.contains(InstitutionRole.CO_SPONSOR)) {
      allowed.remove(InstitutionRole.SPONSOR);
    }
    if (played.contains(InstitutionRole.SPONSOR)) {
      allowed.remove(InstitutionRole.CO_SPONSOR);
    }
    return allowed;
  }

  private void drawSeries() {
    if (!draw.chance(45)) {
      return;
    }
    Bilingual name = draw.pick(Words.EVENT_NAMES);
    Optional<SeriesFrequency> frequency = draw.maybe(70, () -> draw.pick(SeriesFrequency.class));
    OptionalInt number = draw.chance(70) ? OptionalInt.of(draw.between(1, 40)) : OptionalInt.empty();
    Optional<Year> firstYear = Optional.empty();
    if (year.isPresent()) {
      int y = year.getAsInt();
      int step = frequency.equals(Optional.of(SeriesFrequency.BIENNIAL)) ? 2 : 1;
      boolean regular = frequency.isPresent() && frequency.get() != SeriesFrequency.IRREGULAR;
      if (number.isPresent() && regular) {
        int e = Math.min(number.getAsInt(), (y - 1) / step + 1);
        number = OptionalInt.of(e);
        if (draw.chance(70)) {
          firstYear = Optional.of(Year.of(y - step * (e - 1)));
        }
      } else if (draw.chance(60)) {
        // The first edition is held in the series' first year, whatever the frequency.
        firstYear = Optional.of(Year.of(number.equals(OptionalInt.of(1)) ? y : draw.between(Math.max(1, y - 60), y)));
      }
    } else if (dates.end().year().isEmpty() && draw.chance(40)) {
      // Only when no year is stated at all: a year-less start may still end in a stated (possibly early) year.
      firstYear = Optional.of(Year.of(draw.between(1950, 2020)));
    }
    long least = number.isPresent() ? number.getAsInt() : 1;
    series = Optional.of(Series.builder().name(name.in(draw))
        .id(draw.maybe(50, () -> LocalId.of(Words.initials(name.en()).toLowerCase(Locale.ROOT) + "-series")))
        .shortName(draw.maybe(50, () -> Words.initials(name.en())))
        .firstYear(firstYear)
        .frequency(frequency)
        .editionsHeld(draw.maybe(40, () -> count(least, UNBOUNDED)))
        .usualPlace(draw.maybe(30, () -> EventGenerators.place(draw, institutionIds, Optional.empty(), false)))
        .build());
    edition = number;
  }

  private void drawRelatedEvents() {
    if (draw.chance(30)) {
      related.add(RelatedEvent.builder().relation(EventRelation.PART_OF)
          .title(draw.pick(Words.EVENT_NAMES).in(draw))
          .dates(draw.chance(50) ? Optional.of(dates) : Optional.empty())
          .addAllPlaces(draw.listOf(0, draw.chance(80) ? 0 : 1,
              () -> EventGenerators.place(draw, institutionIds, Optional.empty(), false)))
          .build());
    }
    if (draw.chance(20)) {
      related.add(RelatedEvent.builder().relation(EventRelation.COMPONENT)
          .title(EventGenerators.sessionTitle(draw))
          .dates(draw.chance(40) ? Optional.of(dates) : Optional.empty())
          .build());
    }
    if (series.isEmpty()) {
      return;
    }
    SeriesFrequency frequency = series.get().frequency().orElse(SeriesFrequency.ANNUAL);
    int step = frequency == SeriesFrequency.BIENNIAL ? 2
        : frequency == SeriesFrequency.IRREGULAR ? draw.between(1, 3) : 1;
    OptionalInt endYear = dates.end().year().isPresent() ? dates.end().year() : year;
    if (draw.chance(40)) {
      Optional<Integer> next = endYear.isPresent() && endYear.getAsInt() + step <= 9999
          ? Optional.of(endYear.getAsInt() + step) : Optional.empty();
      related.add(edition(EventRelation.NEXT_EDITION, next));
    }
    if (draw.chance(30)) {
      Optional<Integer> previous = year.isPresent() && year.getAsInt() - step >= 1
          ? Optional.of(year.getAsInt() - step) : Optional.empty();
      related.add(edition(EventRelation.PREVIOUS_EDITION, previous));
    }
  }

  private RelatedEvent edition(EventRelation relation, Optional<Integer> inYear) {
    RelatedEvent.Builder edition = RelatedEvent.builder().relation(relation);
    boolean known = false;
    if (inYear.isPresent() && draw.chance(70)) {
      int y = inYear.get();
      edition.dates(draw.chance(50) ? DateSpan.on(PartialDate.ofYear(y))
          : DateSpan.on(PartialDate.of(y, draw.between(1, 12), draw.between(1, 28))));
      known = true;
    }
    if (draw.chance(50)) {
      edition.addPlaces(EventGenerators.place(draw, institutionIds, Optional.empty(), false));
      known = true;
    }
    if (!known || draw.chance(30)) {
      edition.title(series.orElseThrow().name());
    }
    return edition.build();
  }

  private void drawSources() {
    PartialDate end = dates.end();
    for (int n = draw.between(0, 3); n > 0; n--) {
      Optional<PartialDate> published = Optional.empty();
      if (end.isComplete() && draw.chance(70)) {
        LocalDate day = end.toLocalDate().orElseThrow().plusDays(draw.between(0, 60));
        if (!day.isAfter(LAST_DAY)) {
          published = Optional.of(draw.chance(70) ? PartialDate.of(day)
              : PartialDate.ofYearMonth(day.getYear(), day.getMonthValue()));
        }
      } else if (end.year().isPresent() && draw.chance(50)) {
        published = Optional.of(PartialDate.ofYear(end.year().getAsInt()));
      }
      Source source = EventGenerators.source(draw, published);
      if (!sources.contains(source)) {
        sources.add(source);
      }
    }
  }

  private void drawStatistics() {
    if (draw.chance(40)) {
      return;
    }
    List<LocalId> identified = new ArrayList<>();
    Map<Measure, Count> totals = new EnumMap<>(Measure.class);
    for (Measure measure : SYMPOSIUM_MEASURES) {
      if (!draw.chance(35)) {
        continue;
      }
      long upper = UNBOUNDED;
      if (draw.chance(70)) {
        Count total = count(listedTotal(measure, totals), UNBOUNDED);
        totals.put(measure, total);
        // Some totals have an identifier, which shares of them and figures of the same group name.
        Optional<LocalId> id = draw.maybe(40, () -> LocalId.of("total-" + measure.name().toLowerCase(Locale.ROOT)));
        Statistic.Builder stated = Statistic.builder().id(id).measure(measure).count(total)
            .addAllTopics(EventGenerators.topics(draw, 2));
        if (id.isEmpty() && !identified.isEmpty() && draw.chance(50)) {
          stated.sameGroupAs(draw.pick(identified));
        }
        statistics.add(stated.build());
        if (total.isExact() || total.precision() == CountPrecision.ABOUT) {
          upper = total.value().orElseThrow();
        }
        if (id.isPresent()) {
          identified.add(id.get());
          if (draw.chance(50)) {
            Share share = draw.from(QuantityGenerators.shares());
            // The count is unknown, approximate, or the share of an exact total: what the share says it is.
            Count part = total.isExact() && draw.chance(60) ? Count.exactly(shareOf(share, total.value().getAsLong()))
                : draw.chance(50) ? Count.unknown() : Count.about(draw.between(0L, 40L));
            statistics.add(Statistic.builder().measure(measure).count(part)
                .share(share).shareOf(id.get())
                .description(draw.maybe(50, () -> draw.pick(Words.GROUP_DESCRIPTIONS).in(draw)))
                .build());
          }
        }
      }
      for (Narrowing narrowing : NARROWINGS.get(measure)) {
        if (draw.chance(30)) {
          statistics.add(narrowed(measure, narrowing, upper));
        }
      }
    }
  }

  private Statistic narrowed(Measure measure, Narrowing narrowing, long upper) {
    Statistic.Builder statistic = Statistic.builder().measure(measure);
    long listed;
    switch (narrowing) {
      case SESSION_KIND: {
        SessionKind kind = !facts.isEmpty() && draw.chance(70)
            ? draw.pick(facts).session().kind() : draw.pick(SessionKind.class);
        statistic.sessionKind(kind);
        listed = listedInSessions(measure, f -> f.session().kind() == kind);
        break;
      }
      case MODE: {
        AttendanceMode narrow = singleMode().orElseGet(() -> draw.pick(AttendanceMode.class));
        statistic.mode(narrow);
        listed = listedInSessions(measure, f -> f.mode() == narrow);
        break;
      }
      case COUNTRIES: {
        List<CountryCode> known = new ArrayList<>(new LinkedHashSet<>(
            institutions.stream().flatMap(i -> i.country().stream()).toList()));
        List<CountryCode> countries = !known.isEmpty() && draw.chance(70) ? draw.sample(known, 1, 3)
            : draw.distinct(1, 3, () -> draw.from(PlaceGenerators.countryCodes()));
        statistic.addAllCountries(countries);
        statedCountries.addAll(countries);
        listed = listedFrom(measure, i -> i.country().isPresent() && countries.contains(i.country().get()),
            g -> false);
        break;
      }
      default: {
        List<InstitutionKind> kinds = draw.sample(List.of(InstitutionKind.values()), 1, 2);
        statistic.addAllInstitutionKinds(kinds);
        listed = listedFrom(measure, i -> kinds.contains(i.kind()),
            g -> g.kind().isPresent() && kinds.contains(g.kind().get()));
        break;
      }
    }
    return statistic.count(count(listed, upper))
        .description(draw.maybe(20, () -> draw.pick(Words.GROUP_DESCRIPTIONS).in(draw)))
        .addAllPartialLists(draw.partialLists("countries", "institutionKinds", "topics"))
        .build();
  }

  /** Returns the least count of a measure over the whole symposium that agrees with the model. */
  private long listedTotal(Measure measure, Map<Measure, Count> totals) {
    switch (measure) {
      case SESSIONS:
      case PRESENTATIONS:
      case PROJECTS:
      case ABSTRACTS:
      case VISITORS:
        return listedInSessions(measure, f -> true);
      case SPEAKERS:
      case EXPERTS:
      case PARTICIPANTS: {
        long least = everyone();
        for (Facts session : facts) {
          least = Math.max(least, session.stated(measure));
        }
        if (measure == Measure.PARTICIPANTS) {
          least = Math.max(least, atLeast(totals.get(Measure.SPEAKERS)));
          least = Math.max(least, atLeast(totals.get(Measure.EXPERTS)));
        }
        return least;
      }
      case INSTITUTIONS:
        return listedFrom(measure, i -> true, g -> true);
      default:
        return allCountries(i -> true).size();
    }
  }

  /** Returns the least count of a measure over the sessions that {@code which} accepts. */
  private long listedInSessions(Measure measure, Predicate<Facts> which) {
    long sum = 0;
    long max = 0;
    Set<LocalId> people = new HashSet<>();
    long groupMembers = 0;
    for (Facts session : facts) {
      if (!which.test(session)) {
        continue;
      }
      switch (measure) {
        case SESSIONS:
          sum += 1;
          break;
        case PRESENTATIONS:
          sum += Math.max(session.presentations(), session.stated(measure));
          break;
        case PROJECTS:
        case ABSTRACTS:
          sum += session.stated(measure);
          break;
        case PARTICIPANTS:
          people.addAll(session.people());
          groupMembers += session.participants() - session.people().size();
          max = Math.max(max, session.stated(measure));
          break;
        default:
          max = Math.max(max, session.stated(measure));
          break;
      }
    }
    return Math.max(Math.max(sum, max), people.size() + groupMembers);
  }

  /**
   * Returns the least count of a measure over the institutions {@code institution} accepts and the
   * unnamed groups {@code group} accepts: the institutions themselves, or the people with a position at
   * one of them and the members of groups from one of them.
   */
  private long listedFrom(Measure measure, Predicate<Institution> institution, Predicate<UnnamedGroup> group) {
    if (measure == Measure.INSTITUTIONS) {
      long count = institutions.stream().filter(institution).count();
      for (UnnamedGroup roleGroup : institutionGroups) {
        count += group.test(roleGroup) ? atLeast(roleGroup.count()) : 0;
      }
      return count;
    }
    if (measure == Measure.COUNTRIES) {
      return allCountries(institution).size();
    }
    if (measure == Measure.SPEAKERS || measure == Measure.EXPERTS || measure == Measure.PARTICIPANTS) {
      Set<LocalId> matching = new HashSet<>();
      for (Institution each : institutions) {
        if (institution.test(each)) {
          matching.add(each.id());
        }
      }
      long count = 0;
      for (Speaker speaker : speakers) {
        if (speaker.positions().stream().map(Position::institution)
            .anyMatch(i -> i.isPresent() && matching.contains(i.get()))) {
          count++;
        }
      }
      for (UnnamedGroup participantGroup : participantGroups) {
        if (group.test(participantGroup) || participantGroup.institutions().stream().anyMatch(matching::contains)) {
          count += atLeast(participantGroup.count());
        }
      }
      return count;
    }
    return 0;
  }

  /** Returns the countries of the institutions {@code which} accepts; for all of them, of every place too. */
  private Set<CountryCode> allCountries(Predicate<Institution> which) {
    Set<CountryCode> countries = new HashSet<>();
    institutions.stream().filter(which).forEach(i -> i.country().ifPresent(countries::add));
    if (institutions.stream().allMatch(which)) {
      List<Place> all = new ArrayList<>(places);
      facts.forEach(f -> all.addAll(f.session().places()));
      agreements.forEach(a -> a.place().ifPresent(all::add));
      related.forEach(r -> all.addAll(r.places()));
      series.flatMap(Series::usualPlace).ifPresent(all::add);
      all.forEach(p -> p.country().ifPresent(countries::add));
      countries.addAll(statedCountries);
    }
    return countries;
  }

  /** Returns every named person plus the members of every unnamed group of participants. */
  private long everyone() {
    long count = speakers.size();
    for (UnnamedGroup group : participantGroups) {
      count += atLeast(group.count());
    }
    return count;
  }

  /**
   * Returns the least number a count may stand for, reading "about N" as N so that a total stated as
   * about N is still at least the parts: 0 for unknown or absent counts.
   */
  private static long atLeast(Count count) {
    if (count == null) {
      return 0;
    }
    switch (count.precision()) {
      case UNKNOWN:
        return 0;
      case MORE_THAN:
      case SEVERAL:
        return count.lowerBound().orElseThrow();
      default:
        return count.value().orElseThrow();
    }
  }

  /**
   * Returns a count of any precision that is not certainly below {@code least} (its value, or its
   * lower bound, is at least {@code least}) and not certainly above {@code most}.
   */
  private Count count(long least, long most) {
    long value = Math.min(least + draw.between(0L, draw.chance(80) ? 5L : 40L), most);
    switch (draw.between(0, 5)) {
      case 0:
        return Count.exactly(value);
      case 1:
        return Count.atLeast(value);
      case 2:
        return value >= 1 ? Count.moreThan(value - 1) : Count.exactly(value);
      case 3:
        return Count.about(value);
      case 4:
        // "Several" is at least two, so it fits only where two does.
        return most >= 2 ? Count.several() : Count.unknown();
      default:
        return Count.unknown();
    }
  }

  /** The share of a whole, rounded down: within what SYM-STATS-SHARE allows for any precision of the share. */
  private static long shareOf(Share share, long whole) {
    java.math.BigDecimal of = java.math.BigDecimal.valueOf(whole);
    java.math.BigDecimal part = share.percent().isPresent()
        ? share.percent().get().multiply(of).divide(java.math.BigDecimal.valueOf(100))
        : of.multiply(java.math.BigDecimal.valueOf(share.part().getAsLong()))
            .divide(java.math.BigDecimal.valueOf(share.whole().getAsLong()), 0, java.math.RoundingMode.FLOOR);
    return part.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
  }
}
