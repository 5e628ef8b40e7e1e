package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.event.Measure;
import dev.symposia.event.Series;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.quantity.Count;
import dev.symposia.quantity.Share;
import dev.symposia.time.DateSpan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shares, linked figures and series identifiers in JSON: written in their canonical form, read back equal, valid
 * under the schema; what the schema can check it refuses as the readers do, and what it cannot (a part above its
 * whole, a link to nothing) the readers refuse alone.
 */
class SharesJsonTest {
  private static Symposium example() {
    return Symposium.builder().id("example").title("Example Meeting (fictional)").dates(DateSpan.parse("2031-01-14"))
        .series(Series.builder().id("example-winter-school").name("winter school of the Example Institute").build())
        .addStatistics(
            Statistic.builder().id("abstracts").measure(Measure.ABSTRACTS).count(Count.unknown()).build(),
            Statistic.builder().measure(Measure.ABSTRACTS).count(Count.unknown())
                .share(Share.parse("about 1/3"), "abstracts").description("came from abroad").build(),
            Statistic.builder().measure(Measure.ABSTRACTS).count(Count.exactly(40))
                .share(Share.parse("more than 12.5%"), "abstracts").description("selected for oral presentation")
                .build(),
            Statistic.builder().id("experts").measure(Measure.EXPERTS).count(Count.moreThan(200)).build(),
            Statistic.builder().measure(Measure.COUNTRIES).count(Count.moreThan(20)).sameGroupAs("experts").build())
        .build();
  }

  @Test
  void sharesLinksAndSeriesIdentifiersAreWrittenInTheirFormAndReadBackEqual() throws IOException {
    String json = SymposiaJson.standard().write(example());

    assertThat(json).contains("""
          "series": {
            "id": "example-winter-school",
        """).contains("""
              "share": {
                "precision": "about",
                "part": 1,
                "whole": 3
              },
              "shareOf": "abstracts",
        """).contains("""
              "share": {
                "precision": "more_than",
                "percent": 12.5
              },
        """).contains("""
              "sameGroupAs": "experts"
        """).contains("""
              "id": "experts",
              "measure": "experts",
        """);
    assertThat(SchemaCheck.document(json)).isEmpty();
    assertThat(SymposiaJson.strict().readSymposium(json)).isEqualTo(example());
    assertThat(SymposiaJson.standard().readSymposium(json)).isEqualTo(example());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{\"precision\": \"exact\", \"percent\": 0}", "{\"precision\": \"exact\", \"percent\": 100}",
      "{\"precision\": \"about\", \"percent\": 33.3}", "{\"precision\": \"at_least\", \"part\": 3, \"whole\": 3}",
      "{\"precision\": \"more_than\", \"percent\": 99.5}"})
  void theSchemaAcceptsEachFormOfAShare(String share) {
    assertThat(SchemaCheck.definition("Share", share)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{\"precision\": \"about\", \"percent\": 120}", "{\"precision\": \"about\", \"percent\": -1}",
      "{\"precision\": \"more_than\", \"percent\": 100}", "{\"precision\": \"several\", \"part\": 1, \"whole\": 3}",
      "{\"precision\": \"unknown\", \"percent\": 5}", "{\"precision\": \"about\", \"percent\": 30, \"part\": 1, \"whole\": 3}",
      "{\"precision\": \"about\", \"part\": 1}", "{\"precision\": \"about\"}", "{\"percent\": 30}",
      "{\"precision\": \"about\", \"part\": 1, \"whole\": 0}", "{\"precision\": \"about\", \"percent\": \"30\"}",
      "{\"precision\": \"about\", \"percent\": 30, \"of\": \"abstracts\"}"})
  void theSchemaRefusesWhatIsNoShare(String share) {
    assertThat(SchemaCheck.definition("Share", share)).isNotEmpty();
  }

  /** The hostile documents of shares and links: refused by the readers (HostileDocumentsTest), and by the schema where it can tell. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      164-share-over-hundred-percent.json      | true
      165-share-part-above-whole.json          | false
      166-share-of-itself.json                 | false
      167-share-of-missing-statistic.json      | false
      168-same-group-as-missing-statistic.json | false
      169-share-more-than-all.json             | true
      170-share-without-share-of.json          | true
      171-statistic-id-repeated.json           | false
      172-share-several.json                   | true
      173-share-percent-with-exponent.json     | false
      174-share-percent-and-fraction.json      | true
      175-series-id-malformed.json             | true
      """)
  void theSchemaRefusesTheHostileDocumentsItCanTell(String file, boolean schemaRefuses) throws IOException {
    String json;
    try (InputStream in = SharesJsonTest.class.getResourceAsStream("/hostile/" + file)) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(SchemaCheck.document(json).isEmpty()).as(file).isEqualTo(!schemaRefuses);
    assertThatThrownBy(() -> SymposiaJson.standard().readSymposium(json)).isInstanceOf(SymposiaJsonException.class);
  }

  /** A share is a percentage or a fraction: the readers name the part of it that is missing or too much. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      {"precision": "about"}                              | percent: or part and whole are required
      {"precision": "about", "part": 1}                   | whole: is required with a part
      {"precision": "about", "whole": 3}                  | part: is required with a whole
      {"precision": "about", "percent": 30, "whole": 3}   | whole: must be absent with a percent: a share is a percentage or a fraction (was 3)
      {"precision": "about", "percent": 30, "part": 1}    | part: must be absent with a percent: a share is a percentage or a fraction (was 1)
      """)
  void theReadersNameWhatAShareLacksOrHasTooMuchOf(String share, String refusal) {
    String json = "{\"symposiaFormat\": 1, \"id\": \"s\", \"title\": \"T\", \"dates\": \"2031-01-14\", \"statistics\": ["
        + "{\"id\": \"abstracts\", \"measure\": \"abstracts\", \"count\": {\"precision\": \"unknown\"}},"
        + "{\"measure\": \"abstracts\", \"count\": {\"precision\": \"unknown\"}, \"share\": " + share
        + ", \"shareOf\": \"abstracts\"}]}";
    assertThat(SchemaCheck.document(json)).isNotEmpty();
    for (SymposiaJson reader : new SymposiaJson[] {SymposiaJson.standard(), SymposiaJson.strict()}) {
      assertThatThrownBy(() -> reader.readSymposium(json)).isInstanceOf(SymposiaJsonException.class)
          .hasMessageStartingWith("statistics[1].share." + refusal + " at line 1, column ");
    }
  }

  @Test
  void aSymposiumWhoseLinksAllResolveIsValidUnderTheSchemaAndTheReaders() throws IOException {
    String json = "{\"symposiaFormat\": 1, \"id\": \"s\", \"title\": \"T\", \"dates\": \"2031-01-14\", \"statistics\": ["
        + "{\"id\": \"abstracts\", \"measure\": \"abstracts\", \"count\": {\"precision\": \"unknown\"}},"
        + "{\"measure\": \"abstracts\", \"count\": {\"precision\": \"unknown\"}, \"share\": {\"precision\": \"about\","
        + " \"percent\": 30}, \"shareOf\": \"abstracts\", \"sameGroupAs\": \"other\"},"
        + "{\"id\": \"other\", \"measure\": \"abstracts\", \"count\": {\"precision\": \"several\"}}]}";
    assertThat(SchemaCheck.document(json)).isEmpty();
    assertThat(SymposiaJson.standard().readSymposium(json).statistics().get(1).share())
        .contains(Share.parse("about 30%"));
  }

  /** A percentage is a JSON number written without an exponent, as the writer writes it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      "30"   | must be a number (was "30")
      true   | must be a number (was true)
      1e1    | must be a number without an exponent (was 1e1)
      1E1    | must be a number without an exponent (was 1E1)
      1.5e-1 | must be a number without an exponent (was 1.5e-1)
      """)
  void aPercentageIsANumberWithoutAnExponent(String percent, String refusal) throws IOException {
    String json = "{\"symposiaFormat\": 1, \"id\": \"s\", \"title\": \"T\", \"dates\": \"2031-01-14\", \"statistics\": ["
        + "{\"id\": \"abstracts\", \"measure\": \"abstracts\", \"count\": {\"precision\": \"unknown\"}},"
        + "{\"measure\": \"abstracts\", \"count\": {\"precision\": \"unknown\"}, \"share\": {\"precision\": \"about\","
        + " \"percent\": " + percent + "}, \"shareOf\": \"abstracts\"}]}";
    for (SymposiaJson reader : new SymposiaJson[] {SymposiaJson.standard(), SymposiaJson.strict()}) {
      assertThatThrownBy(() -> reader.readSymposium(json)).isInstanceOf(SymposiaJsonException.class)
          .hasMessageStartingWith("statistics[1].share.percent: " + refusal + " at line 1, column ");
    }
    assertThat(SymposiaJson.standard().readSymposium(json.replace(percent, "30.5")).statistics().get(1).share())
        .contains(Share.parse("about 30.5%"));
  }
}
