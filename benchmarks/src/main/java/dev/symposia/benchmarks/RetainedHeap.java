package dev.symposia.benchmarks;

import dev.symposia.benchmarks.records.Records;
import dev.symposia.benchmarks.records.RecordsDatabind;
import dev.symposia.benchmarks.records.ToRecords;
import dev.symposia.event.Symposium;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints the heap retained by the model and by the records of the same programmes, measured by JOL as
 * the total size of every object reachable from the root, each counted once.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.symposia.benchmarks.RetainedHeap 1000 10000
 * }</pre>
 *
 * <p>Both are measured as read from the same JSON document, which is how a service holds them: the model
 * read by the JSON module, the records read by Jackson databind (whose lists keep their spare capacity).
 * Constants reachable from both (enum constants, {@code Locale.ENGLISH}) are counted in each, once.
 */
public final class RetainedHeap {
  private RetainedHeap() {}

  /**
   * Prints the table.
   *
   * @param args the sizes, in sessions; the four benchmark sizes but the largest when none are given
   * @throws IOException never
   */
  public static void main(String[] args) throws IOException {
    // JOL 0.17 cannot take the field offsets of records from Unsafe; this finds them by other means.
    System.setProperty("jol.magicFieldOffset", "true");
    List<Integer> sizes = new ArrayList<>();
    for (String arg : args) {
      sizes.add(Integer.parseInt(arg));
    }
    if (sizes.isEmpty()) {
      sizes.addAll(ProgrammeGenerator.SIZES.subList(0, 3));
    }
    System.out.println("| sessions | model (bytes) | records (bytes) | model / records |");
    System.out.println("|---:|---:|---:|---:|");
    for (int size : sizes) {
      long[] sizesOf = measure(size);
      System.out.printf(Locale.ROOT, "| %,d | %,d | %,d | %.2f |%n", size, sizesOf[0], sizesOf[1],
          (double) sizesOf[0] / sizesOf[1]);
    }
  }

  /**
   * Returns the retained heap of the model and of the records of a programme.
   *
   * @param sessions the size of the programme
   * @return the model's and the records' sizes in bytes
   * @throws IOException never
   */
  public static long[] measure(int sessions) throws IOException {
    Symposium generated = ProgrammeGenerator.generate(sessions);
    Records.Symposium copied = ToRecords.of(generated);
    byte[] json = Documents.canonical(generated, copied);
    Symposium model = Documents.readModel(json);
    Records.Symposium records = RecordsDatabind.read(new ByteArrayInputStream(json));
    return new long[] {GraphLayout.parseInstance(model).totalSize(), GraphLayout.parseInstance(records).totalSize()};
  }
}
