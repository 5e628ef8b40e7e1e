package dev.symposia.event;

import dev.symposia.Aggregate;
import dev.symposia.InvalidModelException;
import dev.symposia.accreditation.Accreditation;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.disclosure.Disclosure;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.internal.PartialLists;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.support.CommercialSupport;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.Occurrence;
import dev.symposia.time.Recurrence;
import dev.symposia.time.RecurrenceFrequency;
import dev.symposia.time.TimeSlot;
import dev.symposia.time.ZonedInterval;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A medical academic event: a symposium, conference, annual meeting, forum or ceremony, with its whole
 * programme.
 *
 * <pre>{@code
 * Symposium isctm = Symposium.builder().id("isctm-2022").title("International Symposium on Clinical and Translational Medicine")
 *     .dates(DateSpan.between(LocalDate.of(2022, 11, 22), LocalDate.of(2022, 11, 24))).build();
 * }</pre>
 *
 * <p>A symposium is the aggregate that holds everything else: the {@link #institutions()} and
 * {@link #speakers()} it names, once each, and the {@link #sessions()}, {@link #agreements()},
 * {@link #awards()} and roles that refer to them by {@link LocalId}. Building it checks, and refuses with
 * an {@link InvalidModelException} naming the path of the offence:
 * <ul>
 *   <li>required parts: an identifier, a title and dates;</li>
 *   <li>an edition below 1;</li>
 *   <li>a time zone that is a fixed offset rather than an IANA zone name;</li>
 *   <li>when the time zone is stated, a session clock time that does not exist in it on the session's day
 *       (clocks skip it) or a UTC offset that the zone does not have at that time (see {@link TimeSlot});</li>
 *   <li>an identifier used twice, by any two institutions, speakers, sessions or agreements;</li>
 *   <li>a reference to an institution, speaker or session that the symposium does not hold, wherever it
 *       stands (sessions, agreements, awards, and the participants of the symposium as a whole);</li>
 *   <li>a reference of the wrong kind, such as a signatory who is a session.</li>
 * </ul>
 * Rules that real programmes sometimes break (a session outside the symposium's dates, a speaker in two
 * places at once, a cycle of parent institutions) are not refused here; the validation module reports them.
 *
 * <p>Everyday questions are one call away: lookups by identifier ({@link #speaker(LocalId)},
 * {@link #institution(LocalId)}, {@link #session(LocalId)}, which use indexes built on first use), the
 * sessions and roles of a person ({@link #sessionsOf(LocalId)}, {@link #rolesOf(LocalId)}), institutions by
 * role or country ({@link #institutionsWithRole(InstitutionRole)}, {@link #institutionsIn(CountryCode)}),
 * the agreements of an institution ({@link #agreementsOf(LocalId)}), sessions by kind, status or day
 * ({@link #sessionsOfKind(SessionKind)}, {@link #sessionsWithStatus(EventStatus)},
 * {@link #sessionsOn(LocalDate)}), who spoke how ({@link #speakersBy(Delivery)}) and when a session really
 * took place ({@link #interval(Session)}).
 *
 * <p>What was planned and what happened are both kept: the dates, mode and places are what the event is,
 * its {@link #status()} says whether it was held, cancelled, postponed or moved, and
 * {@link #plannedBefore()} keeps what it was planned to be before each change.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Symposium implements Aggregate {
  // The JDK copies its zone list on every call; the set of region IDs does not change while running.
  private static final Set<String> IANA_ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

  // Values of derivations, as key and value in turn, copied on every addition: few derivations exist and
  // each is computed once per instance, so lookups need no lock. A cache, not an attribute: Immutables' warning
  // against fields in value types does not apply.
  @SuppressWarnings("immutables:incompat")
  private transient volatile Object[] derivedValues;

  Symposium() {}

  private static final List<String> PARTIAL_LISTS = List.of("topics", "places", "institutions", "institutionRoles", "speakers", "participants", "sessions", "agreements", "awards");

  /**
   * Returns a new builder.
   *
   * @return an empty builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier of the symposium.
   *
   * @return the identifier; never null
   */
  public abstract LocalId id();

  /**
   * Returns the symposium's full title.
   *
   * @return the title; never null
   */
  public abstract LocalizedText title();

  /**
   * Returns the short title or acronym, such as {@code ISCTM 2022}.
   *
   * @return the short title; empty when there is none
   */
  public abstract Optional<LocalizedText> shortTitle();

  /**
   * Returns the series the symposium belongs to.
   *
   * @return the series; empty for a one-off event
   */
  public abstract Optional<Series> series();

  /**
   * Returns the symposium's edition number within its series, such as 24 for the 24th annual meeting.
   *
   * @return the edition, at least 1; empty when not stated
   */
  public abstract OptionalInt edition();

  /**
   * Returns the theme or motto.
   *
   * @return the theme; empty when there is none
   */
  public abstract Optional<LocalizedText> theme();

  /**
   * Returns what the symposium is for, as its sources state it: its aims, such as "to promote exchange
   * between clinicians and researchers in translational medicine".
   *
   * @return the description; empty when the sources state none
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Returns the subjects the symposium covers.
   *
   * @return the topics, in the order given; never null, possibly empty
   */
  public abstract List<LocalizedText> topics();

  /**
   * Returns the symposium's dates: one day or a range, possibly without a year.
   *
   * @return the dates; never null
   */
  public abstract DateSpan dates();

  /**
   * Returns the time zone in which the symposium's dates and times are given.
   *
   * @return the IANA time zone, such as {@code Asia/Shanghai}; empty when not stated
   */
  public abstract Optional<ZoneId> timeZone();

  /**
   * Returns where the event stands: held, scheduled, postponed, and so on. The status says how to read the
   * dates, mode and places: for a cancelled or postponed symposium they are what it was last planned to be.
   *
   * @return the status; empty when not stated, which says nothing either way
   */
  public abstract Optional<EventStatus> status();

  /**
   * Returns how people attended the symposium as a whole.
   *
   * @return the mode; empty when not stated
   */
  public abstract Optional<AttendanceMode> mode();

  /**
   * Returns where the symposium was held; one of them may be marked as the main venue.
   *
   * @return the places; never null, possibly empty
   */
  public abstract List<Place> places();

  /**
   * Returns what the symposium was planned to be before it was rescheduled, postponed or moved, as the
   * sources stated it: the oldest plan first. Its own dates, mode and places stay what the event is.
   *
   * <pre>{@code
   * congress.plannedBefore(); // [2020-03-12/2020-03-14, Kyoto, JP, IN_PERSON, POSTPONED]
   * }</pre>
   *
   * @return the earlier plans, oldest first; never null, empty when the symposium did not change or the
   *     sources do not say how
   */
  public abstract List<EarlierPlan> plannedBefore();

  /**
   * Returns every institution the record names, whatever its role.
   *
   * @return the institutions, in the order given; never null, possibly empty
   */
  public abstract List<Institution> institutions();

  /**
   * Returns the roles institutions played: host, co-host, organiser, sponsor, participant.
   *
   * @return the roles, in the order given; never null, possibly empty
   */
  public abstract List<InstitutionParticipation> institutionRoles();

  /**
   * Returns every person the record names, whatever their role.
   *
   * @return the speakers, in the order given; never null, possibly empty
   */
  public abstract List<Speaker> speakers();

  /**
   * Returns the parts people and unnamed groups played in the symposium as a whole, when the sources name
   * no session for them: "X highlighted the conference's role in...", "experts from home and abroad
   * attended". No session is invented to hold them; a person's part in a known session belongs to that
   * session's {@link Session#participants()}.
   *
   * <pre>{@code
   * symposium.participants(); // [amina-odhiambo SPEAKER, 200 experts ATTENDEE]
   * }</pre>
   *
   * @return the participations, in the order given; never null, possibly empty
   */
  public abstract List<Participation> participants();

  /**
   * Returns the programme.
   *
   * @return the sessions, in the order given; never null, possibly empty
   */
  public abstract List<Session> sessions();

  /**
   * Returns the agreements signed at, or reported with, the symposium.
   *
   * @return the agreements, in the order given; never null, possibly empty
   */
  public abstract List<CooperationAgreement> agreements();

  /**
   * Returns the awards given at the symposium.
   *
   * @return the awards, in the order given; never null, possibly empty
   */
  public abstract List<Award> awards();

  /**
   * Returns figures the sources state about the symposium as a whole.
   *
   * @return the statistics; never null, possibly empty
   */
  public abstract List<Statistic> statistics();

  /**
   * Returns other events related to this one: the event it is part of, its components, the next edition.
   *
   * @return the related events; never null, possibly empty
   */
  public abstract List<RelatedEvent> relatedEvents();

  /**
   * Returns the symposium's accreditations for continuing medical education: by whom, under which scheme, for
   * how many credits of which kind. A session accredited apart from the symposium has its own
   * ({@link Session#accreditations()}).
   *
   * @return the accreditations; never null, empty when not stated
   */
  public abstract List<Accreditation> accreditations();

  /**
   * Returns the commercial support of the symposium as a whole: educational grants, in-kind support,
   * sponsorships and exhibitors, apart from the academic roles of {@link #institutionRoles()}. A company that
   * sponsors one session is recorded on that session ({@link Session#commercialSupport()}).
   *
   * @return the support; never null, empty when not stated
   */
  public abstract List<CommercialSupport> commercialSupport();

  /**
   * Returns the speakers' conflict-of-interest disclosures for this symposium, at most one for each speaker.
   *
   * @return the disclosures; never null, empty when not stated
   */
  public abstract List<Disclosure> disclosures();

  /**
   * Returns the accreditations that apply to a session: its own, and the symposium's unless the session is a
   * {@link SessionKind#SATELLITE_SYMPOSIUM satellite symposium}, which a company organises beside the
   * accredited programme.
   *
   * <pre>{@code
   * congress.accreditationsOf(workshop);   // the workshop's own, then the congress's
   * }</pre>
   *
   * @param session the session; not null. It need not be one of this symposium's
   * @return the session's accreditations, then the symposium's where they apply; never null, empty when the
   *     session is not accredited
   * @throws InvalidModelException if {@code session} is null
   */
  public List<Accreditation> accreditationsOf(Session session) {
    if (session == null) {
      throw new InvalidModelException("Symposium", "session", "is required");
    }
    if (session.kind() == SessionKind.SATELLITE_SYMPOSIUM || accreditations().isEmpty()) {
      return session.accreditations();
    }
    if (session.accreditations().isEmpty()) {
      return accreditations();
    }
    List<Accreditation> all = new ArrayList<>(session.accreditations());
    all.addAll(accreditations());
    return Collections.unmodifiableList(all);
  }

  /**
   * Returns the disclosure of a speaker for this symposium.
   *
   * @param speaker the speaker's identifier; may be null, which finds nothing
   * @return the disclosure; empty when the symposium records none for that speaker
   */
  public Optional<Disclosure> disclosure(LocalId speaker) {
    for (Disclosure disclosure : disclosures()) {
      if (disclosure.speaker().equals(speaker)) {
        return Optional.of(disclosure);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns where the record comes from.
   *
   * @return the sources; never null, possibly empty
   */
  public abstract List<Source> sources();

  /**
   * Returns the speaker with the given identifier.
   *
   * <pre>{@code
   * isctm.speaker(LocalId.of("wang-chen")).map(Speaker::displayName); // Optional[Wang Chen]
   * }</pre>
   *
   * @param id the identifier; may be null, which finds nothing
   * @return the speaker; empty when the symposium has none with that identifier
   */
  public Optional<Speaker> speaker(LocalId id) {
    return Optional.ofNullable(index().speakers.get(id));
  }

  /**
   * Returns the speaker with the given identifier, given as text.
   *
   * @param id the identifier's text; may be null, which finds nothing
   * @return the speaker; empty when the symposium has none with that identifier or the text is no identifier
   */
  public Optional<Speaker> speaker(String id) {
    return LocalId.isValid(id) ? speaker(LocalId.of(id)) : Optional.empty();
  }

  /**
   * Returns the institution with the given identifier.
   *
   * <pre>{@code
   * isctm.institution(LocalId.of("cae")).map(i -> i.name().text()); // Optional[Chinese Academy of Engineering]
   * }</pre>
   *
   * @param id the identifier; may be null, which finds nothing
   * @return the institution; empty when the symposium has none with that identifier
   */
  public Optional<Institution> institution(LocalId id) {
    return Optional.ofNullable(index().institutions.get(id));
  }

  /**
   * Returns the institution with the given identifier, given as text.
   *
   * @param id the identifier's text; may be null, which finds nothing
   * @return the institution; empty when the symposium has none with that identifier or the text is no
   *     identifier
   */
  public Optional<Institution> institution(String id) {
    return LocalId.isValid(id) ? institution(LocalId.of(id)) : Optional.empty();
  }

  /**
   * Returns the session with the given identifier.
   *
   * <pre>{@code
   * isctm.session(LocalId.of("opening")).map(Session::kind); // Optional[OPENING_CEREMONY]
   * }</pre>
   *
   * @param id the identifier; may be null, which finds nothing
   * @return the session; empty when the symposium has none with that identifier
   */
  public Optional<Session> session(LocalId id) {
    return Optional.ofNullable(index().sessions.get(id));
  }

  /**
   * Returns the session with the given identifier, given as text.
   *
   * @param id the identifier's text; may be null, which finds nothing
   * @return the session; empty when the symposium has none with that identifier or the text is no identifier
   */
  public Optional<Session> session(String id) {
    return LocalId.isValid(id) ? session(LocalId.of(id)) : Optional.empty();
  }

  /**
   * Returns the sessions a person takes part in, in programme order. A part in the symposium as a whole
   * ({@link #participants()}) is in no session and is not counted here; {@link #rolesOf(LocalId)} has it.
   *
   * <pre>{@code
   * isctm.sessionsOf(LocalId.of("wang-chen")); // [Session[opening: ...], Session[plenary: ...]]
   * }</pre>
   *
   * @param person the speaker's identifier; may be null, which finds nothing
   * @return the sessions, each once; never null, empty for an unknown person
   */
  public List<Session> sessionsOf(LocalId person) {
    List<Session> found = new ArrayList<>();
    for (Session session : sessions()) {
      for (Participation participation : session.participants()) {
        if (participation.person().isPresent() && participation.person().get().equals(person)) {
          found.add(session);
          break;
        }
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns every role a person plays across the symposium: in the symposium as a whole
   * ({@link #participants()}), in its sessions, as a signatory of its agreements, and as recipient or
   * presenter of its awards.
   *
   * <pre>{@code
   * isctm.rolesOf(LocalId.of("yang-shengli")); // [CHAIR]
   * }</pre>
   *
   * @param person the speaker's identifier; may be null, which finds nothing
   * @return the roles, each once, in the order first met; never null, empty for an unknown person
   */
  public Set<ParticipantRole> rolesOf(LocalId person) {
    if (person == null) {
      // The lists are the JDK's immutable ones, whose contains(null) throws.
      return Set.of();
    }
    Set<ParticipantRole> roles = new LinkedHashSet<>();
    for (Participation participation : participants()) {
      if (participation.person().isPresent() && participation.person().get().equals(person)) {
        roles.add(participation.role());
      }
    }
    for (Session session : sessions()) {
      for (Participation participation : session.participants()) {
        if (participation.person().isPresent() && participation.person().get().equals(person)) {
          roles.add(participation.role());
        }
      }
    }
    for (CooperationAgreement agreement : agreements()) {
      for (Signatory signatory : agreement.signatories()) {
        if (signatory.person().isPresent() && signatory.person().get().equals(person)) {
          roles.add(ParticipantRole.SIGNATORY);
        }
      }
    }
    for (Award award : awards()) {
      if (award.recipients().contains(person)) {
        roles.add(ParticipantRole.AWARDEE);
      }
      if (award.unveiledBy().contains(person)) {
        roles.add(ParticipantRole.UNVEILING_GUEST);
      }
    }
    return Collections.unmodifiableSet(roles);
  }

  /**
   * Returns the named institutions that play a role in the symposium.
   *
   * <pre>{@code
   * isctm.institutionsWithRole(InstitutionRole.CO_HOST); // [Institution[cae: ...], Institution[cams: ...]]
   * }</pre>
   *
   * @param role the role; may be null, which finds nothing
   * @return the institutions, each once, in the order of {@link #institutionRoles()}; never null
   */
  public List<Institution> institutionsWithRole(InstitutionRole role) {
    Set<Institution> found = new LinkedHashSet<>();
    for (InstitutionParticipation participation : institutionRoles()) {
      if (participation.role() == role && participation.institution().isPresent()) {
        institution(participation.institution().get()).ifPresent(found::add);
      }
    }
    return List.copyOf(found);
  }

  /**
   * Returns the institutions based in a country or region.
   *
   * <pre>{@code
   * cqmu.institutionsIn(CountryCode.of("AU")); // [Institution[monash: ...], Institution[sydney: ...]]
   * }</pre>
   *
   * @param country the country or region; may be null, which finds nothing
   * @return the institutions, in the order of {@link #institutions()}; never null
   */
  public List<Institution> institutionsIn(CountryCode country) {
    List<Institution> found = new ArrayList<>();
    for (Institution institution : institutions()) {
      if (institution.country().isPresent() && institution.country().get().equals(country)) {
        found.add(institution);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns the agreements an institution is a party to.
   *
   * <pre>{@code
   * scrtc.agreementsOf(LocalId.of("shanghaitech")).size(); // 6
   * }</pre>
   *
   * @param institution the institution's identifier; may be null, which finds nothing
   * @return the agreements, in the order of {@link #agreements()}; never null
   */
  public List<CooperationAgreement> agreementsOf(LocalId institution) {
    if (institution == null) {
      return List.of();
    }
    List<CooperationAgreement> found = new ArrayList<>();
    for (CooperationAgreement agreement : agreements()) {
      if (agreement.parties().contains(institution)) {
        found.add(agreement);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns the sessions of one kind.
   *
   * <pre>{@code
   * csco.sessionsOfKind(SessionKind.OPENING_CEREMONY); // [Session[opening: OPENING_CEREMONY 2021-09-25]]
   * }</pre>
   *
   * @param kind the kind; may be null, which finds nothing
   * @return the sessions, in programme order; never null
   */
  public List<Session> sessionsOfKind(SessionKind kind) {
    List<Session> found = new ArrayList<>();
    for (Session session : sessions()) {
      if (session.kind() == kind) {
        found.add(session);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns the sessions with a status, such as those cancelled. Sessions whose status is not stated have
   * none and are left out.
   *
   * <pre>{@code
   * congress.sessionsWithStatus(EventStatus.CANCELLED); // [Session[visit: OTHER 2020-09-03 CANCELLED]]
   * }</pre>
   *
   * @param status the status; may be null, which finds nothing
   * @return the sessions, in programme order; never null
   */
  public List<Session> sessionsWithStatus(EventStatus status) {
    List<Session> found = new ArrayList<>();
    for (Session session : sessions()) {
      if (status != null && session.status().orElse(null) == status) {
        found.add(session);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns the sessions held on a day. Sessions whose date is not stated, or stated only in part, are
   * not on any particular day and are left out.
   *
   * <pre>{@code
   * isctm.sessionsOn(LocalDate.of(2022, 11, 23)); // [Session[opening: ...]]
   * }</pre>
   *
   * @param date the day; may be null, which finds nothing
   * @return the sessions, in programme order; never null
   */
  public List<Session> sessionsOn(LocalDate date) {
    List<Session> found = new ArrayList<>();
    for (Session session : sessions()) {
      if (session.date().flatMap(PartialDate::toLocalDate).filter(d -> d.equals(date)).isPresent()) {
        found.add(session);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns when a session took place on the real timeline: its start and end as instants in the
   * symposium's time zone, and how long it lasted.
   *
   * <pre>{@code
   * // a symposium in Europe/London, a session on 2025-10-26 from 00:30 to 02:30, as clocks go back at 02:00
   * symposium.interval(night).map(ZonedInterval::duration);   // Optional[PT3H]
   * }</pre>
   *
   * <p>The session's clock times are resolved in the zone as {@link TimeSlot#interval(LocalDate, ZoneId)}
   * documents: a stated UTC offset decides between the two readings of a time that happens twice, else the
   * start takes the earlier offset and the end the start's; an end before the start is on the next day.
   * The session need not be one of this symposium's: only its date and time and this symposium's zone are
   * used.
   *
   * @param session the session; not null
   * @return the interval; empty when the symposium states no time zone, when the session's date is absent or
   *     not a complete day, or when its time is absent, a part of the day or a start without an end
   * @throws InvalidModelException if {@code session} is null, or, for a session not of this symposium, if
   *     its times do not exist in the zone on its day or state an offset the zone does not have then
   */
  public Optional<ZonedInterval> interval(Session session) {
    if (session == null) {
      throw new InvalidModelException("Symposium", "session", "is required");
    }
    Optional<ZoneId> zone = timeZone();
    Optional<TimeSlot> time = session.time();
    Optional<LocalDate> day = session.date().flatMap(PartialDate::toLocalDate);
    if (zone.isEmpty() || time.isEmpty() || day.isEmpty()) {
      return Optional.empty();
    }
    return time.get().interval(day.get(), zone.get());
  }

  /**
   * Returns the dates and times on which a session takes place, each placed on the real timeline when the
   * symposium states its time zone: every occurrence of a recurring session (with its moves, new times and
   * cancellations applied, as {@link Recurrence#occurrences(LocalDate, TimeSlot, ZoneId)} documents), or the
   * one occurrence of a session with a complete date.
   *
   * <pre>{@code
   * // a webinar on the first Tuesday of each month at 18:00 Europe/Berlin, twelve times from 2025-01-07
   * symposium.occurrences(webinar).get(3).interval().map(ZonedInterval::start);
   * // Optional[2025-04-01T18:00+02:00[Europe/Berlin]]: summer time, 16:00 UTC
   * }</pre>
   *
   * <p>An open-ended rule gives at most {@value Recurrence#MAX_OCCURRENCES} dates. The session need not be one
   * of this symposium's: only its date, time and rule and this symposium's zone are used.
   *
   * @param session the session; not null
   * @return the occurrences, in the rule's order; empty when the session's date is absent or not a complete
   *     day
   * @throws InvalidModelException if {@code session} is null, or, for a session not of this symposium, if its
   *     rule's changes name dates the rule does not give or its times do not exist in the zone
   */
  public List<Occurrence> occurrences(Session session) {
    if (session == null) {
      throw new InvalidModelException("Symposium", "session", "is required");
    }
    Optional<LocalDate> day = session.date().flatMap(PartialDate::toLocalDate);
    if (day.isEmpty()) {
      return List.of();
    }
    Recurrence rule = session.recurrence().orElse(ONCE);
    return rule.occurrences(day.get(), session.time().orElse(null), timeZone().orElse(null));
  }

  /**
   * Returns the people who delivered a contribution in a given way, such as by video message, in the
   * symposium as a whole ({@link #participants()}) or in its sessions.
   *
   * <pre>{@code
   * csco.speakersBy(Delivery.VIDEO_MESSAGE); // [Speaker[everett-vokes: ...], Speaker[solange-peters: ...], ...]
   * }</pre>
   *
   * @param delivery the way of delivery; may be null, which finds nothing
   * @return the speakers, each once: those of the symposium as a whole first, then in programme order;
   *     never null
   */
  public List<Speaker> speakersBy(Delivery delivery) {
    Set<Speaker> found = new LinkedHashSet<>();
    addSpeakersBy(delivery, participants(), found);
    for (Session session : sessions()) {
      addSpeakersBy(delivery, session.participants(), found);
    }
    return List.copyOf(found);
  }

  private void addSpeakersBy(Delivery delivery, List<Participation> participations, Set<Speaker> found) {
    for (Participation participation : participations) {
      if (participation.delivery().isPresent() && participation.delivery().get() == delivery
          && participation.person().isPresent()) {
        speaker(participation.person().get()).ifPresent(found::add);
      }
    }
  }

  /**
   * Returns the value a derivation computes from this symposium, computing it on the first call for this
   * instance and keeping it with the instance for later calls.
   *
   * <pre>{@code
   * static final Symposium.Derivation<Map<LocalId, Session>> SESSIONS_BY_ID =
   *     Symposium.Derivation.of(s -> s.sessions().stream().collect(toMap(Session::id, x -> x)));
   * symposium.derived(SESSIONS_BY_ID).get(LocalId.of("opening"));
   * }</pre>
   *
   * <p>This is how a module that needs an index of the whole programme (the validation module's table of
   * sessions, for one) makes it once per symposium rather than once per use: a symposium never changes, so a
   * value computed from it stays true of it. Derivations are told apart by identity: keep each in a
   * constant. If two threads ask at once, both may compute the value; one value is kept and returned to
   * both. A derivation that throws leaves nothing kept.
   *
   * @param derivation what to compute; not null
   * @param <T> the type of the value
   * @return the value, the same instance on every call with the same derivation; never null
   * @throws NullPointerException if {@code derivation} is null, or if it computes null
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Derivation<T> derivation) {
    Objects.requireNonNull(derivation, "derivation");
    Object kept = find(derivedValues, derivation);
    if (kept != null) {
      return (T) kept;
    }
    T value = Objects.requireNonNull(derivation.function.apply(this), "the derivation computed null");
    synchronized (this) {
      Object[] values = derivedValues;
      kept = find(values, derivation);
      if (kept != null) {
        return (T) kept;
      }
      Object[] added = values == null ? new Object[2] : Arrays.copyOf(values, values.length + 2);
      added[added.length - 2] = derivation;
      added[added.length - 1] = value;
      derivedValues = added;
      return value;
    }
  }

  private static Object find(Object[] values, Derivation<?> derivation) {
    if (values != null) {
      for (int i = 0; i < values.length; i += 2) {
        if (values[i] == derivation) {
          return values[i + 1];
        }
      }
    }
    return null;
  }

  /**
   * A value computed from a whole symposium, which {@link Symposium#derived(Derivation)} computes once per
   * symposium instance and keeps with it.
   *
   * <pre>{@code
   * static final Symposium.Derivation<Integer> PARTICIPATIONS =
   *     Symposium.Derivation.of(s -> s.sessions().stream().mapToInt(x -> x.participants().size()).sum());
   * }</pre>
   *
   * <p>The function must depend on the symposium alone and return the same answer every time, as a symposium
   * never changes; it should return an immutable value, which every caller then shares.
   *
   * <p>Instances are immutable and thread-safe, and equal only to themselves.
   *
   * @param <T> the type of the value
   */
  public static final class Derivation<T> {
    private final Function<? super Symposium, ? extends T> function;

    private Derivation(Function<? super Symposium, ? extends T> function) {
      this.function = function;
    }

    /**
     * Returns a derivation that computes its value with a function.
     *
     * @param function computes the value from a symposium; not null; must not return null
     * @param <T> the type of the value
     * @return a new derivation, distinct from every other; never null
     * @throws NullPointerException if {@code function} is null
     */
    public static <T> Derivation<T> of(Function<? super Symposium, ? extends T> function) {
      return new Derivation<>(Objects.requireNonNull(function, "function"));
    }
  }

  @Value.Lazy
  @Value.Auxiliary
  EntityIndex index() {
    return EntityIndex.of(this);
  }

  /**
   * Returns a builder initialised with this symposium's attributes, to make a changed copy.
   *
   * @return a new builder; never null
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns the names of this Symposium's lists that the source gives only in part, such as {@code ["topics", "speakers"]} for "topics such as..." and "speakers included...".
   *
   * <p>A list named here holds what the source names, and the source says there were more (its words are
   * "included", "such as", "and others"); a list not named here holds what the source names, with no sign of
   * more. Neither claims that the event had nothing else. The lists that can be named are {@code topics}, {@code places}, {@code institutions}, {@code institutionRoles}, {@code speakers}, {@code participants}, {@code sessions}, {@code agreements}, {@code awards}.
   *
   * @return list names, in the order given, each at most once; never null, empty when no list is partial
   */
  public abstract List<String> partialLists();

  /**
   * Tells whether the source gives a list of this Symposium only in part.
   *
   * @param list the list's name, one of {@code topics}, {@code places}, {@code institutions}, {@code institutionRoles}, {@code speakers}, {@code sessions}, {@code agreements}, {@code awards}; not null
   * @return true if {@link #partialLists()} names it
   * @throws dev.symposia.InvalidModelException if {@code list} is null or names no list that can be partial
   */
  public boolean isPartial(String list) {
    return PartialLists.isPartial("Symposium", partialLists(), PARTIAL_LISTS, list);
  }

  // A session that takes place once, as a rule: one date, its first.
  private static final Recurrence ONCE = Recurrence.builder().frequency(RecurrenceFrequency.DAILY).count(1).build();

  // A recurring session's rule is expanded once when the symposium is built, so that occurrences() never
  // refuses a session of a symposium that exists: its changes must name dates the rule gives, and its times
  // must exist in the zone on every date.
  private void checkRecurrences() {
    List<Session> sessions = sessions();
    for (int i = 0; i < sessions.size(); i++) {
      if (sessions.get(i).recurrence().isPresent()) {
        try {
          occurrences(sessions.get(i));
        } catch (InvalidModelException e) {
          // A change is the rule's; a time that a date of the rule does not have is the session's.
          String path = "sessions[" + i + "]." + (e.attribute().startsWith("changes") ? "recurrence." : "")
              + e.attribute();
          throw e.offendingValue().isPresent()
              ? new InvalidModelException("Symposium", path, e.rule(), e.offendingValue().get())
              : new InvalidModelException("Symposium", path, e.rule());
        }
      }
    }
  }

  @Value.Check
  void check() {
    PartialLists.check("Symposium", partialLists(), PARTIAL_LISTS);
    dev.symposia.internal.Notes.check("Symposium", this, notes());
    if (edition().isPresent() && edition().getAsInt() < 1) {
      throw new InvalidModelException("Symposium", "edition", "must be at least 1", edition().getAsInt());
    }
    if (timeZone().isPresent() && !IANA_ZONES.contains(timeZone().get().getId())) {
      throw new InvalidModelException("Symposium", "timeZone", "must be an IANA time zone name, such as Asia/Shanghai",
          timeZone().get().getId());
    }
    // The rules over the sessions as a whole and the references are checked by Builder.build(), the only way
    // a symposium is made, which can tell whether Entities has noted what they need already.
  }

  // The rules that walk every session, in the order of the canonical form's sessions; `resolved` is the
  // Entities the sessions are exactly those of, or null.
  private void checkSessions(Entities resolved) {
    if (timeZone().isPresent()) {
      SessionTimes.check(timeZone().get(), sessions(), resolved);
    }
    if (resolved == null || resolved.anyRecurrence()) {
      checkRecurrences();
    }
    StatisticLinks.check(this, resolved);
  }

  /**
   * Returns the identifier, title, dates and size, such as
   * {@code Symposium[isctm-2022: ISCTM 2022, 2022-11-22/2022-11-24, 5 sessions]}.
   *
   * @return a short description; never null
   */
  @Override
  public String toString() {
    return "Symposium[" + id() + ": " + shortTitle().orElse(title()).text() + ", " + dates() + ", "
        + sessions().size() + (sessions().size() == 1 ? " session]" : " sessions]");
  }

  /** Builds {@link Symposium} instances. Not thread-safe; {@link #build()} copies what it was given. */
  public static final class Builder extends ImmutableSymposium.Builder {
    private static final String TYPE_NAME = "Symposium";

    private Entities entities;

    Builder() {}

    /**
     * Sets the institutions, speakers, sessions and agreements to those gathered, in their order, replacing
     * any set before. Their references were resolved as they were gathered, so {@link #build()} does not
     * walk them again if the lists are still exactly these when it is called (see {@link Entities}).
     *
     * @param entities the entities; not null
     * @return this builder
     * @throws InvalidModelException if {@code entities} is null
     */
    public Builder entities(Entities entities) {
      if (entities == null) {
        throw new InvalidModelException(TYPE_NAME, "entities", "must not be null");
      }
      institutions(List.of()).addInstitutions(entities.institutionArray());
      speakers(List.of()).addSpeakers(entities.speakerArray());
      sessions(List.of()).addSessions(entities.sessionArray());
      agreements(List.of()).addAgreements(entities.agreementArray());
      this.entities = entities;
      return this;
    }

    /**
     * Builds the symposium, checking every rule the class lists: among them, that no identifier is used
     * twice and that every reference resolves to an entity of the kind it requires.
     *
     * @return the symposium; never null
     * @throws InvalidModelException if a required attribute is missing or a rule is broken, naming the path
     *     of the first offence
     */
    @Override
    public Symposium build() {
      Symposium symposium = super.build();
      Entities resolved = entities != null && entities.resolves(symposium) ? entities : null;
      symposium.checkSessions(resolved);
      ReferenceCheck.check(symposium, resolved);
      return symposium;
    }

    /**
     * Sets the identifier from its text form.
     *
     * @param id the identifier, as accepted by {@link LocalId#of(String)}; not null
     * @return this builder
     * @throws InvalidModelException if the identifier is null or malformed
     */
    public Builder id(String id) {
      id(id == null ? null : LocalId.of(id));
      return this;
    }

    /**
     * Sets the title from English text.
     *
     * @param title the title in English; not null or blank
     * @return this builder
     * @throws InvalidModelException if the text is null or blank
     */
    public Builder title(String title) {
      title(title == null ? null : LocalizedText.of(title));
      return this;
    }

    /**
     * Adds topics given in English.
     *
     * @param topics the topics in English; not null, no element null or blank
     * @return this builder
     * @throws InvalidModelException if a topic is null or blank
     */
    public Builder addTopics(String... topics) {
      if (topics == null) {
        throw new InvalidModelException(TYPE_NAME, "topics", "must not be null", null);
      }
      for (String topic : topics) {
        addTopics(topic == null ? null : LocalizedText.of(topic));
      }
      return this;
    }
  }

  /** Lookup maps from identifier to entity. */
  static final class EntityIndex {
    final Map<LocalId, Speaker> speakers;
    final Map<LocalId, Institution> institutions;
    final Map<LocalId, Session> sessions;

    private EntityIndex(Map<LocalId, Speaker> speakers, Map<LocalId, Institution> institutions,
        Map<LocalId, Session> sessions) {
      this.speakers = speakers;
      this.institutions = institutions;
      this.sessions = sessions;
    }

    static EntityIndex of(Symposium symposium) {
      return new EntityIndex(byId(symposium.speakers(), Speaker::id),
          byId(symposium.institutions(), Institution::id), byId(symposium.sessions(), Session::id));
    }

    private static <T> Map<LocalId, T> byId(List<T> items, Function<T, LocalId> id) {
      Map<LocalId, T> map = new HashMap<>(items.size() * 4 / 3 + 1);
      for (T item : items) {
        map.put(id.apply(item), item);
      }
      return Collections.unmodifiableMap(map);
    }
  }
}
