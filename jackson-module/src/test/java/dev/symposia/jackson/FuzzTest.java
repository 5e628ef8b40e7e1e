package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.Aggregate;
import dev.symposia.event.Symposium;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Random mutations and truncations of valid documents: reading one either succeeds or throws a
 * {@link SymposiaJsonException} whose message is one of the module's own, never anything else.
 *
 * <p>The seed is fixed so that a failure can be replayed; {@code -Dsymposia.fuzz.seed} and
 * {@code -Dsymposia.fuzz.rounds} explore further.
 */
class FuzzTest {
  private static final long SEED = Long.getLong("symposia.fuzz.seed", 20261122L);
  private static final int ROUNDS = Integer.getInteger("symposia.fuzz.rounds", 3000);
  private static final byte[] ALPHABET = "{}[]:,\"\\ 0123456789-+.eEtrufalsn/ \n\u00ff".getBytes(StandardCharsets.ISO_8859_1);

  private static List<byte[]> seeds() throws IOException {
    List<byte[]> seeds = new ArrayList<>();
    for (Aggregate model : Samples.documents()) {
      if (model instanceof Symposium) {
        seeds.add(SymposiaJson.standard().write(model).getBytes(StandardCharsets.UTF_8));
      }
    }
    Path golden = Path.of(System.getProperty("basedir", ".")).resolve("../docs/json/examples");
    if (Files.isDirectory(golden)) {
      try (Stream<Path> files = Files.list(golden)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          seeds.add(Files.readAllBytes(file));
        }
      }
    }
    return seeds;
  }

  @Test
  void mutatedDocumentsAreReadOrRefusedWithTheModulesException() throws IOException {
    List<byte[]> seeds = seeds();
    Random random = new Random(SEED);
    int refused = 0;
    for (int round = 0; round < ROUNDS; round++) {
      byte[] document = mutate(seeds.get(random.nextInt(seeds.size())), random);
      SymposiaJson json = random.nextBoolean() ? SymposiaJson.standard() : SymposiaJson.strict();
      refused += check(json, document, round) ? 0 : 1;
    }
    assertThat(refused).as("most mutations break the document").isGreaterThan(ROUNDS / 2);
  }

  private static boolean check(SymposiaJson json, byte[] document, int round) {
    boolean accepted = true;
    for (int reader = 0; reader < 2; reader++) {
      try {
        if (reader == 0) {
          json.readSymposium(new ByteArrayInputStream(document));
        } else {
          json.readSymposium(new String(document, StandardCharsets.UTF_8));
        }
      } catch (SymposiaJsonException e) {
        accepted = false;
        assertThat(e.getMessage()).as("round %d", round).doesNotContain("cannot be read (");
      } catch (Throwable e) {
        throw new AssertionError("round " + round + " (seed " + SEED + ") threw " + e + " for:\n"
            + new String(document, StandardCharsets.UTF_8), e);
      }
    }
    return accepted;
  }

  private static byte[] mutate(byte[] original, Random random) {
    byte[] bytes = original.clone();
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(6)) {
        case 0 -> bytes = Arrays.copyOf(bytes, at);
        case 1 -> bytes[at] = ALPHABET[random.nextInt(ALPHABET.length)];
        case 2 -> {
          int end = Math.min(bytes.length, at + 1 + random.nextInt(40));
          byte[] shorter = new byte[bytes.length - (end - at)];
          System.arraycopy(bytes, 0, shorter, 0, at);
          System.arraycopy(bytes, end, shorter, at, bytes.length - end);
          bytes = shorter;
        }
        case 3 -> {
          int end = Math.min(bytes.length, at + 1 + random.nextInt(60));
          byte[] longer = new byte[bytes.length + (end - at)];
          System.arraycopy(bytes, 0, longer, 0, end);
          System.arraycopy(bytes, at, longer, end, bytes.length - at);
          bytes = longer;
        }
        case 4 -> bytes[at] = (byte) random.nextInt(256);
        default -> {
          byte[] longer = new byte[bytes.length + 1];
          System.arraycopy(bytes, 0, longer, 0, at);
          longer[at] = ALPHABET[random.nextInt(ALPHABET.length)];
          System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
          bytes = longer;
        }
      }
      if (bytes.length == 0) {
        return bytes;
      }
    }
    return bytes;
  }
}
