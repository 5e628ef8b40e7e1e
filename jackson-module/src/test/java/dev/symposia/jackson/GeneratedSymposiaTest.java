package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.symposia.Aggregate;
import dev.symposia.generators.EventGenerators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties over the shared generators of valid symposia. */
class GeneratedSymposiaTest {
  private static final int EXAMPLES = Integer.getInteger("symposia.examples", 100);

  @Test
  void everyGeneratedSymposiumIsValidAgainstTheSchema() {
    qt().withExamples(EXAMPLES).forAll(EventGenerators.symposia()).checkAssert(symposium -> {
      String json = write(symposium);
      assertThat(SchemaCheck.definition("SymposiumDocument", json)).as(json).isEmpty();
    });
  }

  @Test
  void everyGeneratedSymposiumReadsBackEqualInBothModes() {
    qt().withExamples(EXAMPLES).forAll(EventGenerators.symposia()).checkAssert(symposium -> {
      String json = write(symposium);
      try {
        assertThat(SymposiaJson.standard().readSymposium(json)).isEqualTo(symposium);
        assertThat(SymposiaJson.strict().readSymposium(
            new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).isEqualTo(symposium);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void theSameValueAlwaysGivesTheSameBytes() {
    qt().withExamples(EXAMPLES).forAll(EventGenerators.symposia()).checkAssert(symposium -> {
      try {
        String json = write(symposium);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SymposiaJson.strict().write(symposium, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(json);
        assertThat(write(SymposiaJson.standard().readSymposium(json))).isEqualTo(json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void everyPartOfAGeneratedSymposiumIsADocumentOfItsOwn() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new SymposiaModule());
    qt().withExamples(EXAMPLES / 2).forAll(EventGenerators.symposia()).checkAssert(symposium -> {
      List<Aggregate> parts = new ArrayList<>();
      parts.addAll(symposium.sessions());
      parts.addAll(symposium.speakers());
      parts.addAll(symposium.institutions());
      parts.addAll(symposium.agreements());
      for (Aggregate part : parts) {
        try {
          Class<? extends Aggregate> type = Samples.typeOf(part);
          String json = write(part);
          assertThat(SchemaCheck.definition(type.getSimpleName() + "Document", json)).as(json).isEmpty();
          assertThat(SymposiaJson.strict().read(json, type)).isEqualTo(part);
          assertThat(mapper.readValue(mapper.writeValueAsBytes(part), type)).isEqualTo(part);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
  }

  private static String write(Aggregate model) {
    return SymposiaJson.standard().write(model);
  }
}
