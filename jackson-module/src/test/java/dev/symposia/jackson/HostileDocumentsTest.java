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
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
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
  void isRefusedWithTheSameMessageFromAStreamAndFromBytesInMemory(Case c) throws IOException {
    Class<? extends Aggregate> type = TYPES.get(c.type());
    SymposiaJsonException fromPath = (SymposiaJsonException) catchThrowable(
        () -> reader(c).read(directory().resolve(c.file()), type));
    Throwable fromStream;
    try (InputStream in = Files.newInputStream(directory().resolve(c.file()))) {
      fromStream = catchThrowable(() -> reader(c).read(in, type));
    }
    assertThat(fromStream).isInstanceOf(SymposiaJsonException.class).hasMessage(fromPath.getMessage());
    // Bytes in memory are parsed as they come, not read whole first: the same refusal, at the same place.
    byte[] bytes = Files.readAllBytes(directory().resolve(c.file()));
    Throwable fromMemory = catchThrowable(() -> reader(c).read(new ByteArrayInputStream(bytes), type));
    assertThat(fromMemory).isInstanceOf(SymposiaJsonException.class).hasMessage(fromPath.getMessage());
  }

  // The documents in ASCII without control characters other than white space, which read alike as text and
  // as bytes, lines and columns included.
  static List<Case> textCases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (Case c : cases()) {
      byte[] bytes = Files.readAllBytes(directory().resolve(c.file()));
      boolean text = true;
      for (byte b : bytes) {
        text &= b >= 0x20 && b < 0x7F || b == '\n' || b == '\r' || b == '\t';
      }
      if (text) {
        cases.add(c);
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textCases")
  void isRefusedWithTheSameMessageFromText(Case c) throws IOException {
    Class<? extends Aggregate> type = TYPES.get(c.type());
    String text = Files.readString(directory().resolve(c.file()), StandardCharsets.US_ASCII);
    assertThat(catchThrowable(() -> reader(c).read(text, type)))
        .as("from a String").isInstanceOf(SymposiaJsonException.class).hasMessage(c.message());
    assertThat(catchThrowable(() -> reader(c).read(new StringReader(text), type)))
        .as("from a StringReader").isInstanceOf(SymposiaJsonException.class).hasMessage(c.message());
    assertThat(catchThrowable(() -> reader(c).read(new BufferedReader(new StringReader(text), 64), type)))
        .as("from a reader read whole").isInstanceOf(SymposiaJsonException.class).hasMessage(c.message());
  }

  /**
   * A refused value is reported where it is in the document, whenever the refusal is found: at the value of
   * the last property or element the path names (for a required property that is missing, at the object
   * that lacks it), read here from the bytes at the reported line and column, not by the reader's
   * own locator.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isPlacedAtTheValueItsPathNames(Case c) throws IOException {
    SymposiaJsonException thrown = (SymposiaJsonException) catchThrowable(
        () -> reader(c).read(directory().resolve(c.file()), TYPES.get(c.type())));
    String path = thrown.jsonPath();
    boolean missing = thrown.rule().contains("is required");
    if (path.equals("$") || thrown.getLocation() == null || thrown.offendingValue().isEmpty() && !missing
        || path.endsWith("]") && path.contains("[\"")) {
      return;
    }
    byte[] document = Files.readAllBytes(directory().resolve(c.file()));
    int at = offset(document, thrown.getLocation().getLineNr(), thrown.getLocation().getColumnNr());
    String before = new String(document, 0, at, StandardCharsets.UTF_8).stripTrailing();
    String from = new String(document, at, document.length - at, StandardCharsets.UTF_8);
    String step = lastStep(path);
    if (missing && (from.startsWith("{") || from.startsWith("}"))) {
      // A property that is required and absent: the reader finds it when the object ends, and reports its
      // closing brace; the model finds it when the object is built, and the refusal is placed at the object.
      return;
    }
    assertThat(from).as("the value starts at the reported place").matches("(?s)^[\\[{\"0-9tfn-].*");
    if (step.startsWith("[")) {
      assertThat(before).as("an element of an array precedes %s", step).matches("(?s).*[\\[,]$");
    } else {
      assertThat(before).as("the value of %s", step).matches("(?s).*\"" + step + "\"\\s*:$");
    }
  }

  private static int offset(byte[] document, int line, int column) {
    int offset = 0;
    for (int l = 1; l < line; offset++) {
      if (document[offset] == '\n') {
        l++;
      }
    }
    return offset + column - 1;
  }

  // The last property name or index of a path: "person" of "sessions[0].participants[0].person".
  private static String lastStep(String path) {
    int dot = path.lastIndexOf('.');
    int bracket = path.lastIndexOf('[');
    return bracket > dot ? path.substring(bracket) : path.substring(dot + 1);
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
