package dev.symposia.jackson3.internal;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.Instantiatable;
import java.io.OutputStream;
import java.io.Serializable;

/**
 * Lays JSON out the canonical way: every property and array element on its own line, indented by two
 * spaces per level, {@code "name": value} with one space after the colon, {@code \n} line ends whatever the
 * platform. Written here rather than configured from Jackson's printer so that the bytes cannot change with
 * a Jackson release.
 *
 * <p>Jackson 3's form of jackson-module's {@code CanonicalPrettyPrinter}: the same bytes.
 *
 * <p>A configured instance is a blueprint: Jackson asks it for a fresh instance per generator.
 */
public final class CanonicalPrettyPrinter implements PrettyPrinter, Instantiatable<CanonicalPrettyPrinter>,
    Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MAX_CACHED_DEPTH = 16;
  // Each line break with the indent that follows it, and each entry separator with its line break, as UTF-8
  // bytes made once: the generator copies them into its buffer in one step, where a String would be copied
  // into characters and then encoded, character by character, on every line of every document.
  private static final SerializedString[] LINES = new SerializedString[MAX_CACHED_DEPTH];
  private static final SerializedString[] SEPARATED_LINES = new SerializedString[MAX_CACHED_DEPTH];
  private static final SerializedString NAME_VALUE_SEPARATOR = new SerializedString(": ");

  static {
    StringBuilder indent = new StringBuilder();
    for (int i = 0; i < MAX_CACHED_DEPTH; i++) {
      LINES[i] = new SerializedString("\n" + indent);
      SEPARATED_LINES[i] = new SerializedString(",\n" + indent);
      indent.append("  ");
    }
  }

  private static final ObjectWriteContext CANONICAL = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new CanonicalPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  /** The nesting of the value being written: objects and arrays opened and not yet closed. */
  private int depth;

  /** Creates a printer. */
  public CanonicalPrettyPrinter() {}

  /**
   * Returns a UTF-8 generator that lays its output out the canonical way.
   *
   * @param factory the factory; not null
   * @param out where to write
   * @return a new generator; never null
   */
  static JsonGenerator generator(JsonFactory factory, OutputStream out) {
    // Jackson 3 has no setter on the generator: the printer comes from the context it is created with.
    return factory.createGenerator(CANONICAL, out, JsonEncoding.UTF8);
  }

  @Override
  public CanonicalPrettyPrinter createInstance() {
    return new CanonicalPrettyPrinter();
  }

  private void newLine(JsonGenerator g) {
    if (depth < MAX_CACHED_DEPTH) {
      g.writeRaw(LINES[depth]);
    } else {
      deepLine(g);
    }
  }

  private void separatedLine(JsonGenerator g) {
    if (depth < MAX_CACHED_DEPTH) {
      g.writeRaw(SEPARATED_LINES[depth]);
    } else {
      g.writeRaw(',');
      deepLine(g);
    }
  }

  private void deepLine(JsonGenerator g) {
    g.writeRaw('\n');
    for (int i = 0; i < depth; i++) {
      g.writeRaw("  ");
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    g.writeRaw('{');
    depth++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    newLine(g);
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(NAME_VALUE_SEPARATOR);
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    separatedLine(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    depth--;
    if (entries > 0) {
      newLine(g);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    g.writeRaw('[');
    depth++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    newLine(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    separatedLine(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    depth--;
    if (values > 0) {
      newLine(g);
    }
    g.writeRaw(']');
  }
}
