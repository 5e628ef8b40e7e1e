package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {
  static List<Object> documents() {
    return Samples.documents();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyDocumentIsValidAgainstTheSchema(Object model) throws Exception {
    String json = SymposiaJson.standard().write(model);
    assertThat(SchemaCheck.document(json)).as(json).isEmpty();
    String definition = model.getClass().getSuperclass().getSimpleName() + "Document";
    assertThat(SchemaCheck.definition(definition, json)).as(json).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyDocumentReadsBackEqualInBothModes(Object model) throws Exception {
    String json = SymposiaJson.standard().write(model);
    Class<?> type = model.getClass().getSuperclass();
    assertThat(SymposiaJson.standard().read(json, type)).isEqualTo(model);
    assertThat(SymposiaJson.strict().read(json, type)).isEqualTo(model);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void writingWhatWasReadGivesTheSameBytes(Object model) throws Exception {
    SymposiaJson json = SymposiaJson.standard();
    String first = json.write(model);
    String second = json.write(json.read(first, model.getClass().getSuperclass()));
    assertThat(second).isEqualTo(first);
    assertThat(first).endsWith("}\n").doesNotContain("\r").startsWith("{\n  \"symposiaFormat\": 1,\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void aPlainMapperWithTheModuleReadsAndWritesTheSameContent(Object model) throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new SymposiaModule());
    Class<?> type = model.getClass().getSuperclass();
    String compact = mapper.writeValueAsString(model);
    assertThat(mapper.readValue(compact, type)).isEqualTo(model);
    assertThat(mapper.readValue(compact.getBytes(StandardCharsets.UTF_8), type)).isEqualTo(model);
    assertThat(mapper.readTree(compact)).isEqualTo(mapper.readTree(SymposiaJson.standard().write(model)));
  }
}
