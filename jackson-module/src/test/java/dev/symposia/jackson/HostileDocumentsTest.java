package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.symposia.Aggregate;
import dev.symposia.agreement.AgreementRecord;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.institution.Institution;
import dev.symposia.people.Speaker;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of hostile documents in {@code src/test/resources/hostile/}: each is refused with a
 * {@link SymposiaJsonException} whose message is exactly the one in {@code expected.tsv} (file, document
 * type, reading mode, message).
 */
class HostileDocumentsTest {
  private static final Map<String, Class<? extends Aggregate>> TYPES = Map.of("symposium", Symposium.class, "session", Session.class,
      "speaker", Speaker.class, "institution", Institution.class, "agreement", CooperationAgreement.class,
      "record", AgreementRecord.class);

  /** One line of {@code expected.tsv}. */
  record Case(String file, String type, String mode, String message) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(directory().resolve("expected.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", 4);
      cases.add(new Case(columns[0], columns[1], columns[2], columns[3]));
    }
    return cases;
  }

  private static Path directory() {
    try {
      return Path.of(HostileDocumentsTest.class.getResource("/hostile/expected.tsv").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SymposiaJson reader(Case c) {
    return c.mode().equals("strict") ? SymposiaJson.strict() : SymposiaJson.standard();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRefusedWithTheExactMessage(Case c) {
    Throwable thrown = catchThrowable(() -> reader(c).read(directory().resolve(c.file()), TYPES.get(c.type())));

    assertThat(thrown).isExactlyInstanceOf(SymposiaJsonException.class)
        .isInstanceOf(JsonMappingException.class).isInstanceOf(JacksonException.class);
    assertThat(thrown.getMessage()).isEqualTo(c.message());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRefusedWithTheSameMessageFromAStream(Case c) throws IOException {
    Class<? extends Aggregate> type = TYPES.get(c.type());
    SymposiaJsonException fromPath = (SymposiaJsonException) catchThrowable(
        () -> reader(c).read(directory().resolve(c.file()), type));
    Throwable fromStream;
    try (InputStream in = Files.newInputStream(directory().resolve(c.file()))) {
      fromStream = catchThrowable(() -> reader(c).read(in, type));
    }
    assertThat(fromStream).isInstanceOf(SymposiaJsonException.class).hasMessage(fromPath.getMessage());
  }

  @Test
  void theCorpusHasAtLeastSixtyDocumentsAndEachIsListedOnce() throws IOException {
    List<String> listed = cases().stream().map(Case::file).toList();
    try (var files = Files.list(directory())) {
      List<String> present = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
          .toList();
      assertThat(listed).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(present);
    }
  }
}
