package dev.symposia.export.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.export.jsonld.SchemaOrg;
import dev.symposia.people.Speaker;
import dev.symposia.presentation.Abstract;
import dev.symposia.presentation.MaterialKind;
import dev.symposia.support.SupportKind;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands a schema.org JSON-LD export with titanium-json-ld, an independent JSON-LD processor, with the local
 * copy of the schema.org context (nothing is fetched), and compares the expanded triples with the model: the
 * event's name, dates and sessions, each session's name, start and end instants and performers' names.
 */
public final class JsonLdCheck {
  /** The schema.org vocabulary, as expanded IRIs start. */
  public static final String S = "https://schema.org/";

  /** Serves the local copy of the schema.org context and refuses every other URL: nothing is fetched. */
  public static final DocumentLoader LOCAL = (url, options) -> {
    String text = url.toString();
    if (text.equals("https://schema.org") || text.equals("https://schema.org/")) {
      try (InputStream in = JsonLdCheck.class.getResourceAsStream(
          "/dev/symposia/export/jsonld/schemaorg-context.jsonld")) {
        return JsonDocument.of(in);
      } catch (IOException e) {
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
      }
    }
    throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "not fetched in tests: " + url);
  };

  private JsonLdCheck() {}

  /** Expands the document; it must be one node. */
  public static JsonObject expand(String jsonLd) {
    try {
      Document document = JsonDocument.of(new StringReader(jsonLd));
      JsonArray expanded = JsonLd.expand(document).loader(LOCAL).get();
      assertThat(expanded).hasSize(1);
      return expanded.getJsonObject(0);
    } catch (JsonLdError e) {
      throw new AssertionError("titanium refused the export: " + e.getMessage() + "\n" + jsonLd, e);
    }
  }

  /** The node values of a schema.org property of an expanded node. */
  public static List<JsonObject> objects(JsonObject node, String property) {
    List<JsonObject> found = new ArrayList<>();
    JsonArray values = node.getJsonArray(S + property);
    if (values != null) {
      values.forEach(v -> found.add(v.asJsonObject()));
    }
    return found;
  }

  /** The literal values ({@code @value}) or IRIs ({@code @id}) of a schema.org property, as text. */
  public static List<String> values(JsonObject node, String property) {
    List<String> found = new ArrayList<>();
    for (JsonObject value : objects(node, property)) {
      String key = value.containsKey("@value") ? "@value" : "@id";
      JsonValue literal = value.get(key);
      found.add(literal.getValueType() == JsonValue.ValueType.STRING ? value.getString(key) : literal.toString());
    }
    return found;
  }

  /** Writes the symposium, expands it and compares it with the model; returns the expanded event. */
  public static JsonObject compare(Symposium symposium) {
    return compare(symposium, SchemaOrg.jsonLd(symposium));
  }

  /** Expands the document and compares it with the model; returns the expanded event. */
  public static JsonObject compare(Symposium symposium, String jsonLd) {
    JsonObject event = expand(jsonLd);
    assertThat(event.getJsonArray("@type").getString(0)).isEqualTo(S + "Event");
    assertThat(values(event, "name")).contains(symposium.title().text());
    assertThat(values(event, "startDate")).containsExactly(symposium.dates().start().toString());
    assertThat(values(event, "endDate")).containsExactly(symposium.dates().end().toString());
    List<JsonObject> subEvents = objects(event, "subEvent");
    assertThat(subEvents.size()).as("sessions, then component events").isGreaterThanOrEqualTo(
        symposium.sessions().size());
    for (int i = 0; i < symposium.sessions().size(); i++) {
      Session session = symposium.sessions().get(i);
      JsonObject sub = subEvents.get(i);
      assertThat(values(sub, "name").isEmpty()).as("no name is made up").isEqualTo(session.title().isEmpty());
      session.title().ifPresent(t -> assertThat(values(sub, "name")).contains(t.text()));
      symposium.interval(session).ifPresent(interval -> {
        assertThat(OffsetDateTime.parse(values(sub, "startDate").get(0)).toInstant())
            .isEqualTo(interval.startInstant());
        assertThat(OffsetDateTime.parse(values(sub, "endDate").get(0)).toInstant())
            .isEqualTo(interval.endInstant());
      });
      List<JsonObject> performers = objects(sub, "performer");
      session.participants().stream().filter(p -> p.person().isPresent())
          .filter(p -> PERFORMING.contains(p.role().name())).forEach(p -> {
            Speaker speaker = symposium.speaker(p.person().get()).orElseThrow();
            JsonObject node = performers.stream()
                .filter(n -> n.getString("@id", "").equals("_:" + speaker.id().value())).findFirst()
                .orElseThrow(() -> new AssertionError("no performer " + speaker.id() + " in " + sub));
            assertThat(values(node, "name")).as("the name of %s, and only a stated one", speaker.id())
                .isEqualTo(speaker.name().map(n -> List.of(n.displayName())).orElse(List.of()));
          });
      List<String> sponsors = new ArrayList<>();
      objects(sub, "sponsor").forEach(n -> sponsors.add(n.getString("@id", "")));
      assertThat(sponsors).as("the session's sponsors").containsExactlyElementsOf(session.commercialSupport().stream()
          .filter(c -> c.kind() != SupportKind.EXHIBITOR).map(c -> "_:" + c.company().value()).distinct().toList());
      List<Abstract> abstracts = new ArrayList<>(session.abstracts());
      long documents = session.materials().stream().filter(m -> m.kind() != MaterialKind.RECORDING).count();
      long recordings = session.materials().size() - documents;
      for (var participation : session.participants()) {
        participation.presentedAbstract().filter(a -> !abstracts.contains(a)).ifPresent(abstracts::add);
        documents += participation.materials().stream().filter(m -> m.kind() != MaterialKind.RECORDING).count();
        recordings += participation.materials().stream().filter(m -> m.kind() == MaterialKind.RECORDING).count();
      }
      List<JsonObject> works = objects(sub, "workFeatured");
      assertThat(works).as("abstracts, slides and poster files").hasSize((int) (abstracts.size() + documents));
      for (int j = 0; j < abstracts.size(); j++) {
        Abstract presented = abstracts.get(j);
        JsonObject work = works.get(j);
        assertThat(work.getJsonArray("@type").getString(0)).isEqualTo(S + "ScholarlyArticle");
        presented.doi().ifPresent(doi -> assertThat(values(work, "sameAs")).containsExactly(doi.uri().toString()));
        assertThat(objects(work, "author")).hasSize(presented.authors().size());
      }
      assertThat(objects(sub, "recordedIn")).hasSize((int) recordings);
      boolean scheduled = session.recurrence().filter(r -> r.weekOfMonth().orElse(1) > 0).isPresent();
      assertThat(objects(sub, "eventSchedule")).as("a schedule for a recurring session").hasSize(scheduled ? 1 : 0);
      session.recurrence().filter(r -> scheduled).ifPresent(rule -> {
        JsonObject schedule = objects(sub, "eventSchedule").get(0);
        rule.count().ifPresent(c -> assertThat(values(schedule, "repeatCount")).containsExactly(String.valueOf(c)));
        assertThat(values(schedule, "exceptDate")).hasSize(rule.changes().size());
      });
    }
    return event;
  }

  private static final List<String> PERFORMING = List.of("SPEAKER", "KEYNOTE_SPEAKER", "CHAIR", "MODERATOR",
      "PANELIST", "DISCUSSANT");
}
