package dev.symposia.export.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.export.Omission;
import dev.symposia.export.frab.FrabSchedule;
import dev.symposia.identifier.LocalId;
import dev.symposia.people.Speaker;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.ZonedInterval;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a frab {@code schedule.json} export: valid against the c3voc schema (a copy in the test resources,
 * validated by networknt's JSON Schema validator), read with an independent JSON parser (Parsson), and every
 * event compared with its session in the model: the instants of its start and end, duration, day, room, title,
 * type, language, abstract, track and persons; sessions left out are exactly those {@code omissions()} names.
 */
public final class FrabCheck {
  private static final String ID = "https://c3voc.de/schedule/schema.json";
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6,
      builder -> builder.schemas(Map.of(ID, resource("/dev/symposia/export/frab/c3voc-schedule.schema.json"))))
      .getSchema(SchemaLocation.of(ID));

  private FrabCheck() {}

  /** A resource of the test class path, as text. */
  public static String resource(String name) {
    try (InputStream in = FrabCheck.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** What the c3voc schema finds wrong with a document; empty when it is valid. */
  public static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  /** Parses a document with Parsson. */
  public static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  /** The events of a schedule by {@code guid}, each with {@code day} (the date) and {@code roomKey} added. */
  public static Map<String, JsonObject> events(JsonObject schedule) {
    Map<String, JsonObject> events = new LinkedHashMap<>();
    for (JsonValue day : conference(schedule).getJsonArray("days")) {
      JsonObject rooms = day.asJsonObject().getJsonObject("rooms");
      for (String room : rooms.keySet()) {
        for (JsonValue event : rooms.getJsonArray(room)) {
          JsonObject placed = Json.createObjectBuilder(event.asJsonObject())
              .add("day", day.asJsonObject().getString("date")).add("roomKey", room).build();
          assertThat(events.put(placed.getString("guid"), placed)).as("guids are unique").isNull();
        }
      }
    }
    return events;
  }

  /** The {@code schedule.conference} object. */
  public static JsonObject conference(JsonObject schedule) {
    return schedule.getJsonObject("schedule").getJsonObject("conference");
  }

  /** Checks the document against the schema and compares it with the symposium; returns the events written. */
  public static int compare(Symposium symposium, String json) {
    assertThat(errors(json)).as("c3voc schema errors of\n%s", json).isEmpty();
    JsonObject schedule = parse(json);
    JsonObject conference = conference(schedule);
    assertThat(conference.getString("title")).isEqualTo(symposium.title().text());
    assertThat(conference.getString("start")).isEqualTo(symposium.dates().start().toString());
    assertThat(conference.getString("end")).isEqualTo(symposium.dates().end().toString());
    String zone = symposium.timeZone().orElseThrow().getId();
    assertThat(conference.getString("time_zone_name", zone)).isEqualTo(zone);

    Set<Integer> leftOut = new HashSet<>();
    Set<String> missing = new HashSet<>();
    for (Omission omission : FrabSchedule.omissions(symposium)) {
      int index = Integer.parseInt(omission.path().substring(9, omission.path().indexOf(']')));
      if (omission.path().endsWith(")")) {
        leftOut.add(index);
      } else {
        missing.add(index + omission.path().substring(omission.path().lastIndexOf('.')));
      }
    }
    Map<String, JsonObject> events = events(schedule);
    Map<Integer, JsonObject> byIndex = new LinkedHashMap<>();
    for (JsonObject event : events.values()) {
      byIndex.put(event.getInt("id") - 1, event);
    }
    for (int i = 0; i < symposium.sessions().size(); i++) {
      Session session = symposium.sessions().get(i);
      JsonObject event = byIndex.get(i);
      assertThat(event == null).as("%s is left out exactly when omissions() says so", session.id())
          .isEqualTo(leftOut.contains(i));
      if (event != null) {
        session(symposium, session, event, missing.contains(i + ".title"), missing.contains(i + ".room"));
      }
    }
    return events.size();
  }

  private static void session(Symposium symposium, Session session, JsonObject event, boolean noTitle,
      boolean noRoom) {
    ZonedInterval interval = symposium.interval(session).orElseThrow();
    OffsetDateTime start = OffsetDateTime.parse(event.getString("date"));
    OffsetDateTime end = OffsetDateTime.parse(event.getString("end"));
    assertThat(start.toInstant()).isEqualTo(interval.startInstant().truncatedTo(ChronoUnit.SECONDS));
    assertThat(end.toInstant()).isEqualTo(interval.endInstant().truncatedTo(ChronoUnit.SECONDS));
    long minutes = Duration.between(start, end).toMinutes();
    assertThat(event.getString("duration")).isEqualTo(String.format(Locale.ROOT, "%02d:%02d", minutes / 60,
        minutes % 60));
    assertThat(event.getString("day")).isEqualTo(interval.start().toLocalDate().toString());
    assertThat(event.getString("room")).isEqualTo(event.getString("roomKey"));
    assertThat(event.getString("room").isEmpty()).as("room").isEqualTo(session.places().isEmpty())
        .isEqualTo(noRoom);
    session.places().stream().findFirst().flatMap(p -> p.room())
        .ifPresent(room -> assertThat(event.getString("room")).startsWith(room.text()));
    assertThat(event.getString("title")).isEqualTo(session.title().map(LocalizedText::text).orElse(""));
    assertThat(session.title().isEmpty()).isEqualTo(noTitle);
    String type = session.kind() == SessionKind.OTHER && session.kindLabel().isPresent()
        ? session.kindLabel().get().text() : session.kind().name().toLowerCase(Locale.ROOT);
    assertThat(event.getString("type")).isEqualTo(type);
    assertThat(text(event, "language")).isEqualTo(session.title().map(t -> t.primaryLanguage().toLanguageTag())
        .filter(t -> !t.equals("und")).orElse(null));
    assertThat(text(event, "abstract")).isEqualTo(session.description().map(LocalizedText::text).orElse(null));
    assertThat(text(event, "track")).isEqualTo(session.topics().stream().findFirst().map(LocalizedText::text)
        .orElse(null));
    List<String> persons = new ArrayList<>();
    event.getJsonArray("persons").forEach(p -> persons.add(p.asJsonObject().containsKey("name")
        ? p.asJsonObject().getString("name") : p.asJsonObject().getString("public_name")));
    List<LocalId> ids = session.participants().stream().flatMap(p -> p.person().stream()).distinct().toList();
    List<String> expected = new ArrayList<>();
    for (LocalId id : ids) {
      Speaker speaker = symposium.speaker(id).orElseThrow();
      expected.add(speaker.name().map(n -> n.displayName()).orElseGet(speaker::displayName));
    }
    assertThat(persons).as("persons of %s", session.id()).isEqualTo(expected);
    assertThat(session.participants().stream().filter(p -> p.person().isEmpty()).map(Participation::group))
        .as("unnamed groups are not persons").allSatisfy(g -> assertThat(g).isPresent());
  }

  /**
   * Checks that two schedules say the same: the conference's values (its {@code version}, a digest, aside), its
   * rooms and tracks, each day's values, and every event's values by {@code guid}, except its {@code id}, which
   * is its position in the model's list of sessions and so depends on the order the model lists them in, and
   * its {@code slug}, which a session read with a {@code guid} does not keep (its id is the guid).
   */
  public static void sameSchedule(String first, String second) {
    JsonObject a = parse(first);
    JsonObject b = parse(second);
    JsonObject ca = conference(a);
    JsonObject cb = conference(b);
    for (String name : ca.keySet()) {
      if (name.equals("days")) {
        assertThat(cb.getJsonArray(name)).hasSameSizeAs(ca.getJsonArray(name));
        for (int i = 0; i < ca.getJsonArray(name).size(); i++) {
          JsonObject da = ca.getJsonArray(name).getJsonObject(i);
          JsonObject db = cb.getJsonArray(name).getJsonObject(i);
          assertThat(Json.createObjectBuilder(db).remove("rooms").build()).as("day %s", i)
              .isEqualTo(Json.createObjectBuilder(da).remove("rooms").build());
          assertThat(db.getJsonObject("rooms").keySet()).isEqualTo(da.getJsonObject("rooms").keySet());
        }
      } else if (name.equals("rooms") || name.equals("tracks")) {
        assertThat(new HashSet<>(cb.getJsonArray(name))).as(name).isEqualTo(new HashSet<>(ca.getJsonArray(name)));
      } else {
        assertThat(cb.get(name)).as(name).isEqualTo(ca.get(name));
      }
    }
    assertThat(cb.keySet()).isEqualTo(ca.keySet());
    Map<String, JsonObject> ea = events(a);
    Map<String, JsonObject> eb = events(b);
    assertThat(eb.keySet()).isEqualTo(ea.keySet());
    for (String guid : ea.keySet()) {
      assertThat(Json.createObjectBuilder(eb.get(guid)).remove("id").remove("slug").build()).as("event %s", guid)
          .isEqualTo(Json.createObjectBuilder(ea.get(guid)).remove("id").remove("slug").build());
    }
  }

  private static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : object.getString(name);
  }
}
