package dev.symposia.benchmarks;

import dev.symposia.event.Symposium;
import dev.symposia.jackson.SymposiaJson;
import java.util.Locale;

/**
 * Times reading a symposium whose session identifiers all share one {@code String} hash code (blocks of
 * {@code Aa} and {@code BB}) against the same document with ordinary identifiers: reading must stay linear
 * in the document's size whatever its identifiers are.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.symposia.benchmarks.CollidingIdentifiers 65536
 * }</pre>
 *
 * <p>A program, not a library class; not thread-safe.
 */
public final class CollidingIdentifiers {
  private CollidingIdentifiers() {}

  /**
   * Builds both documents and reads each three times in turn, printing the times.
   *
   * @param args the number of sessions, a power of two
   * @throws Exception if a document is refused
   */
  public static void main(String[] args) throws Exception {
    int sessions = Integer.parseInt(args[0]);
    if (Integer.bitCount(sessions) != 1) {
      throw new IllegalArgumentException("the number of sessions must be a power of two: " + sessions);
    }
    SymposiaJson json = SymposiaJson.standard();
    String ordinary = document(sessions, false);
    String colliding = document(sessions, true);
    System.out.printf(Locale.ROOT, "%,d sessions, %.1f MB%n", sessions, colliding.length() / 1e6);
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      Symposium first = json.readSymposium(ordinary);
      long middle = System.nanoTime();
      Symposium second = json.readSymposium(colliding);
      long end = System.nanoTime();
      System.out.printf(Locale.ROOT, "round %d: ordinary identifiers %.0f ms, colliding %.0f ms (%d and %d sessions)%n",
          round, (middle - start) / 1e6, (end - middle) / 1e6, first.sessions().size(), second.sessions().size());
    }
  }

  private static String document(int sessions, boolean colliding) {
    StringBuilder document = new StringBuilder(
        "{\"symposiaFormat\":1,\"id\":\"x\",\"title\":\"Fictional Symposium\",\"dates\":\"2022\",\"sessions\":[");
    int blocks = Integer.numberOfTrailingZeros(sessions);
    for (int i = 0; i < sessions; i++) {
      document.append(i == 0 ? "" : ",").append("{\"id\":\"s");
      if (colliding) {
        for (int block = 0; block < blocks; block++) {
          document.append((i >> block & 1) == 0 ? "Aa" : "BB");
        }
      } else {
        document.append(i);
      }
      document.append("\",\"kind\":\"forum\"}");
    }
    return document.append("]}").toString();
  }
}
