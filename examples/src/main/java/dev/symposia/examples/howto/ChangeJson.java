package dev.symposia.examples.howto;

import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EventStatus;
import dev.symposia.event.Symposium;
import dev.symposia.jackson.SymposiaJson;
import dev.symposia.time.DateSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * How-to: read a symposium from JSON, make a copy with its dates changed, keeping the old ones as an earlier
 * plan, and write it back.
 *
 * <p>Usage: {@code ChangeJson [IN.json [OUT.json]]}; by default it reads the ISCTM 2022 golden file and
 * writes {@code target/isctm-2022-rescheduled.json}.
 */
public final class ChangeJson {
  private ChangeJson() {}

  /**
   * Reads, changes and writes one document.
   *
   * @param args the input and output files, both optional
   * @throws IOException if a file cannot be read or written, or the input is not a valid document
   */
  public static void main(String[] args) throws IOException {
    Path in = Path.of(args.length > 0 ? args[0] : "docs/json/examples/isctm-2022.json");
    Path out = Path.of(args.length > 1 ? args[1] : "target/isctm-2022-rescheduled.json");
    SymposiaJson json = SymposiaJson.standard();

    Symposium original = json.readSymposium(in);
    // The dates it had become an earlier plan: the record keeps what was planned beside what happens.
    Symposium rescheduled = original.toBuilder()
        .dates(DateSpan.between(LocalDate.of(2022, 12, 6), LocalDate.of(2022, 12, 8)))
        .status(EventStatus.RESCHEDULED)
        .addPlannedBefore(EarlierPlan.builder().dates(original.dates()).change(EventStatus.RESCHEDULED).build())
        .build();

    Files.createDirectories(out.toAbsolutePath().getParent());
    json.write(rescheduled, out);
    System.out.println("read    " + original);
    System.out.println("changed " + rescheduled + ", status " + rescheduled.status().orElseThrow());
    System.out.println("wrote   " + out);
  }
}
