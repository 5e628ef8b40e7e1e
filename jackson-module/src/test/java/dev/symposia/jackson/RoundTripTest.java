package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.symposia.Aggregate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {
  static List<Aggregate> documents() {
    return Samples.documents();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyDocumentIsValidAgainstTheSchema(Aggregate model) throws Exception {
    String json = SymposiaJson.standard().write(model);
    assertThat(SchemaCheck.document(json)).as(json).isEmpty();
    String definition = model.getClass().getSuperclass().getSimpleName() + "Document";
    assertThat(SchemaCheck.definition(definition, json)).as(json).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyDocumentReadsBackEqualInBothModes(Aggregate model) throws Exception {
    String json = SymposiaJson.standard().write(model);
    Class<? extends Aggregate> type = Samples.typeOf(model);
    assertThat(SymposiaJson.standard().read(json, type)).isEqualTo(model);
    assertThat(SymposiaJson.strict().read(json, type)).isEqualTo(model);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void writingWhatWasReadGivesTheSameBytes(Aggregate model) throws Exception {
    SymposiaJson json = SymposiaJson.standard();
    String first = json.write(model);
    String second = json.write(json.read(first, Samples.typeOf(model)));
    assertThat(second).isEqualTo(first);
    assertThat(first).endsWith("}\n").doesNotContain("\r").startsWith("{\n  \"symposiaFormat\": 1,\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void aPlainMapperWithTheModuleReadsAndWritesTheSameContent(Aggregate model) throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new SymposiaModule());
    Class<? extends Aggregate> type = Samples.typeOf(model);
    String compact = mapper.writeValueAsString(model);
    assertThat(mapper.readValue(compact, type)).isEqualTo(model);
    assertThat(mapper.readValue(compact.getBytes(StandardCharsets.UTF_8), type)).isEqualTo(model);
    assertThat(mapper.readTree(compact)).isEqualTo(mapper.readTree(SymposiaJson.standard().write(model)));
  }
}
