package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mapper lays out whatever it writes the canonical way, also values of the user's own that nest deeper
 * than any aggregate: two spaces per level, one line per element, empty containers on one line.
 */
class MapperLayoutTest {
  private final ObjectMapper mapper = SymposiaJson.standard().mapper();

  // [[...[1, {"k": []}, {}]...]] with the given number of arrays.
  private static Object nested(int depth) {
    Map<String, Object> withEmptyArray = new LinkedHashMap<>();
    withEmptyArray.put("k", List.of());
    Object value = List.of(1, withEmptyArray, Map.of());
    for (int i = 1; i < depth; i++) {
      value = List.of(value);
    }
    return value;
  }

  private static String expected(int depth) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < depth; i++) {
      lines.add("  ".repeat(i) + "[");
    }
    String inner = "  ".repeat(depth);
    lines.add(inner + "1,");
    lines.add(inner + "{");
    lines.add(inner + "  \"k\": []");
    lines.add(inner + "},");
    lines.add(inner + "{}");
    for (int i = depth - 1; i >= 0; i--) {
      lines.add("  ".repeat(i) + "]");
    }
    return String.join("\n", lines);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 14, 15, 16, 17, 20})
  void indentsEveryLevelByTwoSpaces(int depth) throws Exception {
    assertThat(mapper.writeValueAsString(nested(depth))).isEqualTo(expected(depth));
  }

  @Test
  void valuesWrittenInASequenceAreSeparatedByALineFeed() throws Exception {
    StringWriter out = new StringWriter();
    try (SequenceWriter values = mapper.writer().writeValues(out)) {
      values.write(List.of(1)).write(Map.of());
    }
    assertThat(out).hasToString("[\n  1\n]\n{}");
  }
}
