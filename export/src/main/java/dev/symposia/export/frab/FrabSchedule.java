package dev.symposia.export.frab;

import dev.symposia.InvalidModelException;
import dev.symposia.Note;
import dev.symposia.event.EventStatus;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.export.NotExportableException;
import dev.symposia.export.Omission;
import dev.symposia.export.internal.JsonReader;
import dev.symposia.export.internal.JsonWriter;
import dev.symposia.export.internal.Names;
import dev.symposia.identifier.LocalId;
import dev.symposia.people.NameOrder;
import dev.symposia.people.PersonName;
import dev.symposia.people.Speaker;
import dev.symposia.place.Place;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import dev.symposia.time.ZonedInterval;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * frab/c3voc {@code schedule.json}, the programme format of the apps conference attendees use (Giggity,
 * ConfClerk, the c3voc tooling, pretalx-based sites), both ways:
 *
 * <pre>{@code
 * String json = FrabSchedule.write(symposium);
 * Symposium back = FrabSchedule.read(json);   // throws FrabScheduleException
 * }</pre>
 *
 * <p><b>Writing</b> follows the c3voc schema ({@code https://c3voc.de/schedule/schema.json}), whose
 * required values the record does not always state. What is done instead of making values up:
 * <ul>
 *   <li>The symposium needs complete start and end dates, at most 366 days apart (frab writes an object for
 *       every day), and a time zone, or {@link NotExportableException} names the attribute. {@code acronym} is the symposium's id in lower case with {@code -} and {@code .}
 *       as {@code _} (the schema allows no hyphen there), padded with {@code _} to the schema's four
 *       characters; {@code time_zone_name} is written when the zone's id fits the schema's pattern.
 *   <li>Only sessions on the timeline are written: with a complete date, a start and an end
 *       ({@link Symposium#interval(Session)}), and neither cancelled nor postponed (frab cannot say a talk
 *       did not take place). {@link #omissions(Symposium)} lists the others and why.
 *   <li>Identifiers are derived, never random: a session's or person's {@code guid} is its id when that is a
 *       UUID (so an imported schedule keeps them), else a name-based UUID of the symposium's and its id; an
 *       event's {@code id} is its position among the symposium's sessions, from 1; {@code slug} is its id;
 *       {@code url} is the URN of its {@code guid} ({@code urn:uuid:...}), since the record has no web page
 *       for it. {@code version} is a digest of the conference's content, so it changes when the programme does.
 *   <li>A required text the record does not state is the empty string, never a made-up one: an untitled
 *       session's {@code title}, a session without a place's {@code room} (its first place otherwise);
 *       {@link #omissions(Symposium)} lists each. {@code subtitle} is null; {@code language} is the title's
 *       language or null; {@code abstract} the session's description or null; {@code track} its first topic or
 *       null; {@code type} its kind in lower case ({@code keynote}, {@code opening_ceremony}), or the label of
 *       a kind {@code OTHER} that has one ({@code talk}); {@code persons} the participants known as people
 *       ({@code guid}, {@code name} as their name is written, else their description or identifier), whatever
 *       their role; {@code links} empty.
 *   <li>Times are RFC 3339 date-times with the zone's offset, cut to the second; an offset with seconds
 *       (the local mean time of zones before about 1900), which RFC 3339 cannot write, is given as the same
 *       instant in UTC.
 *   <li>{@code day_start} and {@code day_end} are the first start and last end of the day's sessions, or
 *       midnight to midnight in the zone for a day without any; {@code timeslot_duration} is the largest grid
 *       that divides an hour and on which every written start and end falls.
 * </ul>
 * Not written, as frab has no place for them: everything but the above, notably roles, unnamed participants,
 * a session's other places and topics, institutions, statistics and partial-list marks.
 *
 * <p><b>Reading</b> builds a symposium from a schedule: {@code acronym} is its id, {@code title},
 * {@code start}/{@code end} its dates, {@code time_zone_name} its zone; each event a session (id from
 * {@code guid}, else {@code event-<id>}, else {@code slug}; {@code title} and {@code language}; {@code type} as
 * the kind of the same name, any other type ({@code talk}, {@code lecture}) as {@code OTHER} with the type as
 * its {@linkplain Session#kindLabel() label}; {@code date}, {@code end} or {@code duration} as
 * its date and time slot, with the UTC offset kept where the zone does not decide it; {@code room} as its place;
 * {@code track} as its topic; {@code abstract}, else {@code description}, as its description); each person a
 * speaker (id from {@code guid}, else {@code person-<id>}, else {@code code}) and the event's participant in the
 * role of speaker, which is what frab's persons are.
 *
 * <p><b>Names.</b> A frab name ({@code name}, else {@code public_name}) is one string, and frab does not say
 * which of its words is a given or a family name. The model's {@link PersonName} needs a part, and has no name
 * known only as written; so the string is kept exactly as {@link PersonName#asWritten()}, which is what
 * {@code displayName()} and every export print, and stands in for the given name, and the speaker carries
 * {@link Note#inferred(String, String) an inferred note} on {@code name.givenName} saying that this part is
 * not stated. Code that reads name parts should check {@code speaker.isInferred("name.givenName")}. (A speaker
 * with no name and the string as its description would be no better: a description says who someone is, not
 * what they are called, and exports would not write it as a name.) Not kept: conference {@code url}, {@code logo},
 * {@code colors}, {@code keywords}, {@code tracks} and {@code rooms} beyond the events', days' indexes and
 * bounds, {@code timeslot_duration}, {@code version}, {@code base_url}; an event's {@code id} when it has a
 * {@code guid}, {@code slug}, {@code url}, {@code subtitle}, {@code description} when it has an
 * {@code abstract}, {@code links}, {@code attachments}, recording and streaming flags;
 * persons' {@code url}, {@code links} (a person read by its integer {@code id} is written back with it and {@code public_name}), {@code avatar}, {@code biography}. A round trip frab, model, frab gives
 * back every other value. What does not fit (a value of the wrong type, a date that is not one, a duration of a
 * day or more, an id used twice, a session the model refuses) is refused with a {@link FrabScheduleException}
 * naming its JSON path.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class FrabSchedule {
  private static final String SCHEMA = "https://c3voc.de/schedule/schema.json";
  private static final Pattern ZONE_NAME = Pattern.compile("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$");
  /** The reason of the note on every speaker read from frab. */
  static final String NAME_NOTE = "frab gives the name as one string, kept as written; which part of it is the"
      + " given name is not stated";
  /** The most days a schedule is written for: frab writes one object for each. */
  static final int MAX_DAYS = 366;
  private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  private FrabSchedule() {}

  /**
   * Returns the symposium as a frab {@code schedule.json}, valid against the c3voc schema.
   *
   * @param symposium the symposium; not null
   * @return the JSON text; never null
   * @throws InvalidModelException if {@code symposium} is null
   * @throws NotExportableException if the symposium's dates are not complete days or span more than 366 days,
   *     or it has no time zone
   */
  public static String write(Symposium symposium) {
    if (symposium == null) {
      throw new InvalidModelException("FrabSchedule", "symposium", "is required");
    }
    return new Writer(symposium).document();
  }

  /**
   * Returns what {@link #write(Symposium)} leaves out and why: the sessions without a complete date, a start or
   * an end, those cancelled or postponed, and those outside the symposium's dates; and, for a session that is
   * written, a required {@code title} or {@code room} the record does not state ({@code sessions[2]
   * (night).title}), written as the empty string, and a recurrence ({@code .recurrence}), of which only the
   * session's own date is written. What frab has no place for at all (roles, institutions,
   * statistics...) is not listed: the class description and {@code docs/exports.md} name it.
   *
   * @param symposium the symposium; not null
   * @return the omissions in the order of the sessions; never null, empty when every session is written whole
   * @throws InvalidModelException if {@code symposium} is null
   */
  public static List<Omission> omissions(Symposium symposium) {
    if (symposium == null) {
      throw new InvalidModelException("FrabSchedule", "symposium", "is required");
    }
    List<Omission> omissions = new ArrayList<>();
    for (int i = 0; i < symposium.sessions().size(); i++) {
      Session session = symposium.sessions().get(i);
      String path = "sessions[" + i + "] (" + session.id() + ")";
      String reason = problem(symposium, session);
      if (reason != null) {
        omissions.add(Omission.of(path, reason));
        continue;
      }
      if (session.title().isEmpty()) {
        omissions.add(Omission.of(path + ".title", "frab requires a title and the record states none; the empty"
            + " string is written, and reads back as no title"));
      }
      if (session.places().isEmpty()) {
        omissions.add(Omission.of(path + ".room", "frab requires a room and the record states no place; the empty"
            + " string is written, and reads back as no place"));
      }
      if (session.recurrence().isPresent()) {
        omissions.add(Omission.of(path + ".recurrence", "frab has no recurring events: the session is written"
            + " once, at its own date and time, and the other dates of its rule are not written"));
      }
    }
    return List.copyOf(omissions);
  }

  private static String problem(Symposium symposium, Session session) {
    if (session.status().filter(s -> s == EventStatus.CANCELLED || s == EventStatus.POSTPONED).isPresent()) {
      return "it is " + session.status().get().name().toLowerCase(Locale.ROOT)
          + ", and frab cannot say that a talk did not take place";
    }
    if (session.date().flatMap(PartialDate::toLocalDate).isEmpty()) {
      return "frab needs a complete date, and the record has " + session.date().map(d -> "only " + d).orElse("none");
    }
    if (session.time().flatMap(TimeSlot::start).isEmpty() || session.time().flatMap(TimeSlot::end).isEmpty()) {
      return "frab needs a start and an end, and the record has " + session.time().map(t -> "only " + t)
          .orElse("no time");
    }
    Optional<ZonedInterval> interval = symposium.interval(session);
    if (interval.isEmpty()) {
      return "frab needs the symposium's time zone";
    }
    LocalDate day = interval.get().start().toLocalDate();
    if (!symposium.dates().contains(day)) {
      return "its day " + day + " is outside the symposium's dates " + symposium.dates();
    }
    return null;
  }

  /** Writes one document; not thread-safe, used once. */
  private static final class Writer {
    private final Symposium symposium;
    private final ZoneId zone;
    private final LocalDate first;
    private final LocalDate last;

    Writer(Symposium symposium) {
      this.symposium = symposium;
      DateSpan dates = symposium.dates();
      this.first = dates.start().toLocalDate().orElseThrow(() -> new NotExportableException("Symposium.dates",
          "frab schedule.json needs complete start and end dates (was " + dates + ")"));
      this.last = dates.end().toLocalDate().orElseThrow(() -> new NotExportableException("Symposium.dates",
          "frab schedule.json needs complete start and end dates (was " + dates + ")"));
      long days = ChronoUnit.DAYS.between(first, last) + 1;
      if (days > MAX_DAYS) {
        // frab lists every day of the conference; a span of years is a record's dates, not a programme's.
        throw new NotExportableException("Symposium.dates", "frab schedule.json lists every day, and at most "
            + MAX_DAYS + " are written (was " + days + " days, " + dates + ")");
      }
      this.zone = symposium.timeZone().orElseThrow(() -> new NotExportableException("Symposium.timeZone",
          "frab schedule.json needs the symposium's time zone (was not stated)"));
    }

    String document() {
      Map<LocalDate, List<Session>> byDay = new TreeMap<>();
      for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
        byDay.put(day, new ArrayList<>());
      }
      List<String> rooms = new ArrayList<>();
      List<String> tracks = new ArrayList<>();
      int grid = 60;
      for (Session session : symposium.sessions()) {
        if (problem(symposium, session) == null) {
          ZonedInterval interval = symposium.interval(session).orElseThrow();
          byDay.get(interval.start().toLocalDate()).add(session);
          String room = room(session);
          if (!rooms.contains(room)) {
            rooms.add(room);
          }
          session.topics().stream().findFirst().map(LocalizedText::text).filter(t -> !tracks.contains(t))
              .ifPresent(tracks::add);
          grid = gcd(grid, interval.start().toLocalTime().toSecondOfDay() / 60);
          grid = gcd(grid, interval.end().toLocalTime().toSecondOfDay() / 60);
        }
      }
      JsonWriter conference = new JsonWriter().beginObject();
      conference.property("acronym", acronym(symposium.id()));
      conference.property("title", symposium.title().text());
      conference.property("start", first.toString()).property("end", last.toString());
      conference.name("daysCount").number(ChronoUnit.DAYS.between(first, last) + 1);
      conference.property("timeslot_duration", String.format(Locale.ROOT, "%02d:%02d", grid / 60, grid % 60));
      if (ZONE_NAME.matcher(zone.getId()).find()) {
        conference.property("time_zone_name", zone.getId());
      }
      if (!tracks.isEmpty()) {
        conference.name("tracks").beginArray();
        tracks.forEach(t -> conference.beginObject().property("name", t).endObject());
        conference.endArray();
      }
      conference.name("rooms").beginArray();
      for (String room : rooms) {
        conference.beginObject().property("name", room)
            .property("guid", roomGuid(room).toString()).endObject();
      }
      conference.endArray();
      conference.name("days").beginArray();
      int index = 0;
      for (Map.Entry<LocalDate, List<Session>> day : byDay.entrySet()) {
        day(conference, ++index, day.getKey(), day.getValue());
      }
      conference.endArray().endObject();
      String body = conference.toString();

      JsonWriter json = new JsonWriter().beginObject();
      json.property("$schema", SCHEMA);
      json.name("generator").beginObject().property("name", "Symposia").endObject();
      json.name("schedule").beginObject();
      json.property("version", digest(body));
      json.name("conference");
      String head = json.toString();
      // The conference object is written once and spliced in, indented one level deeper.
      return head.substring(0, head.length() - 1) + body.strip().replace("\n", "\n    ") + "\n  }\n}\n";
    }

    private void day(JsonWriter json, int index, LocalDate date, List<Session> sessions) {
      ZonedDateTime start = date.atStartOfDay(zone);
      ZonedDateTime end = date.plusDays(1).atStartOfDay(zone);
      if (!sessions.isEmpty()) {
        start = null;
        end = null;
        for (Session session : sessions) {
          ZonedInterval interval = symposium.interval(session).orElseThrow();
          start = start == null || interval.start().isBefore(start) ? interval.start() : start;
          end = end == null || interval.end().isAfter(end) ? interval.end() : end;
        }
      }
      json.beginObject().name("index").number(index).property("date", date.toString())
          .property("day_start", offsetDateTime(start)).property("day_end", offsetDateTime(end));
      Map<String, List<Session>> byRoom = new LinkedHashMap<>();
      for (Session session : sessions) {
        byRoom.computeIfAbsent(room(session), r -> new ArrayList<>()).add(session);
      }
      json.name("rooms").beginObject();
      for (Map.Entry<String, List<Session>> room : byRoom.entrySet()) {
        json.name(room.getKey()).beginArray();
        room.getValue().forEach(s -> event(json, s));
        json.endArray();
      }
      json.endObject().endObject();
    }

    private void event(JsonWriter json, Session session) {
      ZonedInterval interval = symposium.interval(session).orElseThrow();
      UUID guid = guid(session.id());
      json.beginObject();
      json.property("guid", guid.toString());
      json.name("id").number(symposium.sessions().indexOf(session) + 1L);
      json.property("date", offsetDateTime(interval.start()));
      json.property("start", HOURS_MINUTES.format(interval.start()));
      json.property("end", offsetDateTime(interval.end()));
      long minutes = interval.duration().toMinutes();
      json.property("duration", String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60));
      json.property("room", room(session));
      json.property("slug", slug(session.id()));
      json.property("url", "urn:uuid:" + guid);
      json.property("title", session.title().map(LocalizedText::text).orElse(""));
      json.name("subtitle").nullValue();
      Optional<String> track = session.topics().stream().findFirst().map(LocalizedText::text);
      if (track.isPresent()) {
        json.property("track", track.get());
      } else {
        json.name("track").nullValue();
      }
      json.property("type", type(session));
      Optional<String> language = session.title().map(t -> t.primaryLanguage().toLanguageTag())
          .filter(t -> !t.equals("und"));
      if (language.isPresent()) {
        json.property("language", language.get());
      } else {
        json.name("language").nullValue();
      }
      if (session.description().isPresent()) {
        json.property("abstract", session.description().get().text());
      } else {
        json.name("abstract").nullValue();
      }
      json.name("persons").beginArray();
      List<LocalId> seen = new ArrayList<>();
      for (Participation participation : session.participants()) {
        if (participation.person().isPresent() && !seen.contains(participation.person().get())) {
          LocalId id = participation.person().get();
          seen.add(id);
          Speaker speaker = symposium.speaker(id).orElseThrow();
          if (id.value().matches("person-[1-9][0-9]{0,17}")) {
            // A person read from frab by its integer id keeps it, in frab's own form for it.
            json.beginObject().name("id").number(Long.parseLong(id.value().substring(7)))
                .property("public_name", Names.person(speaker)).endObject();
          } else {
            json.beginObject().property("guid", guid(id).toString()).property("name", Names.person(speaker))
                .endObject();
          }
        }
      }
      json.endArray();
      json.name("links").beginArray().endArray();
      json.endObject();
    }

    /** A kind's name, or the label of a kind the model does not have ("talk"), as frab read it. */
    private String type(Session session) {
      if (session.kind() == SessionKind.OTHER && session.kindLabel().isPresent()) {
        return session.kindLabel().get().text();
      }
      return session.kind().name().toLowerCase(Locale.ROOT);
    }

    private UUID guid(LocalId id) {
      try {
        UUID parsed = UUID.fromString(id.value());
        if (parsed.toString().equals(id.value())) {
          return parsed;
        }
      } catch (IllegalArgumentException notAUuid) {
        // Most ids are words; theirs is derived from the symposium's and their own.
      }
      return uuid("id:" + id.value());
    }

    private UUID uuid(String name) {
      return UUID.nameUUIDFromBytes(("symposia:" + symposium.id().value() + ":" + name)
          .getBytes(StandardCharsets.UTF_8));
    }

    /** A room's guid, from the acronym rather than the id, so that a schedule read and written keeps it. */
    private UUID roomGuid(String room) {
      return UUID.nameUUIDFromBytes(("symposia:" + acronym(symposium.id()) + ":room:" + room)
          .getBytes(StandardCharsets.UTF_8));
    }

    private String room(Session session) {
      return session.places().isEmpty() ? "" : Names.place(symposium, session.places().get(0));
    }
  }

  /** RFC 3339, as the schema requires: an offset with seconds (local mean time before 1901) is given in UTC. */
  private static String offsetDateTime(ZonedDateTime time) {
    ZonedDateTime seconds = time.truncatedTo(ChronoUnit.SECONDS);
    if (seconds.getOffset().getTotalSeconds() % 60 != 0) {
      seconds = seconds.withZoneSameInstant(ZoneOffset.UTC);
    }
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(seconds);
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  static String acronym(LocalId id) {
    StringBuilder acronym = new StringBuilder(id.value().toLowerCase(Locale.ROOT).replace('-', '_')
        .replace('.', '_'));
    while (acronym.length() < 4) {
      acronym.append('_');
    }
    return acronym.toString();
  }

  static String slug(LocalId id) {
    String slug = id.value().toLowerCase(Locale.ROOT).replace('.', '_');
    int end = slug.length();
    while (end > 1 && (slug.charAt(end - 1) == '-' || slug.charAt(end - 1) == '_')) {
      end--;
    }
    return slug.substring(0, end);
  }

  private static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        hex.append(String.format(Locale.ROOT, "%02x", hash[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Reads a frab {@code schedule.json} into a symposium (see the class description for what is kept).
   *
   * @param json the JSON text; not null
   * @return the symposium; never null
   * @throws FrabScheduleException if the text is not JSON, not a frab schedule, or holds what a symposium
   *     cannot (the message names the JSON path and the rule)
   * @throws InvalidModelException if {@code json} is null
   */
  public static Symposium read(String json) throws FrabScheduleException {
    if (json == null) {
      throw new InvalidModelException("FrabSchedule", "json", "is required");
    }
    Object root;
    try {
      root = JsonReader.read(json);
    } catch (JsonReader.Syntax e) {
      throw new FrabScheduleException("", "not JSON: " + e.getMessage(), e);
    }
    return new Reader().symposium(root);
  }

  /** Reads one document; not thread-safe, used once. */
  private static final class Reader {
    private final Map<LocalId, Speaker> speakers = new LinkedHashMap<>();
    private final Map<LocalId, String> sessionPaths = new LinkedHashMap<>();
    private final List<Session> sessions = new ArrayList<>();
    private Optional<ZoneId> zone = Optional.empty();
    private int unnamedPersons;

    Symposium symposium(Object root) throws FrabScheduleException {
      Map<String, Object> schedule = object(member(object(root, ""), "schedule", "", true), "schedule");
      Map<String, Object> conference = object(member(schedule, "conference", "schedule", true),
          "schedule.conference");
      String at = "schedule.conference";
      LocalId id = localId(string(conference, "acronym", at, true).orElseThrow(), at + ".acronym");
      String title = nonEmpty(string(conference, "title", at, true).orElseThrow(), at + ".title");
      LocalDate start = day(string(conference, "start", at, true).orElseThrow(), at + ".start");
      LocalDate end = day(string(conference, "end", at, true).orElseThrow(), at + ".end");
      Optional<String> zoneName = string(conference, "time_zone_name", at, false);
      if (zoneName.isPresent()) {
        try {
          zone = Optional.of(ZoneId.of(zoneName.get()));
        } catch (DateTimeException e) {
          throw new FrabScheduleException(at + ".time_zone_name", "must be an IANA time zone (was \""
              + zoneName.get() + "\")");
        }
      }
      Symposium.Builder builder = Symposium.builder().id(id).title(LocalizedText.of(title));
      zone.ifPresent(builder::timeZone);
      try {
        builder.dates(DateSpan.between(start, end));
      } catch (InvalidModelException e) {
        throw new FrabScheduleException(at + ".end", "must not be before start (was \"" + end + "\")", e);
      }
      List<Object> days = array(member(conference, "days", at, true), at + ".days");
      for (int d = 0; d < days.size(); d++) {
        String dayPath = at + ".days[" + d + "]";
        Map<String, Object> day = object(days.get(d), dayPath);
        Map<String, Object> rooms = object(member(day, "rooms", dayPath, true), dayPath + ".rooms");
        for (Map.Entry<String, Object> room : rooms.entrySet()) {
          String roomPath = dayPath + ".rooms[\"" + room.getKey().replace("\"", "\\\"") + "\"]";
          List<Object> events = array(room.getValue(), roomPath);
          for (int e = 0; e < events.size(); e++) {
            event(object(events.get(e), roomPath + "[" + e + "]"), roomPath + "[" + e + "]");
          }
        }
      }
      builder.addAllSpeakers(speakers.values()).addAllSessions(sessions);
      try {
        return builder.build();
      } catch (InvalidModelException e) {
        String path = at;
        // A session refused as part of the symposium (a time its zone does not have, say) is named by its path.
        if (e.getMessage().startsWith("Symposium.sessions[")) {
          int index = Integer.parseInt(e.getMessage().substring(19, e.getMessage().indexOf(']')));
          path = new ArrayList<>(sessionPaths.values()).get(index);
        }
        throw new FrabScheduleException(path, "not a valid symposium: " + e.getMessage(), e);
      }
    }

    private void event(Map<String, Object> event, String at) throws FrabScheduleException {
      Session.Builder session = Session.builder();
      LocalId id = eventId(event, at);
      if (sessionPaths.containsKey(id)) {
        throw new FrabScheduleException(at, "is the event " + id + " again, already at " + sessionPaths.get(id));
      }
      sessionPaths.put(id, at);
      session.id(id);
      Optional<String> type = string(event, "type", at, false);
      Optional<SessionKind> kind = type.flatMap(FrabSchedule::kind);
      session.kind(kind.orElse(SessionKind.OTHER));
      if (kind.isEmpty() && type.isPresent() && !type.get().isBlank()) {
        // "talk", "lecture": a kind the model does not have keeps frab's word as its label.
        session.kindLabel(LocalizedText.of(type.get()));
      }
      Optional<String> language = string(event, "language", at, false);
      Optional<String> title = string(event, "title", at, true).filter(t -> !t.isBlank());
      if (title.isPresent()) {
        session.title(text(language, title.get(), at + ".language"));
      }
      String dateText = string(event, "date", at, true).orElseThrow();
      OffsetDateTime startAt = offsetDateTime(dateText, at + ".date");
      OffsetDateTime endAt;
      Optional<String> endText = string(event, "end", at, false);
      if (endText.isPresent()) {
        endAt = offsetDateTime(endText.get(), at + ".end");
      } else {
        String durationText = string(event, "duration", at, true).orElseThrow();
        endAt = startAt.plus(duration(durationText, at + ".duration"));
      }
      Duration length = Duration.between(startAt, endAt);
      if (length.isNegative() || length.compareTo(Duration.ofDays(1)) >= 0) {
        throw new FrabScheduleException(endText.isPresent() ? at + ".end" : at + ".duration",
            "must end after the start and within a day (was " + length + ")");
      }
      LocalDate date = zone.map(z -> startAt.atZoneSameInstant(z).toLocalDate()).orElse(startAt.toLocalDate());
      session.date(PartialDate.of(date));
      if (!length.isZero()) {
        TimeSlot slot = TimeSlot.between(local(startAt), local(endAt));
        if (offset(startAt).isPresent()) {
          slot = slot.withStartOffset(offset(startAt).get());
        }
        if (offset(endAt).isPresent()) {
          slot = slot.withEndOffset(offset(endAt).get());
        }
        session.time(slot);
      } else {
        TimeSlot slot = TimeSlot.startingAt(local(startAt));
        session.time(offset(startAt).isPresent() ? slot.withStartOffset(offset(startAt).get()) : slot);
      }
      Optional<String> room = string(event, "room", at, true).filter(r -> !r.isBlank());
      room.ifPresent(r -> session.addPlaces(Place.builder().room(r).build()));
      Optional<String> track = string(event, "track", at, false).filter(t -> !t.isBlank());
      track.ifPresent(t -> session.addTopics(LocalizedText.of(t)));
      Optional<String> description = string(event, "abstract", at, false).filter(t -> !t.isBlank());
      if (description.isEmpty()) {
        description = string(event, "description", at, false).filter(t -> !t.isBlank());
      }
      description.ifPresent(d -> session.description(LocalizedText.of(d)));
      Object persons = event.get("persons");
      if (persons != null && persons != JsonReader.NULL) {
        List<Object> list = array(persons, at + ".persons");
        for (int p = 0; p < list.size(); p++) {
          LocalId person = person(object(list.get(p), at + ".persons[" + p + "]"), at + ".persons[" + p + "]");
          session.addParticipants(Participation.of(person, ParticipantRole.SPEAKER));
        }
      }
      try {
        sessions.add(session.build());
      } catch (InvalidModelException e) {
        throw new FrabScheduleException(at, "not a valid session: " + e.getMessage(), e);
      }
    }

    /** The local time in the zone; the offset is kept only where the zone does not decide it. */
    private LocalTime local(OffsetDateTime time) {
      return zone.map(z -> time.atZoneSameInstant(z).toLocalTime()).orElse(time.toLocalTime());
    }

    private Optional<ZoneOffset> offset(OffsetDateTime time) {
      if (zone.isEmpty()) {
        return Optional.of(time.getOffset());
      }
      ZonedDateTime inZone = time.atZoneSameInstant(zone.get());
      return zone.get().getRules().getValidOffsets(inZone.toLocalDateTime()).size() > 1
          ? Optional.of(inZone.getOffset()) : Optional.empty();
    }

    private LocalId eventId(Map<String, Object> event, String at) throws FrabScheduleException {
      Optional<String> guid = string(event, "guid", at, false);
      if (guid.isPresent()) {
        return localId(guid.get(), at + ".guid");
      }
      Object number = event.get("id");
      if (number instanceof BigDecimal) {
        return localId("event-" + ((BigDecimal) number).toPlainString(), at + ".id");
      }
      Optional<String> slug = string(event, "slug", at, false);
      if (slug.isPresent()) {
        return localId(slug.get(), at + ".slug");
      }
      throw new FrabScheduleException(at, "needs a guid, an id or a slug");
    }

    private LocalId person(Map<String, Object> person, String at) throws FrabScheduleException {
      LocalId id;
      Optional<String> guid = string(person, "guid", at, false);
      Object number = person.get("id");
      Optional<String> code = string(person, "code", at, false);
      if (guid.isPresent()) {
        id = localId(guid.get(), at + ".guid");
      } else if (number instanceof BigDecimal) {
        id = localId("person-" + ((BigDecimal) number).toPlainString(), at + ".id");
      } else if (code.isPresent()) {
        id = localId(code.get(), at + ".code");
      } else {
        id = LocalId.of("person-unidentified-" + ++unnamedPersons);
      }
      if (!speakers.containsKey(id)) {
        Optional<String> name = string(person, "name", at, false);
        if (name.isEmpty()) {
          name = string(person, "public_name", at, false);
        }
        String written = nonEmpty(name.orElseThrow(() -> new FrabScheduleException(at,
            "needs a name or a public_name")), at + (person.containsKey("name") ? ".name" : ".public_name"));
        // frab's name is one string: kept exactly as written; a name needs a part, so the string stands in
        // for the given name too, and the speaker's note says that this part is not stated.
        speakers.put(id, Speaker.builder().id(id)
            .name(PersonName.builder().givenName(written.strip()).asWritten(written).order(NameOrder.GIVEN_FIRST)
                .build())
            .addNotes(Note.inferred("name.givenName", NAME_NOTE)).build());
      }
      return id;
    }
  }

  private static Optional<SessionKind> kind(String type) {
    String name = type.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (SessionKind kind : SessionKind.values()) {
      if (kind.name().equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  private static LocalizedText text(Optional<String> language, String text, String at)
      throws FrabScheduleException {
    if (language.isEmpty() || language.get().isBlank()) {
      return LocalizedText.of(text);
    }
    try {
      return LocalizedText.of(language.get(), text);
    } catch (InvalidModelException e) {
      throw new FrabScheduleException(at, "must be a language tag such as en or de (was \"" + language.get()
          + "\")", e);
    }
  }

  private static Object member(Map<String, Object> object, String name, String at, boolean required)
      throws FrabScheduleException {
    Object value = object.get(name);
    if (value == null && required) {
      throw new FrabScheduleException(at.isEmpty() ? name : at + "." + name, "is required");
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String at) throws FrabScheduleException {
    if (!(value instanceof Map)) {
      throw new FrabScheduleException(at.isEmpty() ? "$" : at, "must be an object (was " + kindOf(value) + ")");
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> array(Object value, String at) throws FrabScheduleException {
    if (!(value instanceof List)) {
      throw new FrabScheduleException(at, "must be an array (was " + kindOf(value) + ")");
    }
    return (List<Object>) value;
  }

  /** A string member; null is absent, as frab writes optional values. */
  private static Optional<String> string(Map<String, Object> object, String name, String at, boolean required)
      throws FrabScheduleException {
    Object value = object.get(name);
    if (value == null || value == JsonReader.NULL) {
      if (required && value == null) {
        throw new FrabScheduleException(at + "." + name, "is required");
      }
      return Optional.empty();
    }
    if (!(value instanceof String)) {
      throw new FrabScheduleException(at + "." + name, "must be a string (was " + kindOf(value) + ")");
    }
    return Optional.of((String) value);
  }

  private static String kindOf(Object value) {
    if (value == null) {
      return "missing";
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    if (value instanceof String) {
      return "the string \"" + value + "\"";
    }
    return value.toString();
  }

  private static String nonEmpty(String text, String at) throws FrabScheduleException {
    if (text.isBlank()) {
      throw new FrabScheduleException(at, "must not be blank");
    }
    return text;
  }

  private static LocalId localId(String text, String at) throws FrabScheduleException {
    try {
      return LocalId.of(text);
    } catch (InvalidModelException e) {
      throw new FrabScheduleException(at, "must be usable as an identifier: " + e.getMessage(), e);
    }
  }

  private static LocalDate day(String text, String at) throws FrabScheduleException {
    try {
      return text.length() > 10 ? OffsetDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new FrabScheduleException(at, "must be a date such as 2019-08-21 (was \"" + text + "\")", e);
    }
  }

  private static OffsetDateTime offsetDateTime(String text, String at) throws FrabScheduleException {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new FrabScheduleException(at, "must be a date-time with a UTC offset, such as "
          + "2019-08-21T11:00:00+02:00 (was \"" + text + "\")", e);
    }
  }

  private static Duration duration(String text, String at) throws FrabScheduleException {
    int colon = text.indexOf(':');
    try {
      if (colon > 0 && text.length() - colon == 3) {
        long hours = Long.parseLong(text.substring(0, colon));
        long minutes = Long.parseLong(text.substring(colon + 1));
        if (hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60) {
          return Duration.ofHours(hours).plusMinutes(minutes);
        }
      }
    } catch (NumberFormatException e) {
      // Refused below with the text.
    }
    throw new FrabScheduleException(at, "must be hours and minutes under a day, such as 01:30 (was \"" + text
        + "\")");
  }
}
