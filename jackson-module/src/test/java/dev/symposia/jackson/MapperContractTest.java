package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.symposia.event.Symposium;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What {@code SymposiaJson.standard().mapper()} throws, case by case, as docs/json-format.md states it: what the
 * mapper checks before or after the module reads the value (no content, a leading syntax error, a token after
 * the value, a document over the length limit) is Jackson's own exception, a {@link JsonProcessingException}
 * like {@link SymposiaJsonException}; everything about the value itself is a {@link SymposiaJsonException},
 * as through the facade.
 */
class MapperContractTest {
  private final SymposiaJson json = SymposiaJson.standard();
  private final String document = json.write(Samples.minimal());

  private Throwable bytes(ObjectMapper mapper, String text) {
    return catchThrowable(() -> mapper.readValue(text.getBytes(StandardCharsets.UTF_8), Symposium.class));
  }

  private Throwable string(ObjectMapper mapper, String text) {
    return catchThrowable(() -> mapper.readValue(text, Symposium.class));
  }

  @Test
  void noContentIsJacksonsMismatchedInput() {
    for (String text : new String[] {"", " \n "}) {
      assertThat(bytes(json.mapper(), text)).isExactlyInstanceOf(MismatchedInputException.class)
          .hasMessageStartingWith("No content to map due to end-of-input");
      assertThat(string(json.mapper(), text)).isExactlyInstanceOf(MismatchedInputException.class);
      assertThat(catchThrowable(() -> json.readSymposium(text))).isExactlyInstanceOf(SymposiaJsonException.class)
          .hasMessageStartingWith("$: must not be empty");
    }
  }

  @Test
  void aTokenAfterTheValueIsJacksonsMismatchedInput() {
    assertThat(bytes(json.mapper(), document + " {}")).isExactlyInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("Trailing token").hasMessageContaining("found after value");
    assertThat(catchThrowable(() -> json.readSymposium(document + " {}")))
        .isExactlyInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith("$: must contain nothing after the root object");
  }

  @Test
  void aSyntaxErrorBeforeTheValueIsJacksonsParseException() {
    // Jackson 2's JsonParseException, Jackson 3's StreamReadException: both are stream read exceptions.
    assertThat(bytes(json.mapper(), "/* a comment */" + document)).isInstanceOf(StreamReadException.class)
        .isNotInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith("Unexpected character ('/' (code 47))");
    assertThat(catchThrowable(() -> json.readSymposium("/* a comment */" + document)))
        .isExactlyInstanceOf(SymposiaJsonException.class).hasMessageStartingWith("$: unexpected character ('/'");
  }

  @Test
  void aDocumentOverTheLengthLimitIsJacksonsConstraintException() {
    // Jackson checks the length as it loads input: every release the module supports does so for a stream
    // longer than its buffer (Jackson 2.17 does not check an array or string it holds whole).
    String padded = document + " ".repeat(64_000);
    int limit = 32_000;
    SymposiaJson small = SymposiaJson.standard().withMaxDocumentLength(limit);
    assertThat(catchThrowable(() -> small.mapper().readValue(
        new java.io.ByteArrayInputStream(padded.getBytes(StandardCharsets.UTF_8)), Symposium.class)))
        .isExactlyInstanceOf(StreamConstraintsException.class).hasMessageStartingWith("Document length");
    assertThat(catchThrowable(() -> small.readSymposium(padded))).isExactlyInstanceOf(SymposiaJsonException.class)
        .hasMessage("$: must be at most " + limit + " bytes or characters long");
  }

  @Test
  void everythingAboutTheValueIsASymposiaJsonExceptionAsThroughTheFacade() {
    String[] refused = {"null", "[]", document.replace("\"id\": \"m\"", "\"id\": 7"),
        document.replaceFirst("\\}\\s*$", ",}"), document.replace("\"id\": \"m\"", "\"id\": \"m\", \"id\": \"n\"")};
    for (String text : refused) {
      Throwable facade = catchThrowable(() -> json.readSymposium(text));
      assertThat(facade).as(text).isExactlyInstanceOf(SymposiaJsonException.class);
      assertThat(bytes(json.mapper(), text)).as(text).isExactlyInstanceOf(SymposiaJsonException.class)
          .hasMessage(facade.getMessage());
      assertThat(string(json.mapper(), text)).as(text).isExactlyInstanceOf(SymposiaJsonException.class)
          .hasMessage(facade.getMessage());
    }
  }

  @Test
  void everyRefusalIsAJsonProcessingExceptionWhichFrameworksTreatAsBadInput() {
    for (String text : new String[] {"", document + " {}", "/*x*/" + document, "null"}) {
      assertThat(bytes(json.mapper(), text)).isInstanceOf(JsonProcessingException.class);
    }
  }
}
