package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the JSON path of a parser's or generator's position, such as
 * {@code sessions[3].participants[0].person}.
 *
 * <p>The parser already keeps the path as it descends (a name per object, an index per array), so reading
 * costs nothing extra: the path is only turned into text when something is refused.
 */
public final class JsonPaths {
  /** The path of the whole document. */
  public static final String ROOT = "$";

  private JsonPaths() {}

  /**
   * Returns the path of the current position of a stream context.
   *
   * @param context the context; may be null
   * @return the path, {@link #ROOT} at the root; never null
   */
  public static String of(JsonStreamContext context) {
    return of(context, true);
  }

  /**
   * Returns the path of the object or array of a stream context, leaving out the entry it is at.
   *
   * @param context the context; may be null
   * @return the path, {@link #ROOT} at the root; never null
   */
  public static String container(JsonStreamContext context) {
    return of(context, false);
  }

  private static String of(JsonStreamContext context, boolean withCurrent) {
    List<JsonStreamContext> chain = new ArrayList<>();
    for (JsonStreamContext c = context; c != null; c = c.getParent()) {
      chain.add(c);
    }
    StringBuilder path = new StringBuilder();
    for (int i = chain.size() - 1; i >= (withCurrent ? 0 : 1); i--) {
      JsonStreamContext c = chain.get(i);
      if (c.inObject() && c.getCurrentName() != null) {
        appendName(path, c.getCurrentName());
      } else if (c.inArray() && c.hasCurrentIndex()) {
        path.append('[').append(c.getCurrentIndex()).append(']');
      }
    }
    return path.length() == 0 ? ROOT : path.toString();
  }

  /**
   * Returns the path of an attribute inside the value at a path, such as {@code sessions[0]} and
   * {@code participants[1].person}.
   *
   * @param path the path of the value; not null
   * @param attribute a path relative to the value, as core's exceptions give it; not null
   * @return the joined path; never null
   */
  public static String child(String path, String attribute) {
    if (attribute.isEmpty()) {
      return path;
    }
    if (path.equals(ROOT)) {
      return attribute;
    }
    return attribute.charAt(0) == '[' ? path + attribute : path + '.' + attribute;
  }

  /**
   * Returns the path of a property of the value at a path.
   *
   * @param path the path of the object; not null
   * @param name the property name; not null
   * @return the joined path; never null
   */
  public static String property(String path, String name) {
    StringBuilder text = new StringBuilder(path.equals(ROOT) ? "" : path);
    appendName(text, name);
    return text.toString();
  }

  private static void appendName(StringBuilder path, String name) {
    if (isPlain(name)) {
      if (path.length() > 0) {
        path.append('.');
      }
      path.append(name);
    } else {
      path.append("[");
      Texts.appendQuoted(path, name, Integer.MAX_VALUE);
      path.append(']');
    }
  }

  private static boolean isPlain(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Finds where the value at a path starts, reading a document from its start: the value itself, or, when
   * the document does not have it (a required property that is missing), the deepest value on the path that
   * it has.
   *
   * @param p a parser at the start of the document; not null
   * @param path a path of property names and indexes, such as {@code sessions[3].participants[0].person}
   * @return the location of the value's first token; null if the path has a quoted name, which no refusal
   *     of the model gives, or the document is empty
   * @throws IOException if the document cannot be read as far as the value
   */
  public static JsonLocation locate(JsonParser p, String path) throws IOException {
    List<Object> steps = steps(path);
    if (steps == null || p.nextToken() == null) {
      return null;
    }
    JsonLocation found = p.currentTokenLocation();
    for (Object step : steps) {
      if (!(step instanceof String ? enterProperty(p, (String) step) : enterElement(p, (Integer) step))) {
        return found;
      }
      found = p.currentTokenLocation();
    }
    return found;
  }

  private static boolean enterProperty(JsonParser p, String name) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return false;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      boolean wanted = p.currentName().equals(name);
      p.nextToken();
      if (wanted) {
        return true;
      }
      p.skipChildren();
    }
    return false;
  }

  private static boolean enterElement(JsonParser p, int index) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return false;
    }
    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY && p.currentToken() != null; i++) {
      if (i == index) {
        return true;
      }
      p.skipChildren();
    }
    return false;
  }

  // Splits a path of plain names and indexes; null for any other form.
  private static List<Object> steps(String path) {
    List<Object> steps = new ArrayList<>();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0 || close == i + 1) {
          return null;
        }
        int index = 0;
        for (int j = i + 1; j < close; j++) {
          char digit = path.charAt(j);
          if (digit < '0' || digit > '9' || index > (Integer.MAX_VALUE - 9) / 10) {
            return null;
          }
          index = index * 10 + (digit - '0');
        }
        steps.add(index);
        i = close + 1;
      } else {
        if (c == '.') {
          if (i == 0) {
            return null;
          }
          i++;
        }
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        String name = path.substring(i, end);
        if (!isPlain(name)) {
          return null;
        }
        steps.add(name);
        i = end;
      }
    }
    return steps;
  }
}
