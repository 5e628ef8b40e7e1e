package dev.symposia.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.InvalidModelException;
import dev.symposia.time.DateSpan;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SymposiumTimeZoneTest {
  private static Symposium.Builder base() {
    return Symposium.builder().id("s").title("S").dates(DateSpan.on(LocalDate.of(2022, 11, 22)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Asia/Shanghai", "Europe/Paris", "UTC", "Asia/Hong_Kong", "America/Argentina/Buenos_Aires"})
  void acceptsIanaZoneNames(String zone) {
    assertThat(base().timeZone(ZoneId.of(zone)).build().timeZone()).hasValue(ZoneId.of(zone));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+08:00", "Z", "GMT+8", "UTC+08:00"})
  void refusesFixedOffsets(String zone) {
    assertThatThrownBy(() -> base().timeZone(ZoneId.of(zone)).build())
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("Symposium.timeZone: must be an IANA time zone name, such as Asia/Shanghai (was \""
            + ZoneId.of(zone).getId() + "\")");
  }
}
