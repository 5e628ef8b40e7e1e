package dev.symposia.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.event.Symposium;
import dev.symposia.generators.EventGenerators;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One validator and one set of symposia shared by many threads at once, each symposium validated for the
 * first time by all of them together (so that the session table kept with each instance is made under
 * contention), give every thread the findings one thread alone gets.
 */
class ConcurrentValidationTest {
  private static final int THREADS = 8;

  @Test
  void sharedSymposiaValidatedFromManyThreadsGiveTheFindingsOfOneThread() throws Exception {
    List<Symposium> shared = new ArrayList<>();
    qt().withExamples(30).forAll(EventGenerators.symposia()).checkAssert(shared::add);
    Symposium clash = Fixtures.symposium()
        .addSessions(Fixtures.session("a", "2022-11-22", "09:00/10:00").addParticipants(Fixtures.speaker("wang")).build(),
            Fixtures.session("b", "2022-11-22", "09:30/10:30").addParticipants(Fixtures.speaker("wang")).build())
        .build();
    shared.add(clash);
    // What one thread finds, on copies that nothing has validated yet.
    Validator validator = SymposiaValidation.validator();
    List<List<String>> expected = new ArrayList<>();
    for (Symposium symposium : shared) {
      expected.add(findings(validator, Symposium.builder().from(symposium).build()));
    }
    assertThat(expected.get(expected.size() - 1)).as("the clash is found").isNotEmpty();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<List<String>>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        results.add(pool.submit(() -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < shared.size(); i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(seed));
          List<List<String>> found = new ArrayList<>(Collections.nCopies(shared.size(), null));
          start.await();
          for (int i : order) {
            found.set(i, findings(validator, shared.get(i)));
          }
          return found;
        }));
      }
      start.countDown();
      for (Future<List<List<String>>> result : results) {
        assertThat(result.get(2, TimeUnit.MINUTES)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> findings(Validator validator, Symposium symposium) {
    return Finding.all(validator.validate(symposium, Errors.class, Warnings.class)).stream()
        .map(f -> f.code() + " " + f.path() + " " + f.message()).collect(Collectors.toList());
  }
}
