package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.symposia.event.Symposium;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The format marker of a document's root object: read wherever it stands, first as the canonical form puts it
 * or after other properties; refused with the same path, rule and position when it is wrong, repeated or
 * missing, whether the document is read as a string or as bytes.
 */
class FormatMarkerTest {
  private static final String REST = "\"id\": \"s\", \"title\": \"T\", \"dates\": \"2024\"";
  private final SymposiaJson json = SymposiaJson.standard();

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"symposiaFormat\": 1, " + REST + "}",
      "{" + REST + ", \"symposiaFormat\": 1}",
      "{\"id\": \"s\", \"symposiaFormat\": 1, \"title\": \"T\", \"dates\": \"2024\"}",
      "{\"title\": \"T\", \"symposiaFormat\": 1, \"dates\": \"2024\", \"id\": \"s\"}"})
  void readsTheMarkerWhereverItStands(String document) throws IOException {
    Symposium canonical = json.readSymposium("{\"symposiaFormat\": 1, " + REST + "}");
    assertThat(json.readSymposium(document)).isEqualTo(canonical);
    assertThat(json.readSymposium(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)))).isEqualTo(canonical);
    assertThat(canonical.id().value()).isEqualTo("s");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"symposiaFormat\": 2, " + REST + "}|symposiaFormat: must be 1 (was 2)|1, column 20",
      "{\"symposiaFormat\": \"1\", " + REST + "}|symposiaFormat: must be 1 (was \"1\")|1, column 20",
      "{\"symposiaFormat\": 1.0, " + REST + "}|symposiaFormat: must be 1 (was 1.0)|1, column 20",
      "{" + REST + ", \"symposiaFormat\": 2}|symposiaFormat: must be 1 (was 2)|1, column 62",
      "{\"symposiaFormat\": 1, \"symposiaFormat\": 1, " + REST + "}|symposiaFormat: must appear only once|1, column 41",
      "{\"symposiaFormat\": 1, " + REST + ", \"symposiaFormat\": 1}|symposiaFormat: must appear only once|1, column 83",
      "{}|symposiaFormat: is required|1, column 2",
      "{" + REST + "}|symposiaFormat: is required|1, column 42",
      "{\"symposiaFormat\": 1}|id: is required|1, column 21",
      "{\"symposiaFormat\": 1, \"title\": \"T\", \"dates\": \"2024\"}|id: is required|1, column 52"})
  void refusesAWrongRepeatedOrMissingMarkerAtTheSamePlace(String document, String message, String position) {
    SymposiaJsonException fromString = catchThrowableOfType(() -> json.readSymposium(document),
        SymposiaJsonException.class);
    SymposiaJsonException fromBytes = catchThrowableOfType(
        () -> json.readSymposium(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))),
        SymposiaJsonException.class);
    assertThat(fromString.getOriginalMessage()).isEqualTo(message);
    assertThat(fromString.getMessage()).isEqualTo(message + " at line " + position);
    assertThat(fromBytes.getMessage()).isEqualTo(fromString.getMessage());
  }
}
