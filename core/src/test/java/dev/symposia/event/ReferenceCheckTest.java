package dev.symposia.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.symposia.InvalidModelException;
import dev.symposia.event.ReferenceCheck.Kind;
import dev.symposia.identifier.LocalId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The identifier table of {@link ReferenceCheck}: whatever its initial size and however many identifiers it
 * is given, each declared identifier keeps the kind it was first declared with, an identifier only interned
 * or never met has none, and interning the same characters gives the instance met first. Identifiers whose
 * hash codes collide (found at run time, as the hash is seeded anew in every JVM) are kept apart.
 */
class ReferenceCheckTest {
  private static final Kind[] KINDS = Kind.values();

  private static Gen<List<String>> identifierLists() {
    Gen<String> value = SourceDSL.strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 40)
        .zip(SourceDSL.integers().between(0, 1_000_000), (letters, n) -> letters + "-" + n);
    return SourceDSL.lists().of(value).ofSizeBetween(0, 400);
  }

  @Test
  void declaredIdentifiersKeepTheKindTheyWereFirstDeclaredWith() {
    qt().withExamples(60).forAll(identifierLists(), SourceDSL.integers().between(0, 300))
        .checkAssert((values, expectedSize) -> {
          List<String> distinct = new ArrayList<>(new LinkedHashSet<>(values));
          ReferenceCheck table = new ReferenceCheck(expectedSize);
          Map<String, Kind> declared = new HashMap<>();
          for (int i = 0; i < distinct.size(); i++) {
            Kind kind = KINDS[i % KINDS.length];
            assertThat(table.declare(LocalId.of(distinct.get(i)), kind)).as(distinct.get(i)).isNull();
            declared.put(distinct.get(i), kind);
          }
          for (int i = 0; i < distinct.size(); i++) {
            String value = distinct.get(i);
            // A fresh instance with the same value: found by its value, not by identity.
            assertThat(table.kindOf(LocalId.of(value))).as(value).isEqualTo(declared.get(value));
            assertThat(table.declare(LocalId.of(value), KINDS[(i + 1) % KINDS.length])).as(value)
                .isEqualTo(declared.get(value));
            assertThat(table.kindOf(LocalId.of("undeclared-" + value))).as(value).isNull();
          }
        });
  }

  @Test
  void internedCharactersGiveTheInstanceMetFirst() {
    qt().withExamples(60).forAll(identifierLists(), SourceDSL.integers().between(0, 300))
        .checkAssert((values, expectedSize) -> {
          ReferenceCheck table = new ReferenceCheck(expectedSize);
          Map<String, LocalId> first = new HashMap<>();
          for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (i % 2 == 0) {
              LocalId declared = LocalId.of(value);
              table.declare(declared, Kind.SESSION);
              first.putIfAbsent(value, declared);
            }
            LocalId interned = intern(table, value);
            first.putIfAbsent(value, interned);
            assertThat(interned).as(value).isSameAs(first.get(value)).isEqualTo(LocalId.of(value));
          }
          for (Map.Entry<String, LocalId> entry : first.entrySet()) {
            assertThat(intern(table, entry.getKey())).as(entry.getKey()).isSameAs(entry.getValue());
          }
        });
  }

  @Test
  void kindsAreFoundByIdentityAmongTheEntriesMetLastAndByValueBeyondThem() {
    ReferenceCheck table = new ReferenceCheck(4);
    List<LocalId> interned = new ArrayList<>();
    // More identifiers than the entries remembered, so that most of them share a place there with others.
    for (int n = 0; n < 600; n++) {
      LocalId id = intern(table, "fictional-entity-" + n);
      interned.add(id);
      // Right after it was interned, as Entities declares an entity it has just read.
      assertThat(table.kindOf(id)).isNull();
      assertThat(table.declare(id, KINDS[n % KINDS.length])).isNull();
      assertThat(table.kindOf(id)).isEqualTo(KINDS[n % KINDS.length]);
      if (n > 0) {
        assertThat(table.kindOf(interned.get(n - 1))).isEqualTo(KINDS[(n - 1) % KINDS.length]);
      }
    }
    for (int n = 0; n < 600; n++) {
      assertThat(table.kindOf(interned.get(n))).as("%s", n).isEqualTo(KINDS[n % KINDS.length]);
      assertThat(table.kindOf(LocalId.of("fictional-entity-" + n))).as("%s", n).isEqualTo(KINDS[n % KINDS.length]);
      assertThat(table.declare(interned.get(n), Kind.AGREEMENT)).isEqualTo(KINDS[n % KINDS.length]);
    }
  }

  @Test
  void anIdentifierOnlyInternedHasNoKindUntilItIsDeclared() {
    ReferenceCheck table = new ReferenceCheck(4);
    LocalId interned = intern(table, "fictional-session");
    assertThat(table.kindOf(interned)).isNull();
    assertThat(table.declare(LocalId.of("fictional-session"), Kind.SESSION)).isNull();
    assertThat(table.kindOf(interned)).isEqualTo(Kind.SESSION);
    assertThat(table.declare(interned, Kind.SPEAKER)).isEqualTo(Kind.SESSION);
    assertThat(intern(table, "fictional-session")).isSameAs(interned);
  }

  @Test
  void aTableGrowsPastAnySizeItWasGivenIncludingItsLargeSteps() {
    // Past 2^16 slots the table grows by doubling rather than quadrupling: over 2^15 entries.
    int count = 70_000;
    ReferenceCheck table = new ReferenceCheck(4);
    List<LocalId> ids = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      LocalId id = LocalId.of("fictional-entity-" + n);
      ids.add(id);
      assertThat(table.declare(id, KINDS[n % KINDS.length])).isNull();
    }
    for (int n = 0; n < count; n++) {
      assertThat(table.kindOf(LocalId.of("fictional-entity-" + n))).isEqualTo(KINDS[n % KINDS.length]);
      assertThat(intern(table, "fictional-entity-" + n)).isSameAs(ids.get(n));
    }
    assertThat(table.kindOf(LocalId.of("fictional-entity-" + count))).isNull();
  }

  @Test
  void longIdentifiersOutgrowTheCharactersKeptForASmallTable() {
    ReferenceCheck table = new ReferenceCheck(4);
    List<LocalId> ids = new ArrayList<>();
    for (int n = 0; n < 40; n++) {
      String value = (n + "-").repeat(128).substring(0, 128 - n);
      ids.add(intern(table, value));
    }
    for (LocalId id : ids) {
      assertThat(intern(table, id.value())).isSameAs(id);
      assertThat(table.kindOf(id)).isNull();
    }
  }

  @Test
  void charactersThatAreNoIdentifierAreRefusedWithTheMessageOfLocalId() {
    ReferenceCheck table = new ReferenceCheck(4);
    char[] none = new char[0];
    assertThatThrownBy(() -> table.intern(none, 0, 0)).isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("LocalId.value: must be 1 to 128 characters long (was \"\")");
    char[] tooLong = "a".repeat(129).toCharArray();
    assertThatThrownBy(() -> table.intern(tooLong, 0, 129)).isExactlyInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("LocalId.value: must be 1 to 128 characters long");
    assertThatThrownBy(() -> table.intern("a b".toCharArray(), 0, 3)).isExactlyInstanceOf(
        InvalidModelException.class);
  }

  @Test
  void identifiersOfTheSameLengthAndHashCodeAreKeptApart() {
    String[] pair = collision(true);
    assertCollidingIdentifiersAreKeptApart(pair[0], pair[1]);
  }

  @Test
  void identifiersOfDifferentLengthsAndTheSameHashCodeAreKeptApart() {
    String[] pair = collision(false);
    assertCollidingIdentifiersAreKeptApart(pair[0], pair[1]);
  }

  private static void assertCollidingIdentifiersAreKeptApart(String a, String b) {
    assertThat(LocalId.of(a).hashCode()).isEqualTo(LocalId.of(b).hashCode());
    ReferenceCheck table = new ReferenceCheck(4);
    LocalId declared = LocalId.of(a);
    assertThat(table.declare(declared, Kind.SPEAKER)).isNull();
    assertThat(table.kindOf(LocalId.of(b))).isNull();
    LocalId internedB = intern(table, b);
    assertThat(internedB).isNotSameAs(declared).isEqualTo(LocalId.of(b));
    assertThat(intern(table, a)).isSameAs(declared);
    assertThat(intern(table, b)).isSameAs(internedB);
    assertThat(table.declare(LocalId.of(b), Kind.SESSION)).isNull();
    assertThat(table.kindOf(LocalId.of(a))).isEqualTo(Kind.SPEAKER);
    assertThat(table.kindOf(LocalId.of(b))).isEqualTo(Kind.SESSION);
  }

  /**
   * Finds two identifiers with the same hash code in this JVM, of the same length or of different lengths:
   * the hash code has 32 bits, so some hundred thousand identifiers hold such a pair.
   */
  private static String[] collision(boolean sameLength) {
    Map<Integer, String> shorter = new HashMap<>();
    Map<Integer, String> longer = new HashMap<>();
    for (int n = 0; n < 36 * 36 * 36 * 36 * 36; n++) {
      String digits = Integer.toString(n, 36);
      String s = "s" + digits + ".".repeat(5 - digits.length());
      String l = "l" + digits + ".".repeat(6 - digits.length());
      int hs = LocalId.of(s).hashCode();
      int hl = LocalId.of(l).hashCode();
      if (sameLength) {
        String other = shorter.putIfAbsent(hs, s);
        if (other != null) {
          return new String[] {other, s};
        }
      } else {
        shorter.put(hs, s);
        longer.put(hl, l);
        if (longer.containsKey(hs)) {
          return new String[] {s, longer.get(hs)};
        }
        if (shorter.containsKey(hl)) {
          return new String[] {shorter.get(hl), l};
        }
      }
    }
    throw new AssertionError("no collision among millions of identifiers: is the hash code 32 bits?");
  }

  @Test
  void kindsFoundAmongTheIdentifiersMetSinceTheLastEntityAreTheKindsTheTableHolds() {
    // Entities looks an entity's references up first among the identifiers interned since the last entity was
    // added, by identity and in the order met: whatever the order of meeting, declaring and looking up, and
    // however many are met, it finds the kind a plain map of the declarations gives.
    Gen<List<Integer>> steps = SourceDSL.lists().of(SourceDSL.integers().between(0, 9_999)).ofSizeBetween(0, 600);
    qt().withExamples(100).forAll(steps).checkAssert(list -> {
      ReferenceCheck table = new ReferenceCheck(4);
      Map<String, Kind> declared = new HashMap<>();
      List<LocalId> met = new ArrayList<>();
      for (int step : list) {
        String value = "fictional-" + step % 97;
        switch (step / 97 % 6) {
          case 0:
          case 1:
            met.add(intern(table, value));
            break;
          case 2:
            Kind kind = KINDS[step % KINDS.length];
            LocalId id = met.isEmpty() ? LocalId.of(value) : met.get(step % met.size());
            assertThat(table.declare(id, kind)).isEqualTo(declared.get(id.value()));
            declared.putIfAbsent(id.value(), kind);
            break;
          case 3:
            table.entityAdded();
            break;
          case 4:
            LocalId known = met.isEmpty() ? LocalId.of(value) : met.get(met.size() - 1 - step % met.size());
            assertThat(table.kindOf(known)).isEqualTo(declared.get(known.value()));
            break;
          default:
            assertThat(table.kindOf(LocalId.of(value))).isEqualTo(declared.get(value));
            break;
        }
      }
    });
  }

  private static LocalId intern(ReferenceCheck table, String value) {
    char[] padded = ("#" + value + "#").toCharArray();
    return table.intern(padded, 1, value.length());
  }
}
