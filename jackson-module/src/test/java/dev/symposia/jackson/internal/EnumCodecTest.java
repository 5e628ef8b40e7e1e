package dev.symposia.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.symposia.event.EventStatus;
import dev.symposia.jackson.SymposiaJsonException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading an enumeration matches the parser's characters against the names, with nothing in between. */
class EnumCodecTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  private static EventStatus read(String json) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      return Enums.EVENT_STATUS.read(p);
    }
  }

  @ParameterizedTest
  @EnumSource(EventStatus.class)
  void readsEveryConstantByItsLowerCaseName(EventStatus status) throws IOException {
    assertThat(read("\"" + status.name().toLowerCase(Locale.ROOT) + "\"")).isSameAs(status);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "h", "hel", "helD", "HELD", "heldx", "moved_onlinex", "moved_online_and_more",
      "cancelled ", " held", "hold"})
  void refusesEveryOtherString(String text) {
    assertThatThrownBy(() -> read("\"" + text + "\"")).isInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith("$: must be one of scheduled, held, postponed, rescheduled, moved_online, cancelled"
            + " (was \"" + text + "\")");
  }

  @Test
  void readsANameWrittenWithEscapes() throws IOException {
    assertThat(read("\"\\u0068eld\"")).isSameAs(EventStatus.HELD);
  }

  static Stream<EnumCodec<?>> everyEnumeration() {
    return Enums.ALL.stream();
  }

  @ParameterizedTest
  @MethodSource("everyEnumeration")
  void readsEveryNameOfEveryEnumerationAndNoStringOneCharacterAwayFromOne(EnumCodec<?> codec) throws IOException {
    Set<String> names = Arrays.stream(codec.type().getEnumConstants())
        .map(constant -> constant.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    for (Enum<?> constant : codec.type().getEnumConstants()) {
      String name = constant.name().toLowerCase(Locale.ROOT);
      try (JsonParser p = FACTORY.createParser("\"" + name + "\"")) {
        p.nextToken();
        assertThat(codec.read(p)).isSameAs(constant);
      }
      assertThat(codec.parse(name)).isSameAs(constant);
      // Strings of the same length as a name, and the same but for one character: what a lookup must tell apart.
      for (int i = 0; i < name.length(); i++) {
        for (char other : new char[] {'x', 'y', '_', 'A'}) {
          String changed = name.substring(0, i) + other + name.substring(i + 1);
          if (!names.contains(changed)) {
            assertThat(codec.parse(changed)).as(changed).isNull();
          }
        }
      }
      for (String near : new String[] {name + "_", name.substring(1), name.substring(0, name.length() - 1),
          name.charAt(0) + name, name + name.charAt(name.length() - 1)}) {
        if (!names.contains(near)) {
          assertThat(codec.parse(near)).as(near).isNull();
        }
      }
    }
  }
}
