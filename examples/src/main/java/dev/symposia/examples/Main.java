package dev.symposia.examples;

import dev.symposia.event.Symposium;
import dev.symposia.examples.events.ReferenceEvents;
import dev.symposia.export.NotExportableException;
import dev.symposia.export.frab.FrabSchedule;
import dev.symposia.export.ical.ICalendar;
import dev.symposia.export.jsonld.SchemaOrg;
import dev.symposia.jackson.SymposiaJson;
import dev.symposia.jackson.SymposiaJsonException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The main example: validates symposia, prints each as a programme, writes its canonical JSON, reads the
 * file back and confirms that it equals the original, writes it as iCalendar ({@code .ics}), schema.org JSON-LD
 * ({@code .jsonld}) and a frab {@code .schedule.json}, and ends with one summary line per symposium.
 *
 * <p>Without arguments it does this for the five reference events. With arguments, each a JSON file or a
 * directory of {@code .json} files, it does the same for those; files that are not valid Symposia documents
 * are reported with the JSON path and the rule they break. The JSON is written to {@code target/symposia-json}
 * under the working directory, or to the directory given with {@code --out DIR}.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am package exec:java -DskipTests
 * ./mvnw -q -pl examples -am package exec:java -DskipTests -Dexec.args="docs/json/examples"
 * }</pre>
 */
public final class Main {
  /**
   * Hibernate Validator announces its version on the JDK logger; the example's output is the programme. A
   * field, because the LogManager holds loggers weakly and would forget the level of one no longer referenced.
   */
  private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private final PrintStream out;
  private final SymposiaJson json = SymposiaJson.standard();

  private Main(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the example and exits with status 0 when every symposium was valid and read back equal, 1 when
   * an input was refused, and 2 for a usage error.
   *
   * @param args JSON files or directories, and optionally {@code --out DIR}; none for the reference events
   */
  public static void main(String[] args) {
    HIBERNATE_VALIDATOR_LOG.setLevel(Level.WARNING);
    int status = run(args, System.out);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the example, printing to the given stream.
   *
   * @param args JSON files or directories, and optionally {@code --out DIR}; none for the reference events
   * @param out where to print; not null
   * @return 0 when every symposium was valid and read back equal, 1 when an input was refused or did not
   *     read back equal, 2 for a usage error
   */
  public static int run(String[] args, PrintStream out) {
    Path outDir = Path.of("target", "symposia-json");
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out")) {
        if (i + 1 == args.length) {
          out.println("usage: Main [--out DIR] [FILE.json | DIR]...");
          return 2;
        }
        outDir = Path.of(args[++i]);
      } else {
        inputs.add(Path.of(args[i]));
      }
    }
    return new Main(out).process(inputs, outDir);
  }

  private int process(List<Path> inputs, Path outDir) {
    Map<String, Symposium> symposia = new LinkedHashMap<>();
    List<String> summary = new ArrayList<>();
    boolean failed = false;
    if (inputs.isEmpty()) {
      for (Symposium symposium : ReferenceEvents.all()) {
        symposia.put(symposium.id().value(), symposium);
      }
    } else {
      for (Path file : jsonFiles(inputs, summary)) {
        try {
          symposia.put(file.toString(), json.readSymposium(file));
        } catch (SymposiaJsonException e) {
          summary.add(file + ": not a valid Symposia document: " + e.getMessage());
          failed = true;
        } catch (IOException e) {
          summary.add(file + ": cannot be read: " + e.getMessage());
          failed = true;
        }
      }
      failed |= summary.stream().anyMatch(line -> line.contains(": no such file"));
    }
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      out.println("cannot create the output directory " + outDir + ": " + e.getMessage());
      return 1;
    }
    out.println("Writing canonical JSON to " + outDir.toAbsolutePath().normalize());
    out.println();
    for (Map.Entry<String, Symposium> entry : symposia.entrySet()) {
      Symposium symposium = entry.getValue();
      String findings = Validation.describe(symposium, out);
      out.println(ProgrammePrinter.print(symposium));
      Path file = outDir.resolve(symposium.id().value() + ".json");
      String roundTrip;
      try {
        json.write(symposium, file);
        roundTrip = json.readSymposium(file).equals(symposium) ? "read back equal" : "READ BACK DIFFERENT";
      } catch (IOException e) {
        roundTrip = "JSON failed: " + e.getMessage();
      }
      failed |= !roundTrip.equals("read back equal");
      out.println(exports(symposium, outDir));
      out.println();
      summary.add(String.format("%-24s %-26s %-13s %-13s %-17s %s  %s  %s", symposium.id(),
          English.dates(symposium.dates()), counted(symposium.sessions().size(), "session", "sessions") + ",",
          counted(symposium.speakers().size(), "speaker", "speakers") + ",",
          counted(symposium.institutions().size(), "institution", "institutions"), findings, file, roundTrip));
    }
    out.println("Summary");
    summary.forEach(out::println);
    return failed ? 1 : 0;
  }

  /** Writes the iCalendar, schema.org JSON-LD and frab files beside the JSON; returns what was written. */
  private static String exports(Symposium symposium, Path outDir) {
    String id = symposium.id().value();
    List<String> written = new ArrayList<>();
    try {
      Files.writeString(outDir.resolve(id + ".ics"), ICalendar.write(symposium));
      written.add(id + ".ics");
      Files.writeString(outDir.resolve(id + ".jsonld"), SchemaOrg.jsonLd(symposium));
      written.add(id + ".jsonld");
      try {
        Files.writeString(outDir.resolve(id + ".schedule.json"), FrabSchedule.write(symposium));
        written.add(id + ".schedule.json");
      } catch (NotExportableException e) {
        // The message quotes the dates, which the programme above prints in words.
        written.add("no frab schedule (frab needs complete dates and a time zone)");
      }
    } catch (IOException e) {
      written.add("export failed: " + e.getMessage());
    }
    return "Exports:     " + String.join(", ", written);
  }

  private static String counted(int count, String singular, String plural) {
    return String.format("%3d %s", count, count == 1 ? singular : plural);
  }

  private static List<Path> jsonFiles(List<Path> inputs, List<String> problems) {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> listing = Files.list(input)) {
          files.addAll(listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
              .collect(Collectors.toList()));
        } catch (IOException e) {
          problems.add(input + ": cannot be listed: " + e.getMessage());
        }
      } else if (Files.isRegularFile(input)) {
        files.add(input);
      } else {
        problems.add(input + ": no such file or directory");
      }
    }
    return files;
  }
}
