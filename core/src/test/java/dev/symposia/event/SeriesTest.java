package dev.symposia.event;

import static dev.symposia.event.SymposiumTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeriesTest {
  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "\t"})
  void aBlankShortNameIsRefused(String shortName) {
    assertRefused(() -> Series.builder().name("International Symposium on Clinical and Translational Medicine")
        .shortName(shortName).build(), "Series.shortName: must not be blank (was \"" + shortName + "\")");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"ISCTM", "CSCO"})
  void aShortNameIsWhatTheSeriesPrints(String shortName) {
    assertThat(Series.builder().name("Annual Meeting").shortName(shortName).build())
        .hasToString("Series[" + shortName + "]");
  }
}
