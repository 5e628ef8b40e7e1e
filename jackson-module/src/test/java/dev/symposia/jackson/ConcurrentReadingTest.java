package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.Aggregate;
import dev.symposia.agreement.AgreementRecord;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.generators.EventGenerators;
import dev.symposia.institution.Institution;
import dev.symposia.people.Speaker;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One {@link SymposiaJson} shared by many threads that read, at once and in different orders, valid
 * documents and the hostile corpus, through strings and streams, and write what they read: every thread
 * gets what one thread alone gets, the same model written to the same bytes or the same refusal.
 */
class ConcurrentReadingTest {
  private static final int THREADS = 8;
  private static final Map<String, Class<? extends Aggregate>> TYPES = Map.of("symposium", Symposium.class,
      "session", Session.class, "speaker", Speaker.class, "institution", Institution.class,
      "agreement", CooperationAgreement.class, "record", AgreementRecord.class);

  private record Input(byte[] bytes, Class<? extends Aggregate> type) {
    static Input of(String text, Class<? extends Aggregate> type) {
      return new Input(text.getBytes(StandardCharsets.UTF_8), type);
    }
  }

  @Test
  void aSharedReaderGivesEveryThreadWhatOneThreadGets() throws Exception {
    SymposiaJson json = SymposiaJson.standard();
    List<Input> inputs = new ArrayList<>();
    Path repository = Path.of(System.getProperty("basedir", ".")).resolve("..");
    try (Stream<Path> golden = Files.list(repository.resolve("docs/json/examples"))) {
      for (Path file : golden.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        inputs.add(new Input(Files.readAllBytes(file), Symposium.class));
      }
    }
    Path hostile = Path.of(ConcurrentReadingTest.class.getResource("/hostile/expected.tsv").toURI()).getParent();
    for (String line : Files.readAllLines(hostile.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] columns = line.split("\t", 4);
        if (columns[2].equals("standard")) {
          inputs.add(new Input(Files.readAllBytes(hostile.resolve(columns[0])), TYPES.get(columns[1])));
        }
      }
    }
    qt().withExamples(20).forAll(EventGenerators.symposia())
        .checkAssert(symposium -> inputs.add(Input.of(json.write(symposium), Symposium.class)));
    // Bytes that are not UTF-8 read differently as bytes and as a string decoded from them: each way has its
    // own expected outcome.
    List<List<String>> expected = List.of(new ArrayList<>(), new ArrayList<>());
    for (Input input : inputs) {
      expected.get(0).add(outcome(SymposiaJson.standard(), input, false));
      expected.get(1).add(outcome(SymposiaJson.standard(), input, true));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        results.add(pool.submit(() -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < inputs.size(); i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(seed));
          List<String> found = new ArrayList<>(Collections.nCopies(inputs.size(), null));
          start.await();
          for (int i : order) {
            found.set(i, outcome(json, inputs.get(i), seed % 2 == 1));
          }
          return found;
        }));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        List<String> found = results.get(t).get(3, TimeUnit.MINUTES);
        List<String> wanted = expected.get(t % 2);
        for (int i = 0; i < wanted.size(); i++) {
          assertThat(found.get(i)).as("input %d, a %s", i, inputs.get(i).type().getSimpleName())
              .isEqualTo(wanted.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // The document written from what was read, or the refusal's class and message.
  private static String outcome(SymposiaJson json, Input input, boolean fromBytes) {
    try {
      Aggregate model = fromBytes
          ? json.read(new ByteArrayInputStream(input.bytes()), input.type())
          : json.read(new String(input.bytes(), StandardCharsets.UTF_8), input.type());
      return json.write(model);
    } catch (Exception e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
