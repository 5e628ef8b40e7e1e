package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.event.Measure;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.quantity.Count;
import dev.symposia.time.DateSpan;
import org.junit.jupiter.api.Test;

/** "Several" in JSON: a precision of its own, with no value, written, read back and checked by the schema. */
class SeveralJsonTest {
  private static Symposium withSeveral() {
    return Symposium.builder().id("example").title("Example (fictional)").dates(DateSpan.parse("2024-09-12"))
        .addStatistics(Statistic.builder().measure(Measure.INSTITUTIONS).count(Count.several()).build())
        .build();
  }

  @Test
  void severalIsWrittenAsAPrecisionWithoutValueAndReadsBackEqual() throws Exception {
    String json = SymposiaJson.standard().write(withSeveral());
    assertThat(json).contains("""
              "count": {
                "precision": "several"
              }
        """);
    assertThat(SchemaCheck.document(json)).isEmpty();
    assertThat(SymposiaJson.strict().readSymposium(json)).isEqualTo(withSeveral());
  }

  @Test
  void severalWithAValueIsRefusedByTheSchemaAndByReaders() {
    String json = "{\"symposiaFormat\": 1, \"id\": \"s\", \"title\": \"S\", \"dates\": \"2020-09\", "
        + "\"statistics\": [{\"measure\": \"institutions\", \"count\": {\"precision\": \"several\", \"value\": 3}}]}";
    assertThat(SchemaCheck.document(json)).isNotEmpty();
    assertThatThrownBy(() -> SymposiaJson.standard().readSymposium(json)).isInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith("statistics[0].count.value: must be absent when the precision is several (was 3)");
  }
}
