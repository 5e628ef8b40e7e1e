package dev.symposia.event;

import static dev.symposia.event.SymposiumTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.identifier.LocalId;
import org.junit.jupiter.api.Test;
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

  @Test
  void editionsWhoseSeriesNamesAreSpelledDifferentlyAreOneSeriesByTheirIdentifier() {
    Series named = Series.builder().id("csco-annual-meeting").name("Chinese Society of Clinical Oncology Annual Meeting")
        .build();
    Series spelledOtherwise = Series.builder().id("csco-annual-meeting").name("CSCO Annual Meeting").build();

    assertThat(named.id()).contains(LocalId.of("csco-annual-meeting"));
    assertThat(named.identity()).isEqualTo(spelledOtherwise.identity()).isEqualTo("id:csco-annual-meeting");
    assertThat(named).isNotEqualTo(spelledOtherwise);
  }

  @Test
  void aSeriesNamedOnlyByItsOrganiserHasAnIdentityLikeAnyOther() {
    // "the winter school of the institute"
    Series winterSchool = Series.builder().id("example-institute-winter-school")
        .name("winter school of the Example Institute (fictional)").build();
    assertThat(winterSchool.identity()).isEqualTo("id:example-institute-winter-school");
  }

  @Test
  void withoutAnIdentifierOnlyTheSameNameMakesOneSeries() {
    Series a = Series.builder().name("CSCO Annual Meeting").build();
    Series b = Series.builder().name("CSCO Annual Meeting").shortName("CSCO").build();
    Series c = Series.builder().name("CSCO annual meeting").build();
    Series identified = Series.builder().id("csco").name("CSCO Annual Meeting").build();

    assertThat(a.identity()).isEqualTo(b.identity()).isEqualTo("name:CSCO Annual Meeting")
        .isNotEqualTo(c.identity()).isNotEqualTo(identified.identity());
  }
}
