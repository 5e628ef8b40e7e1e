package dev.symposia.benchmarks.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Jackson databind over the records, configured as a service would to read and write the canonical
 * document: dates as ISO strings, absent and empty values left out, the canonical indentation.
 */
public final class RecordsDatabind {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      // What the deprecated serializationInclusion(NON_DEFAULT) set, and what the issues' target ratios were
      // measured against: content inclusion USE_DEFAULTS. NON_DEFAULT there too writes the same bytes but
      // tests every element of every list, which made this baseline about 15 % slower to write.
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT,
          JsonInclude.Include.USE_DEFAULTS))
      .build();
  private static final ObjectReader READER = MAPPER.readerFor(Records.Symposium.class);
  private static final ObjectWriter WRITER = MAPPER.writerFor(Records.Symposium.class).with(printer());

  private RecordsDatabind() {}

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /**
   * Reads a document.
   *
   * @param json the document, in UTF-8
   * @return the records
   * @throws IOException if the document cannot be read
   */
  public static Records.Symposium read(InputStream json) throws IOException {
    return READER.readValue(json);
  }

  /**
   * Writes a document, followed by a line feed as the canonical form is.
   *
   * @param symposium the records
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(Records.Symposium symposium, OutputStream out) throws IOException {
    WRITER.writeValue(out, symposium);
    out.write('\n');
  }
}
