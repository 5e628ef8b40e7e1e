package dev.symposia.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.symposia.event.EventStatus;
import dev.symposia.jackson.SymposiaJsonException;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
}
