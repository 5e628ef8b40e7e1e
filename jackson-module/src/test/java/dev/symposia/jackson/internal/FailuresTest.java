package dev.symposia.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.symposia.InvalidModelException;
import dev.symposia.event.EventStatus;
import dev.symposia.jackson.SymposiaJsonException;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What is thrown while reading, turned into a {@link SymposiaJsonException} with a path and a rule: here
 * the cases a document cannot easily provoke, such as a refusal before the parser exists, an unexpected
 * runtime exception, or a limit whose message a Jackson release words differently.
 */
class FailuresTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  // A parser at the value of "b" in {"a": {"b": 1}}.
  private static JsonParser inside() throws IOException {
    JsonParser p = FACTORY.createParser("{\"a\": {\"b\": 1}}");
    for (int i = 0; i < 5; i++) {
      p.nextToken();
    }
    return p;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Document nesting depth (65) exceeds the maximum allowed (64, from `maxNestingDepth`)|$|"
          + "must not nest objects and arrays more than 64 deep|a.b",
      "Document length (101) exceeds the maximum allowed (100, from `maxDocumentLength`)|$|"
          + "must be at most 100 bytes or characters long|$",
      "Name length (1001) exceeds the maximum allowed (1000, from `maxNameLength`)|$|"
          + "must not have a property name longer than 1000 characters|a",
      "String value length (100001) exceeds the maximum allowed (100000, from `maxStringLength`)|$|"
          + "must be at most 100000 characters long|a.b",
      "Number value length (21) exceeds the maximum allowed (20, from `maxNumberLength`)|$|"
          + "must be at most 20 characters long|a.b",
      "Token count (9) exceeds the maximum allowed (8)|$|token count (9) exceeds the maximum allowed (8)|a.b",
      "URL too long|$|URL too long|a.b",
      "X|$|X|a.b"})
  void aBrokenLimitNamesTheLimitAndThePathItWasBrokenAt(String message, String rootPath, String rule,
      String pathInside) throws IOException {
    SymposiaJsonException before = Failures.translate(null, new StreamConstraintsException(message));
    assertThat(before.jsonPath()).isEqualTo(rootPath);
    assertThat(before.rule()).isEqualTo(rule);
    assertThat(before.offendingValue()).isEmpty();
    assertThat(before.getLocation()).isNull();
    assertThat(before.getMessage()).isEqualTo(rootPath + ": " + rule);
    try (JsonParser p = inside()) {
      SymposiaJsonException inside = Failures.translate(p, new StreamConstraintsException(message));
      assertThat(inside.jsonPath()).isEqualTo(pathInside);
      assertThat(inside.rule()).isEqualTo(rule);
      assertThat(inside.getLocation()).isNotNull();
      assertThat(inside.getLocation().getLineNr()).isEqualTo(1);
    }
  }

  @Test
  void anEmptyLimitMessageIsInvalidJson() {
    assertThat(Failures.translate(null, new StreamConstraintsException("")).rule()).isEqualTo("is not valid JSON");
  }

  @Test
  void theParsersGuardAgainstCollidingNamesIsRefusedAtTheObject() throws IOException {
    String guard = "Spill-over slots in symbol table with 1000 entries, hash area of 512 slots is now full";
    SymposiaJsonException before = Failures.translate(null, new IllegalStateException(guard));
    assertThat(before.getMessage()).isEqualTo("$: " + Failures.HASH_COLLISIONS_RULE);
    try (JsonParser p = inside()) {
      SymposiaJsonException inside = Failures.translate(p, new StreamConstraintsException(guard.toUpperCase()));
      assertThat(inside.jsonPath()).isEqualTo("a");
      assertThat(inside.rule()).isEqualTo(Failures.HASH_COLLISIONS_RULE);
    }
    assertThat(Failures.translate(null, new IllegalStateException("Spill-over")).rule())
        .isEqualTo("cannot be read (IllegalStateException: Spill-over)");
  }

  @Test
  void undecodableInputIsRefusedAsSuch() {
    SymposiaJsonException chars = Failures.translate(null, new CharConversionException("Invalid UTF-32 character"));
    assertThat(chars.getMessage()).isEqualTo("$: cannot be decoded: Invalid UTF-32 character");
    SymposiaJsonException bytes = Failures.translate(null, new MalformedInputException(2));
    assertThat(bytes.getMessage()).isEqualTo("$: cannot be decoded: Input length = 2");
    assertThat(bytes.getCause()).isInstanceOf(MalformedInputException.class);
  }

  @Test
  void anythingElseIsNamedWithItsClassAndMessage() throws IOException {
    IllegalStateException unexpected = new IllegalStateException("a bug");
    SymposiaJsonException e = Failures.translate(null, unexpected);
    assertThat(e.getMessage()).isEqualTo("$: cannot be read (IllegalStateException: a bug)");
    assertThat(e.getCause()).isSameAs(unexpected);
    assertThat(Failures.translate(null, new NullPointerException()).rule())
        .isEqualTo("cannot be read (NullPointerException: null)");
    try (JsonParser p = inside()) {
      assertThat(Failures.translate(p, unexpected).jsonPath()).isEqualTo("a.b");
    }
  }

  @Test
  void aRefusalAlreadyMadeIsKept() {
    SymposiaJsonException made = new SymposiaJsonException(null, "a", "is required", null, null, null);
    assertThat(Failures.translate(null, made)).isSameAs(made);
  }

  @Test
  void aRefusalByTheModelShowsItsValueAsJsonWould() throws IOException {
    InvalidModelException list = new InvalidModelException("Statistic", "topics", "must differ",
        List.of(12, true, EventStatus.MOVED_ONLINE, "x\"y", 1.5));
    SymposiaJsonException atRoot = Failures.translate(null, list);
    assertThat(atRoot.getMessage())
        .isEqualTo("topics: must differ (was [12, true, \"moved_online\", \"x\\\"y\", 1.5])");
    assertThat(atRoot.getCause()).isSameAs(list);
    try (JsonParser p = inside()) {
      SymposiaJsonException inside = Failures.translate(p,
          new InvalidModelException("Count", "value", "must be small", Long.MAX_VALUE));
      assertThat(inside.jsonPath()).isEqualTo("a.b.value");
      assertThat(inside.offendingValue()).hasValue("9223372036854775807");
      SymposiaJsonException absent = Failures.translate(p, new InvalidModelException("Count", "", "is odd"));
      assertThat(absent.jsonPath()).isEqualTo("a.b");
      assertThat(absent.offendingValue()).isEmpty();
      SymposiaJsonException longText = Failures.translate(p,
          new InvalidModelException("Count", "[0]", "is odd", "y".repeat(70)));
      assertThat(longText.jsonPath()).isEqualTo("a.b[0]");
      assertThat(longText.offendingValue()).hasValue("\"" + "y".repeat(64) + "...\"");
    }
  }

  @Test
  void theDocumentLengthRuleNamesTheLimit() {
    assertThat(Failures.documentLengthRule(7L)).isEqualTo("must be at most 7 bytes or characters long");
  }
}
