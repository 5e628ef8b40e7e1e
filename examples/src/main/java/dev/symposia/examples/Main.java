package dev.symposia.examples;

import dev.symposia.event.Symposium;
import dev.symposia.examples.events.ReferenceEvents;

/**
 * The main example: prints the five reference events as programmes, with one summary line per event.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am install exec:java -DskipTests} (see the README).
 */
public final class Main {
  private Main() {}

  /**
   * Prints the five reference events.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    StringBuilder summary = new StringBuilder();
    for (Symposium symposium : ReferenceEvents.all()) {
      System.out.println(ProgrammePrinter.print(symposium));
      summary.append(String.format("%-22s %-24s %2d sessions, %2d speakers, %2d institutions, %d agreements%n",
          symposium.id(), symposium.dates(), symposium.sessions().size(), symposium.speakers().size(),
          symposium.institutions().size(), symposium.agreements().size()));
    }
    System.out.print(summary);
  }
}
