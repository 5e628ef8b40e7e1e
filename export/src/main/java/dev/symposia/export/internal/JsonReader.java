package dev.symposia.export.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads RFC 8259 JSON text into maps (in document order), lists, strings, {@link BigDecimal}s, booleans and
 * {@link #NULL}. Refuses what is not JSON, a property twice in one object and nesting deeper than 500, with
 * a {@link Syntax} that says the line and column. Thread-safe: every call reads with its own state.
 */
public final class JsonReader {
  /** JSON's null, which maps cannot hold as a value. */
  public static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private static final int MAX_DEPTH = 500;

  private final String text;
  private int index;
  private int depth;

  private JsonReader(String text) {
    this.text = text;
  }

  /** A text that is not JSON; the message says what and where. */
  public static final class Syntax extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    Syntax(String message, int line, int column) {
      super(message + " at line " + line + ", column " + column);
      this.line = line;
      this.column = column;
    }

    /**
     * Returns the line of the offence.
     *
     * @return the line, from 1
     */
    public int line() {
      return line;
    }

    /**
     * Returns the column of the offence.
     *
     * @return the column, from 1
     */
    public int column() {
      return column;
    }
  }

  /**
   * Reads one JSON value, the whole text.
   *
   * @param text the JSON text; not null
   * @return the value; never null ({@link #NULL} for null)
   * @throws Syntax if the text is not one JSON value
   */
  public static Object read(String text) throws Syntax {
    JsonReader reader = new JsonReader(text);
    reader.skipSpace();
    Object value = reader.value();
    reader.skipSpace();
    if (reader.index < text.length()) {
      throw reader.error("unexpected text after the JSON value");
    }
    return value;
  }

  private Syntax error(String message) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < index && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Syntax(message, line, column);
  }

  private void skipSpace() {
    while (index < text.length()) {
      char c = text.charAt(index);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        index++;
      } else {
        return;
      }
    }
  }

  private Object value() throws Syntax {
    if (index >= text.length()) {
      throw error("unexpected end of the text");
    }
    char c = text.charAt(index);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", NULL);
      default:
        if (c == '-' || c >= '0' && c <= '9') {
          return number();
        }
        throw error("unexpected character '" + c + "'");
    }
  }

  private Object literal(String word, Object value) throws Syntax {
    if (!text.startsWith(word, index)) {
      throw error("unexpected text, expected " + word);
    }
    index += word.length();
    return value;
  }

  private void enter() throws Syntax {
    if (++depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH);
    }
  }

  private Map<String, Object> object() throws Syntax {
    enter();
    index++;
    Map<String, Object> members = new LinkedHashMap<>();
    skipSpace();
    if (index < text.length() && text.charAt(index) == '}') {
      index++;
      depth--;
      return Collections.unmodifiableMap(members);
    }
    while (true) {
      skipSpace();
      if (index >= text.length() || text.charAt(index) != '"') {
        throw error("expected a property name");
      }
      int nameAt = index;
      String name = string();
      if (members.containsKey(name)) {
        index = nameAt;
        throw error("property \"" + name + "\" appears twice");
      }
      skipSpace();
      expect(':');
      skipSpace();
      members.put(name, value());
      skipSpace();
      if (index < text.length() && text.charAt(index) == ',') {
        index++;
        continue;
      }
      expect('}');
      depth--;
      return Collections.unmodifiableMap(members);
    }
  }

  private List<Object> array() throws Syntax {
    enter();
    index++;
    List<Object> elements = new ArrayList<>();
    skipSpace();
    if (index < text.length() && text.charAt(index) == ']') {
      index++;
      depth--;
      return Collections.unmodifiableList(elements);
    }
    while (true) {
      skipSpace();
      elements.add(value());
      skipSpace();
      if (index < text.length() && text.charAt(index) == ',') {
        index++;
        continue;
      }
      expect(']');
      depth--;
      return Collections.unmodifiableList(elements);
    }
  }

  private void expect(char c) throws Syntax {
    if (index >= text.length() || text.charAt(index) != c) {
      throw error("expected '" + c + "'");
    }
    index++;
  }

  private String string() throws Syntax {
    index++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (index >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(index++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        index--;
        throw error("control character in a string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (index >= text.length()) {
        throw error("unterminated string");
      }
      char e = text.charAt(index++);
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out.append(e);
          break;
        case 'b':
          out.append('\b');
          break;
        case 'f':
          out.append('\f');
          break;
        case 'n':
          out.append('\n');
          break;
        case 'r':
          out.append('\r');
          break;
        case 't':
          out.append('\t');
          break;
        case 'u':
          if (index + 4 > text.length()) {
            throw error("incomplete \\u escape");
          }
          try {
            out.append((char) Integer.parseInt(text.substring(index, index + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("bad \\u escape");
          }
          index += 4;
          break;
        default:
          index--;
          throw error("bad escape '\\" + e + "'");
      }
    }
  }

  private BigDecimal number() throws Syntax {
    int start = index;
    if (text.charAt(index) == '-') {
      index++;
    }
    int digits = index;
    while (index < text.length() && "0123456789.eE+-".indexOf(text.charAt(index)) >= 0) {
      index++;
    }
    String literal = text.substring(start, index);
    boolean leadingZero = literal.length() > digits - start + 1 && text.charAt(digits) == '0'
        && Character.isDigit(text.charAt(digits + 1));
    try {
      if (leadingZero || digits == index || !Character.isDigit(text.charAt(digits))
          || !Character.isDigit(literal.charAt(literal.length() - 1))) {
        throw new NumberFormatException();
      }
      return new BigDecimal(literal);
    } catch (NumberFormatException e) {
      index = start;
      throw error("malformed number " + literal);
    }
  }
}
