package dev.symposia.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.time.DateSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link Symposium#derived(Symposium.Derivation)}: one value per derivation and instance, computed once. */
class SymposiumDerivationTest {
  private static Symposium symposium(String id) {
    return Symposium.builder().id(id).title("Fictional Symposium on Testing")
        .dates(DateSpan.on(LocalDate.of(2030, 1, 2))).addSessions(Session.builder().id("s1")
            .kind(SessionKind.PLENARY).build()).build();
  }

  @Test
  void computesOncePerInstanceAndReturnsTheSameValue() {
    AtomicInteger calls = new AtomicInteger();
    Symposium.Derivation<List<String>> ids = Symposium.Derivation.of(s -> {
      calls.incrementAndGet();
      return List.of(s.id().value());
    });
    Symposium symposium = symposium("a");

    List<String> first = symposium.derived(ids);
    List<String> second = symposium.derived(ids);

    assertThat(first).containsExactly("a").isSameAs(second);
    assertThat(calls).hasValue(1);
  }

  @Test
  void keepsOneValueForEachDerivationAndEachInstance() {
    Symposium.Derivation<String> id = Symposium.Derivation.of(s -> s.id().value());
    Symposium.Derivation<String> upper = Symposium.Derivation.of(s -> s.id().value().toUpperCase());
    Symposium a = symposium("a");
    Symposium equalToA = symposium("a");

    assertThat(a.derived(id)).isEqualTo("a");
    assertThat(a.derived(upper)).isEqualTo("A");
    assertThat(symposium("b").derived(id)).isEqualTo("b");
    assertThat(equalToA).isEqualTo(a);
    AtomicInteger calls = new AtomicInteger();
    Symposium.Derivation<Integer> counted = Symposium.Derivation.of(s -> calls.incrementAndGet());
    a.derived(counted);
    equalToA.derived(counted);
    assertThat(calls).as("an equal instance is another instance").hasValue(2);
  }

  @Test
  void aValueKeptStaysKeptWhenOtherDerivationsAreAdded() {
    Symposium symposium = symposium("a");
    AtomicInteger calls = new AtomicInteger();
    Symposium.Derivation<List<String>> first = Symposium.Derivation.of(s -> {
      calls.incrementAndGet();
      return List.of(s.id().value());
    });
    List<String> kept = symposium.derived(first);
    for (int i = 0; i < 3; i++) {
      Integer n = i;
      Symposium.Derivation<Integer> other = Symposium.Derivation.of(s -> n);
      assertThat(symposium.derived(other)).isEqualTo(n);
    }

    assertThat(symposium.derived(first)).isSameAs(kept);
    assertThat(calls).hasValue(1);
  }

  @Test
  void aDerivationThatFailsLeavesNothingKept() {
    AtomicInteger calls = new AtomicInteger();
    Symposium.Derivation<String> failingOnce = Symposium.Derivation.of(s -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("first call fails");
      }
      return "second";
    });
    Symposium symposium = symposium("a");

    assertThatThrownBy(() -> symposium.derived(failingOnce)).isInstanceOf(IllegalStateException.class);
    assertThat(symposium.derived(failingOnce)).isEqualTo("second");
    assertThat(symposium.derived(failingOnce)).isEqualTo("second");
    assertThat(calls).hasValue(2);
  }

  @Test
  void refusesNullDerivationsAndNullValues() {
    Symposium symposium = symposium("a");

    assertThatThrownBy(() -> symposium.derived(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("derivation");
    assertThatThrownBy(() -> Symposium.Derivation.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("function");
    assertThatThrownBy(() -> symposium.derived(Symposium.Derivation.of(s -> null)))
        .isInstanceOf(NullPointerException.class).hasMessage("the derivation computed null");
  }

  @Test
  void threadsAskingAtOnceAllGetTheOneValueKept() throws InterruptedException {
    Symposium.Derivation<Object> fresh = Symposium.Derivation.of(s -> new Object());
    Symposium symposium = symposium("a");
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<Object> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> running = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread thread = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        seen.add(symposium.derived(fresh));
      });
      thread.start();
      running.add(thread);
    }
    start.countDown();
    for (Thread thread : running) {
      thread.join();
    }

    assertThat(seen).hasSize(threads).allSatisfy(value -> assertThat(value).isSameAs(symposium.derived(fresh)));
  }
}
