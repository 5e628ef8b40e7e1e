package dev.symposia.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JSON paths as messages write them ({@code sessions[3].participants[0].person}, {@code ["a.b"]} for a name
 * that is not plain) and as the reader follows them back into a document to place a refusal.
 */
class JsonPathsTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  // Reads up to the n-th token (1 = the first) and returns the parser there.
  private static JsonParser at(String json, int tokens) throws IOException {
    JsonParser p = FACTORY.createParser(json);
    for (int i = 0; i < tokens; i++) {
      p.nextToken();
    }
    return p;
  }

  @Test
  void thePathOfAValueNamesEachPropertyAndIndexOnTheWay() throws IOException {
    // {  "sessions"  [  {  "participants"  [  1  2  {  "person"  "x"
    try (JsonParser p = at("{\"sessions\":[{\"participants\":[1,2,{\"person\":\"x\"}]}]}", 11)) {
      assertThat(p.currentToken()).isEqualTo(JsonToken.VALUE_STRING);
      assertThat(JsonPaths.of(p.getParsingContext())).isEqualTo("sessions[0].participants[2].person");
      assertThat(JsonPaths.container(p.getParsingContext())).isEqualTo("sessions[0].participants[2]");
    }
  }

  @Test
  void theRootAndTheStartOfTheRootObjectAreTheWholeDocument() throws IOException {
    try (JsonParser p = at("{\"a\":1}", 0)) {
      assertThat(JsonPaths.of(p.getParsingContext())).isEqualTo("$");
      assertThat(JsonPaths.container(p.getParsingContext())).isEqualTo("$");
      p.nextToken();
      assertThat(JsonPaths.of(p.getParsingContext())).isEqualTo("$");
      p.nextToken();
      assertThat(JsonPaths.of(p.getParsingContext())).isEqualTo("a");
      assertThat(JsonPaths.container(p.getParsingContext())).isEqualTo("$");
    }
    assertThat(JsonPaths.of(null)).isEqualTo("$");
    assertThat(JsonPaths.container(null)).isEqualTo("$");
  }

  @Test
  void anArrayAtTheRootStartsThePathWithItsIndex() throws IOException {
    try (JsonParser p = at("[0,{\"b\":true}]", 5)) {
      assertThat(p.currentToken()).isEqualTo(JsonToken.VALUE_TRUE);
      assertThat(JsonPaths.of(p.getParsingContext())).isEqualTo("[1].b");
      assertThat(JsonPaths.container(p.getParsingContext())).isEqualTo("[1]");
    }
  }

  @Test
  void aNameThatIsNotPlainIsQuotedInBrackets() throws IOException {
    try (JsonParser p = at("{\"a.b\":{\"\":{\"say \\\"hi\\\"\":1}}}", 7)) {
      assertThat(p.currentToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
      assertThat(JsonPaths.of(p.getParsingContext())).isEqualTo("[\"a.b\"][\"\"][\"say \\\"hi\\\"\"]");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "az|az", "AZ|AZ", "09|09", "_-|_-", "a-Z_9|a-Z_9",
      // The characters either side of each plain range.
      "a`|[\"a`\"]", "a{|[\"a{\"]", "a@|[\"a@\"]", "a[|[\"a[\"]", "a/|[\"a/\"]", "a:|[\"a:\"]",
      "a.b|[\"a.b\"]", "a b|[\"a b\"]", "é|[\"é\"]"})
  void aPropertyNameIsPlainWhenMadeOfAsciiLettersDigitsUnderscoresAndHyphens(String name, String path) {
    assertThat(JsonPaths.property("$", name)).isEqualTo(path);
    assertThat(JsonPaths.property("sessions[0]", name))
        .isEqualTo(path.startsWith("[") ? "sessions[0]" + path : "sessions[0]." + path);
  }

  @Test
  void anEmptyPropertyNameIsQuoted() {
    assertThat(JsonPaths.property("$", "")).isEqualTo("[\"\"]");
    assertThat(JsonPaths.property("a", "")).isEqualTo("a[\"\"]");
  }

  @Test
  void aChildPathJoinsCoresAttributeToThePathOfTheValue() {
    assertThat(JsonPaths.child("$", "participants[1].person")).isEqualTo("participants[1].person");
    assertThat(JsonPaths.child("$", "")).isEqualTo("$");
    assertThat(JsonPaths.child("sessions[0]", "")).isEqualTo("sessions[0]");
    assertThat(JsonPaths.child("sessions[0]", "kind")).isEqualTo("sessions[0].kind");
    assertThat(JsonPaths.child("sessions[0]", "[2]")).isEqualTo("sessions[0][2]");
  }

  private static final String DOCUMENT = "{\n"
      + "  \"a\": 1,\n"
      + "  \"skipped\": {\"b\": [1, 2]},\n"
      + "  \"list\": [\n"
      + "    {\"x\": 1},\n"
      + "    {\"y\": [true, \"z\"]}\n"
      + "  ]\n"
      + "}\n";

  private static String locate(String json, String path) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonLocation at = JsonPaths.locate(p, path);
      return at == null ? null : at.getLineNr() + ":" + at.getColumnNr();
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // The value itself.
      "a|2:8", "skipped|3:14", "list|4:11", "list[0]|5:5", "list[1].y|6:11", "list[1].y[1]|6:18", "list[1]|6:5",
      // The deepest value the document has on the path.
      "list[2]|4:11", "list[1].z|6:5", "list[1].y[5]|6:11", "a.b|2:8", "a[0]|2:8", "nothing|1:1",
      "list[0].x.y|5:11"})
  void locatesTheValueOfAPathOrTheDeepestValueOnTheWayToIt(String path, String lineAndColumn) throws IOException {
    assertThat(locate(DOCUMENT, path)).isEqualTo(lineAndColumn);
  }

  @Test
  void theEmptyPathIsTheRootValue() throws IOException {
    assertThat(locate("  [1]", "")).isEqualTo("1:3");
    assertThat(locate("   ", "a")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"[\"a\"]", "[", "a[", "[]", "a[]", "[x]", "[1x]", "[-1]", ".a", "a.", "a..b", "a b",
      "[2147483640]", "[99999999999]"})
  void aPathNoRefusalGivesIsNotLocated(String path) throws IOException {
    assertThat(locate("[{\"a\": {\"b\": 1}}]", path)).isNull();
  }

  @Test
  void theLargestIndexIsFollowedAsFarAsTheDocumentGoes() throws IOException {
    assertThat(locate(" [1]", "[2147483639]")).isEqualTo("1:2");
    assertThat(locate(" [1]", "[0]")).isEqualTo("1:3");
  }
}
