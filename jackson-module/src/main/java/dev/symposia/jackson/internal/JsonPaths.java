package dev.symposia.jackson.internal;

import com.fasterxml.jackson.core.JsonStreamContext;
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
}
