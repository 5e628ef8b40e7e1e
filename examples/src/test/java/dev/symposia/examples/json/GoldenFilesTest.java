package dev.symposia.examples.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.event.Symposium;
import dev.symposia.examples.events.ReferenceEvents;
import dev.symposia.examples.howto.AccreditedCongress;
import dev.symposia.examples.howto.ClockChangeCongress;
import dev.symposia.examples.howto.StandaloneAgreement;
import dev.symposia.jackson.SymposiaJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five reference events, committed as JSON in {@code docs/json/examples/}, the how-to's congress across
 * a clock change, in {@code docs/json/examples/howto/}, and one fictional agreement record
 * ({@link StandaloneAgreement}), in {@code docs/json/records/}, for services in other languages to test
 * against. Serialisation that changes a single byte of them fails here.
 *
 * <p>To change them on purpose, run
 * {@code ./mvnw -B -pl examples -am verify -Dsymposia.updateGolden=true} and commit the new files with the
 * change that explains them.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."))
      .resolve("../docs/json/examples").normalize();
  private static final boolean UPDATE = Boolean.getBoolean("symposia.updateGolden");

  static Stream<Symposium> events() {
    return Stream.concat(ReferenceEvents.all().stream(), Stream.of(ClockChangeCongress.symposium(),
        AccreditedCongress.symposium(), AccreditedCongress.webinarSeries()));
  }

  private static Path golden(Symposium event) {
    Path directory = ReferenceEvents.all().contains(event) ? GOLDEN : GOLDEN.resolve("howto");
    return directory.resolve(event.id().value() + ".json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void serialisationGivesTheGoldenFileByteForByte(Symposium event) throws IOException {
    byte[] written = SymposiaJson.standard().write(event).getBytes(StandardCharsets.UTF_8);
    Path file = golden(event);
    if (UPDATE) {
      Files.createDirectories(file.getParent());
      Files.write(file, written);
    }
    if (!Files.exists(file)) {
      fail("no golden file " + file + "; run with -Dsymposia.updateGolden=true to make it");
    }
    byte[] expected = Files.readAllBytes(file);
    if (!java.util.Arrays.equals(expected, written)) {
      fail("serialisation of " + event.id() + " differs from " + file + " " + firstDifference(expected, written)
          + "; if the change is intended, run with -Dsymposia.updateGolden=true and commit the files");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void everyKindOfWriterGivesTheSameBytes(Symposium event) throws IOException {
    SymposiaJson json = SymposiaJson.standard();
    byte[] expected = json.write(event).getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
    json.write(event, stream);
    java.io.StringWriter writer = new java.io.StringWriter();
    json.write(event, writer);
    Path file = Files.createTempFile("symposia", ".json");
    try {
      json.write(event, file);
      assertThat(Files.readAllBytes(file)).isEqualTo(expected);
    } finally {
      Files.delete(file);
    }
    assertThat(stream.toByteArray()).isEqualTo(expected);
    assertThat(writer.toString().getBytes(StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void goldenFileReadsBackEqualInBothModes(Symposium event) throws IOException {
    Path file = golden(event);
    assertThat(SymposiaJson.standard().readSymposium(file)).isEqualTo(event);
    assertThat(SymposiaJson.strict().readSymposium(file)).isEqualTo(event);
    assertThat(SymposiaJson.strict().readSymposium(Files.readString(file))).isEqualTo(event);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("events")
  void plainObjectMapperReadsTheGoldenFileAndWritesTheSameContent(Symposium event) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
    Path file = golden(event);
    Symposium read = mapper.readValue(file.toFile(), Symposium.class);
    assertThat(read).isEqualTo(event);
    assertThat(mapper.readTree(mapper.writeValueAsString(event))).isEqualTo(mapper.readTree(file.toFile()));
  }

  @Test
  void theStandaloneAgreementRecordGivesItsGoldenFileByteForByteAndReadsBackEqual() throws IOException {
    AgreementRecord record = StandaloneAgreement.record();
    byte[] written = SymposiaJson.standard().write(record).getBytes(StandardCharsets.UTF_8);
    Path file = GOLDEN.resolveSibling("records").resolve(record.id().value() + ".json");
    if (UPDATE) {
      Files.createDirectories(file.getParent());
      Files.write(file, written);
    }
    if (!Files.exists(file)) {
      fail("no golden file " + file + "; run with -Dsymposia.updateGolden=true to make it");
    }
    byte[] expected = Files.readAllBytes(file);
    if (!java.util.Arrays.equals(expected, written)) {
      fail("serialisation of " + record.id() + " differs from " + file + " " + firstDifference(expected, written)
          + "; if the change is intended, run with -Dsymposia.updateGolden=true and commit the files");
    }
    assertThat(SymposiaJson.standard().read(file, AgreementRecord.class)).isEqualTo(record);
    assertThat(SymposiaJson.strict().read(file, AgreementRecord.class)).isEqualTo(record);
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
    assertThat(mapper.readValue(file.toFile(), AgreementRecord.class)).isEqualTo(record);
  }

  private static String firstDifference(byte[] expected, byte[] actual) {
    String[] a = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
    String[] b = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "<end of file>";
      String y = i < b.length ? b[i] : "<end of file>";
      if (!x.equals(y)) {
        return "at line " + (i + 1) + ": expected [" + x + "] but wrote [" + y + "]";
      }
    }
    return "(line ends or encoding only)";
  }
}
