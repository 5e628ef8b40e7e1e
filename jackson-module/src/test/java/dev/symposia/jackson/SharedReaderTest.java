package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.symposia.event.Symposium;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shared reader is never changed by what it read: after documents of thousands of property names whose
 * hashes collide, which once left {@code SymposiaJson.standard()} refusing every later document read from
 * bytes for the life of the JVM, the same instance (and a mapper it made) reads valid documents as before.
 */
class SharedReaderTest {
  @TempDir
  Path directory;

  /**
   * The document an attack found ({@code collisions/colliding-property-names.json}: 3,000 unknown property
   * names of "Aa" and "BB" blocks, about 130 KB), and documents made the same way with other names, so that
   * the test holds for such documents in general rather than for one.
   */
  private static List<byte[]> attacks() throws IOException {
    List<byte[]> attacks = new ArrayList<>();
    try (InputStream in = SharedReaderTest.class.getResourceAsStream("/collisions/colliding-property-names.json")) {
      attacks.add(in.readAllBytes());
    }
    for (int blocks = 12; blocks <= 20; blocks += 4) {
      for (String prefix : List.of("", "x", "colliding-")) {
        StringBuilder document = new StringBuilder(
            "{\"symposiaFormat\":1,\"id\":\"x\",\"title\":\"T\",\"dates\":\"2022\"");
        for (int bits = 0; bits < 3_000; bits++) {
          document.append(",\"").append(prefix);
          for (int block = 0; block < blocks; block++) {
            document.append((bits >> block & 1) == 0 ? "Aa" : "BB");
          }
          document.append("\":0");
        }
        attacks.add(document.append('}').toString().getBytes(StandardCharsets.UTF_8));
      }
    }
    return attacks;
  }

  private static List<Symposium> valid() {
    return List.of(Samples.rich(), Samples.minimal());
  }

  @Test
  void documentsOfCollidingNamesDoNotChangeHowTheNextDocumentIsRead() throws IOException {
    SymposiaJson json = SymposiaJson.standard();
    ObjectMapper mapper = json.mapper();
    for (byte[] attack : attacks()) {
      String text = new String(attack, StandardCharsets.UTF_8);
      for (Throwable thrown : Arrays.asList(
          catchThrowable(() -> json.read(new ByteArrayInputStream(attack), Symposium.class)),
          catchThrowable(() -> json.readSymposium(text)),
          catchThrowable(() -> json.readSymposium(new StringReader(text))),
          catchThrowable(() -> mapper.readValue(attack, Symposium.class)),
          catchThrowable(() -> mapper.readValue(text, Symposium.class)),
          catchThrowable(() -> mapper.readValue(new StringReader(text), Symposium.class)))) {
        if (thrown != null) {
          assertThat(thrown).isInstanceOf(SymposiaJsonException.class).hasMessageNotContaining("disable");
          assertThat(((SymposiaJsonException) thrown).rule()).isEqualTo(
              "must not have so many property names whose hashes collide (a denial-of-service attack)");
        }
      }

      for (Symposium symposium : valid()) {
        byte[] bytes = json.write(symposium).getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(directory.resolve("valid.json"), bytes);
        assertThat(json.read(new ByteArrayInputStream(bytes), Symposium.class)).isEqualTo(symposium);
        assertThat(json.readSymposium(file)).isEqualTo(symposium);
        assertThat(json.readSymposium(new String(bytes, StandardCharsets.UTF_8))).isEqualTo(symposium);
        assertThat(mapper.readValue(bytes, Symposium.class)).isEqualTo(symposium);
        assertThat(mapper.copy().readValue(bytes, Symposium.class)).isEqualTo(symposium);
        assertThat(mapper.readValue(new String(bytes, StandardCharsets.UTF_8), Symposium.class)).isEqualTo(symposium);
        assertThat(mapper.readValue(new StringReader(new String(bytes, StandardCharsets.UTF_8)), Symposium.class))
            .isEqualTo(symposium);
      }
    }
  }
}
