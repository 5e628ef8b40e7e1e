package dev.symposia.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.Aggregate;
import dev.symposia.agreement.AgreementRecord;
import dev.symposia.event.Symposium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden files, read and written by both modules, and both modules in one application: each Jackson finds
 * its own module, and a mapper of each, shared by every test here, reads the same files to the same models.
 */
class BothJacksonsTest {
  private static final Path JSON = Path.of(System.getProperty("basedir", ".")).resolve("../docs/json").normalize();

  // One mapper of each Jackson for the whole application, found the way each Jackson finds modules.
  private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
      new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
  private static final tools.jackson.databind.ObjectMapper JACKSON3 =
      tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();

  static List<Path> goldenFiles() throws IOException {
    try (Stream<Path> files = Files.walk(JSON)) {
      // The conformance kit's documents are other spellings and refused documents, not golden files.
      return files.filter(f -> f.toString().endsWith(".json") && !f.getFileName().toString().endsWith(".schema.json")
              && !f.startsWith(JSON.resolve("conformance")))
          .sorted().collect(Collectors.toList());
    }
  }

  private static Class<? extends Aggregate> typeOf(Path file) {
    return file.getParent().getFileName().toString().equals("records") ? AgreementRecord.class : Symposium.class;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void jackson3WritesEveryGoldenFileBackByteForByte(Path file) throws IOException {
    byte[] golden = Files.readAllBytes(file);
    Class<? extends Aggregate> type = typeOf(file);
    Aggregate read = SymposiaJson.strict().read(file, type);
    assertThat(SymposiaJson.standard().write(read).getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(golden);
    assertThat(dev.symposia.jackson.SymposiaJson.strict().read(file, type)).isEqualTo(read);
    assertThat(dev.symposia.jackson.SymposiaJson.standard().write(read))
        .isEqualTo(SymposiaJson.standard().write(read));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void sharedMappersOfBothJacksonsReadTheSameGoldenFileToEqualModels(Path file) throws IOException {
    Class<? extends Aggregate> type = typeOf(file);
    byte[] golden = Files.readAllBytes(file);
    Aggregate by2 = JACKSON2.readValue(golden, type);
    Aggregate by3 = JACKSON3.readValue(golden, type);
    assertThat(by3).isEqualTo(by2);
    assertThat(JACKSON3.readTree(JACKSON3.writeValueAsString(by3)).toString())
        .isEqualTo(JACKSON2.readTree(JACKSON2.writeValueAsString(by2)).toString());
  }

  @Test
  void eachJacksonFindsOnlyItsOwnModule() {
    assertThat(JACKSON2.getRegisteredModuleIds()).contains(dev.symposia.jackson.SymposiaModule.class.getName())
        .doesNotContain(SymposiaModule.class.getName());
    assertThat(JACKSON3.registeredModules()).anyMatch(m -> m instanceof SymposiaModule)
        .noneMatch(m -> m.getClass().getName().startsWith("dev.symposia.jackson."));
    assertThat(StreamSupport.stream(ServiceLoader.load(com.fasterxml.jackson.databind.Module.class).spliterator(),
        false)).noneMatch(m -> m.getClass().getName().startsWith("dev.symposia.jackson3."));
    assertThat(StreamSupport.stream(ServiceLoader.load(tools.jackson.databind.JacksonModule.class).spliterator(),
        false)).noneMatch(m -> m.getClass().getName().startsWith("dev.symposia.jackson."));
  }

  @Test
  void eachRefusesWithItsOwnJacksonsExceptionAndTheSameMessage() {
    String json = "{\"symposiaFormat\": 1, \"id\": \"m\", \"title\": \"M\", \"dates\": \"2024\", \"edition\": 0}";
    assertThatThrownBy(() -> JACKSON2.readValue(json, Symposium.class))
        .isInstanceOf(dev.symposia.jackson.SymposiaJsonException.class)
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class)
        .isNotInstanceOf(tools.jackson.core.JacksonException.class)
        .hasMessage("edition: must be at least 1 (was 0) at line 1, column 76");
    assertThatThrownBy(() -> JACKSON3.readValue(json, Symposium.class))
        .isInstanceOf(SymposiaJsonException.class)
        .isInstanceOf(tools.jackson.databind.DatabindException.class)
        .isNotInstanceOf(IOException.class)
        .hasMessage("edition: must be at least 1 (was 0) at line 1, column 76");
  }
}
