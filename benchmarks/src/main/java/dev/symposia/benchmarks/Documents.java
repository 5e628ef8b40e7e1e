package dev.symposia.benchmarks;

import dev.symposia.benchmarks.records.Records;
import dev.symposia.event.Symposium;

/** The JSON document that every reader of a benchmark reads. */
final class Documents {
  private Documents() {}

  static byte[] canonical(Symposium model, Records.Symposium records) {
    return Programme.databind(records);
  }

  // Until the JSON module is here, the "read" model is the generated one.
  static Symposium readModel(byte[] json) {
    return ProgrammeGenerator.generate(Integer.parseInt(new String(json, 0, 200,
        java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?s).*synthetic-(\\d+).*", "$1")));
  }
}
