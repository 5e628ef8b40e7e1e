package dev.symposia.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.symposia.InvalidModelException;
import dev.symposia.generators.IdentifierGenerators;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalIdTest {
  private static final String LENGTH_RULE = "must be 1 to 128 characters long";
  private static final String START_RULE = "must start with an ASCII letter or digit";
  private static final String CHARACTERS_RULE = "must contain only ASCII letters, digits, '.', '_', '-' and ':'";

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {
    "a", "Z", "0", "speaker:jane-doe", "session_3.1", "inst-0001", "A1", "a1", "x:y:z", "9-", "a..b"})
  void ofAcceptsWellFormedIds(String value) {
    LocalId id = LocalId.of(value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id).hasToString(value);
    assertThat(LocalId.isValid(value)).isTrue();
  }

  @Test
  void acceptsExactly128Characters() {
    assertThat(LocalId.of("a".repeat(128)).value()).hasSize(128);
  }

  static Stream<Arguments> nearMisses() {
    return Stream.of(
        Arguments.of("", LENGTH_RULE),
        Arguments.of("a".repeat(129), LENGTH_RULE),
        Arguments.of("-a", START_RULE),
        Arguments.of(".a", START_RULE),
        Arguments.of("_a", START_RULE),
        Arguments.of(":a", START_RULE),
        Arguments.of(" a", START_RULE),
        Arguments.of("äb", START_RULE),
        Arguments.of("\uD835\uDC00b", START_RULE),
        Arguments.of("a b", CHARACTERS_RULE),
        Arguments.of("a ", CHARACTERS_RULE),
        Arguments.of("a/b", CHARACTERS_RULE),
        Arguments.of("a#b", CHARACTERS_RULE),
        Arguments.of("café", CHARACTERS_RULE),
        Arguments.of("a\nb", CHARACTERS_RULE),
        Arguments.of("a" + "\u0000", CHARACTERS_RULE));
  }

  @ParameterizedTest(name = "\"{0}\": {1}")
  @MethodSource("nearMisses")
  void ofRefusesNearMissesWithTheBrokenRule(String value, String rule) {
    assertThatThrownBy(() -> LocalId.of(value))
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.type()).isEqualTo("LocalId");
          assertThat(e.attribute()).isEqualTo("value");
          assertThat(e.rule()).isEqualTo(rule);
          assertThat(e.offendingValue()).contains(value);
        });
    assertThat(LocalId.isValid(value)).isFalse();
  }

  @Test
  void messagesNameTheRuleAndTheValue() {
    assertThatThrownBy(() -> LocalId.of("session 3"))
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("LocalId.value: must contain only ASCII letters, digits, '.', '_', '-' and ':' (was \"session 3\")");
    assertThatThrownBy(() -> LocalId.of(""))
        .hasMessage("LocalId.value: must be 1 to 128 characters long (was \"\")");
  }

  @Test
  void nullIsRequired() {
    assertThatThrownBy(() -> LocalId.of(null))
        .isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("LocalId.value: is required");
    assertThat(LocalId.isValid(null)).isFalse();
  }

  @Test
  void caseMatters() {
    assertThat(LocalId.of("A1")).isNotEqualTo(LocalId.of("a1")).isLessThan(LocalId.of("a1"));
    assertThat(LocalId.of("a1")).isEqualTo(LocalId.of("a1")).hasSameHashCodeAs(LocalId.of("a1"));
    assertThat(LocalId.of("a1")).isNotEqualTo("a1");
  }

  @Test
  void ordersCharacterByCharacter() {
    assertThat(LocalId.of("s10")).isLessThan(LocalId.of("s9"));
  }

  @Test
  void toStringIsReadBack() {
    qt().forAll(IdentifierGenerators.localIds()).checkAssert(id -> {
      assertThat(LocalId.of(id.toString())).isEqualTo(id);
      assertThat(LocalId.of(id.value())).isEqualTo(id).hasSameHashCodeAs(id);
    });
  }

  @Test
  void equalsHashCodeAndOrderAgree() {
    qt().forAll(IdentifierGenerators.localIds(), IdentifierGenerators.localIds())
        .check((a, b) -> a.equals(b) == a.value().equals(b.value())
            && (!a.equals(b) || a.hashCode() == b.hashCode())
            && Integer.signum(a.compareTo(b)) == Integer.signum(a.value().compareTo(b.value())));
  }

  @Test
  void identifiersThatShareTheirStringHashCodeDoNotShareTheirHashCode() {
    // "Aa" and "BB" have the same String hash code, and so does every sequence of ten such blocks: 1,024
    // identifiers that would all fall into one slot of a table keyed by String's hash code.
    Set<Integer> stringHashes = new HashSet<>();
    Set<Integer> hashes = new HashSet<>();
    for (int bits = 0; bits < 1024; bits++) {
      StringBuilder value = new StringBuilder("s");
      for (int block = 0; block < 10; block++) {
        value.append((bits >> block & 1) == 0 ? "Aa" : "BB");
      }
      stringHashes.add(value.toString().hashCode());
      hashes.add(LocalId.of(value.toString()).hashCode());
    }

    assertThat(stringHashes).hasSize(1);
    assertThat(hashes).as("distinct hash codes among 1,024 identifiers").hasSizeGreaterThan(1000);
  }

  @Test
  void theHashCodeOfCharactersIsThatOfTheIdentifierTheyMake() {
    qt().forAll(IdentifierGenerators.localIds(), integers().between(0, 5), integers().between(0, 5))
        .checkAssert((id, before, after) -> {
          char[] characters = ("#".repeat(before) + id.value() + "#".repeat(after)).toCharArray();
          assertThat(LocalId.hashCode(characters, before, id.value().length())).isEqualTo(id.hashCode());
        });
  }

  @Test
  void theHashCodeOfCharactersRefusesARangeOutsideThemOrEmpty() {
    char[] characters = "wang-chen".toCharArray();
    assertThatThrownBy(() -> LocalId.hashCode(characters, 5, 5)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> LocalId.hashCode(characters, 0, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> LocalId.hashCode(null, 0, 1)).isInstanceOf(NullPointerException.class);
  }
}
