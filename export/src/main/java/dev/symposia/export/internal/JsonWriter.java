package dev.symposia.export.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes JSON text with two-space indentation, one property or element a line. The caller writes a
 * well-formed sequence of calls; the writer escapes strings as RFC 8259 requires and keeps non-ASCII text
 * as it is. Not thread-safe: one writer writes one document.
 */
public final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private final Deque<boolean[]> first = new ArrayDeque<>();
  private boolean afterName;

  /** Returns an empty writer. */
  public JsonWriter() {}

  /**
   * Starts an object.
   *
   * @return this writer
   */
  public JsonWriter beginObject() {
    value("{");
    first.push(new boolean[] {true});
    return this;
  }

  /**
   * Ends an object.
   *
   * @return this writer
   */
  public JsonWriter endObject() {
    return end('}');
  }

  /**
   * Starts an array.
   *
   * @return this writer
   */
  public JsonWriter beginArray() {
    value("[");
    first.push(new boolean[] {true});
    return this;
  }

  /**
   * Ends an array.
   *
   * @return this writer
   */
  public JsonWriter endArray() {
    return end(']');
  }

  private JsonWriter end(char bracket) {
    boolean empty = first.pop()[0];
    if (!empty) {
      newline();
    }
    out.append(bracket);
    return this;
  }

  /**
   * Writes a property name; the next call writes its value.
   *
   * @param name the name; not null
   * @return this writer
   */
  public JsonWriter name(String name) {
    separate();
    quote(name);
    out.append(": ");
    afterName = true;
    return this;
  }

  /**
   * Writes a string value.
   *
   * @param text the string; not null
   * @return this writer
   */
  public JsonWriter string(String text) {
    separateValue();
    quote(text);
    return this;
  }

  /**
   * Writes a number.
   *
   * @param number the number
   * @return this writer
   */
  public JsonWriter number(long number) {
    return value(Long.toString(number));
  }

  /**
   * Writes a boolean.
   *
   * @param value the value
   * @return this writer
   */
  public JsonWriter bool(boolean value) {
    return value(Boolean.toString(value));
  }

  /**
   * Writes null.
   *
   * @return this writer
   */
  public JsonWriter nullValue() {
    return value("null");
  }

  /**
   * Writes a property with a string value.
   *
   * @param name the name; not null
   * @param text the value; not null
   * @return this writer
   */
  public JsonWriter property(String name, String text) {
    return name(name).string(text);
  }

  private JsonWriter value(String literal) {
    separateValue();
    out.append(literal);
    return this;
  }

  private void separateValue() {
    if (afterName) {
      afterName = false;
    } else {
      separate();
    }
  }

  private void separate() {
    if (!first.isEmpty()) {
      boolean[] isFirst = first.peek();
      if (!isFirst[0]) {
        out.append(',');
      }
      isFirst[0] = false;
      newline();
    }
  }

  private void newline() {
    out.append('\n');
    for (int i = 0; i < first.size(); i++) {
      out.append("  ");
    }
  }

  private void quote(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  /**
   * Returns the text written, with a final newline.
   *
   * @return the JSON text; never null
   */
  @Override
  public String toString() {
    return out + "\n";
  }
}
