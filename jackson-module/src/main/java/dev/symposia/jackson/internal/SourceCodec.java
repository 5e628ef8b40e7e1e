package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.symposia.InvalidModelException;
import dev.symposia.event.Source;
import java.io.IOException;
import java.util.Set;

/** {@link Source}: {@code url} is the address as a string. */
public final class SourceCodec {
  private static final String TYPE = "Source";
  private static final SerializedString PUBLISHER = new SerializedString("publisher");
  private static final SerializedString TITLE = new SerializedString("title");
  private static final SerializedString PUBLISHED = new SerializedString("published");
  private static final SerializedString URL = new SerializedString("url");

  private SourceCodec() {}

  /**
   * Reads a source at the parser's current token.
   *
   * @param p the parser, at the value
   * @param context the document being read: how lenient to be, and the identifiers met so far
   * @return the source; never null
   * @throws IOException a {@link dev.symposia.jackson.SymposiaJsonException} for anything but a valid source
   */
  public static Source read(JsonParser p, ReadContext context) throws IOException {
    Reads.object(p);
    Source.Builder b = Source.builder();
    int seen = 0;
    Set<String> unknown = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      switch (name) {
        case "publisher" -> {
          seen = Reads.once(p, seen, 1);
          b.publisher(LocalizedTextCodec.read(p));
        }
        case "title" -> {
          seen = Reads.once(p, seen, 1 << 1);
          b.title(LocalizedTextCodec.read(p));
        }
        case "published" -> {
          seen = Reads.once(p, seen, 1 << 2);
          b.published(Values.PARTIAL_DATE.read(p));
        }
        case "url" -> {
          seen = Reads.once(p, seen, 1 << 3);
          b.url(JdkValues.uri(p));
        }
        default -> unknown = Reads.unknown(p, context, TYPE, unknown);
      }
    }
    try {
      return b.build();
    } catch (InvalidModelException e) {
      throw Failures.model(p, e);
    }
  }

  /**
   * Writes a source.
   *
   * @param source the source; not null
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(Source source, JsonGenerator g) throws IOException {
    g.writeStartObject(source);
    Writes.text(g, PUBLISHER, source.publisher());
    Writes.text(g, TITLE, source.title());
    Writes.value(g, PUBLISHED, Values.PARTIAL_DATE, source.published());
    if (source.url().isPresent()) {
      g.writeFieldName(URL);
      g.writeString(source.url().get().toString());
    }
    g.writeEndObject();
  }
}
