package dev.symposia.internal;

import dev.symposia.Aggregate;
import dev.symposia.InvalidModelException;
import dev.symposia.Note;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Resolves the paths of {@link Note}s against the model: checks, when an aggregate is built, that each of
 * its notes names an attribute that holds a value, and finds the notes on a path for the queries of
 * {@link Aggregate}.
 *
 * <p>A model object's attributes are the accessors its generated Immutables class implements, so every
 * attribute of every model type can be noted, and one added later can be too, with nothing to declare.
 * Stateless and thread-safe.
 */
public final class Notes {
  // Per generated class: path name -> public accessor of the model type. Computed once per class.
  private static final ClassValue<Map<String, Method>> ATTRIBUTES = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      return attributesOf(type);
    }
  };

  private Notes() {}

  /**
   * Checks that each note names an attribute of the holder that holds a value.
   *
   * @param type the holder's type name, for messages
   * @param holder the aggregate being built
   * @param notes its notes
   * @throws InvalidModelException naming {@code notes[i].path} if a path names no attribute of the model,
   *     an index past the end of a list, or an attribute with no value
   */
  public static void check(String type, Object holder, List<Note> notes) {
    for (int i = 0; i < notes.size(); i++) {
      String path = notes.get(i).path();
      String problem = problem(holder, path);
      if (problem != null) {
        throw new InvalidModelException(type, "notes[" + i + "].path", problem, path);
      }
    }
  }

  /**
   * Returns the notes on a path: the holder's own notes with that path, and those of the aggregates the path
   * goes through (a session's notes, for a path from a symposium into that session), with the rest of it.
   *
   * @param holder the aggregate
   * @param path the path; may be null or malformed, which finds nothing
   * @return the notes, the holder's first; never null
   */
  public static List<Note> on(Aggregate holder, String path) {
    if (!Note.isValidPath(path)) {
      return List.of();
    }
    List<Note> found = new ArrayList<>();
    for (Note note : holder.notes()) {
      if (note.path().equals(path)) {
        found.add(note);
      }
    }
    String[] segments = path.split("\\.");
    Object current = holder;
    for (int i = 0; i < segments.length - 1; i++) {
      current = step(current, segments[i]);
      if (current == null) {
        break;
      }
      if (current instanceof Aggregate) {
        String rest = String.join(".", List.of(segments).subList(i + 1, segments.length));
        for (Note note : ((Aggregate) current).notes()) {
          if (note.path().equals(rest)) {
            found.add(note);
          }
        }
      }
    }
    return Collections.unmodifiableList(found);
  }

  /** Returns why a path does not resolve on the holder, or null when it names a value. */
  private static String problem(Object holder, String path) {
    Object current = holder;
    for (String segment : path.split("\\.")) {
      int bracket = segment.indexOf('[');
      String name = bracket < 0 ? segment : segment.substring(0, bracket);
      Method accessor = ATTRIBUTES.get(current.getClass()).get(name);
      if (accessor == null) {
        return "names no attribute of the model: " + typeName(current) + " has no attribute " + name;
      }
      Object value = unwrap(invoke(accessor, current));
      if (value == null) {
        return "names an attribute that is not stated: " + name;
      }
      if (bracket >= 0) {
        if (!(value instanceof List)) {
          return "indexes an attribute that is not a list: " + name;
        }
        List<?> list = (List<?>) value;
        int index = Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1));
        if (index >= list.size()) {
          return "names an element past the end of " + name + ", which has " + list.size();
        }
        value = list.get(index);
      } else if (value instanceof List && ((List<?>) value).isEmpty()) {
        return "names an attribute that is not stated: " + name + " is empty";
      }
      current = value;
    }
    return null;
  }

  /** Returns the value a segment names, or null when it names nothing. */
  private static Object step(Object current, String segment) {
    int bracket = segment.indexOf('[');
    Method accessor = ATTRIBUTES.get(current.getClass()).get(bracket < 0 ? segment : segment.substring(0, bracket));
    if (accessor == null) {
      return null;
    }
    Object value = unwrap(invoke(accessor, current));
    if (bracket >= 0) {
      int index = Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1));
      if (!(value instanceof List) || index >= ((List<?>) value).size()) {
        return null;
      }
      return ((List<?>) value).get(index);
    }
    return value instanceof List ? null : value;
  }

  private static Object unwrap(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).orElse(null);
    }
    if (value instanceof OptionalInt) {
      OptionalInt optional = (OptionalInt) value;
      return optional.isPresent() ? optional.getAsInt() : null;
    }
    return value;
  }

  private static Object invoke(Method accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      // Accessors of generated classes are public and only return fields.
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }

  private static String typeName(Object value) {
    Class<?> type = value.getClass();
    return isGenerated(type) ? type.getSuperclass().getSimpleName() : type.getSimpleName();
  }

  // Immutables generates ImmutableX, in X's package, implementing X's attributes; nothing else in the model
  // is named so. Small hand-written values (dates, identifiers, texts) have no attributes: a path ends there.
  private static boolean isGenerated(Class<?> type) {
    return type.getSimpleName().startsWith("Immutable") && type.getPackageName().startsWith("dev.symposia.");
  }

  private static Map<String, Method> attributesOf(Class<?> type) {
    if (!isGenerated(type)) {
      return Map.of();
    }
    Class<?> modelType = type.getSuperclass();
    Map<String, Method> attributes = new HashMap<>();
    for (Method method : type.getDeclaredMethods()) {
      int modifiers = method.getModifiers();
      if (!Modifier.isPublic(modifiers) || Modifier.isStatic(modifiers) || method.getParameterCount() != 0
          || method.isSynthetic() || method.isBridge()) {
        continue;
      }
      String name = method.getName();
      if (name.equals("hashCode") || name.equals("toString") || name.equals("notes")) {
        continue;
      }
      try {
        attributes.put(pathName(name), modelType.getMethod(name));
      } catch (NoSuchMethodException e) {
        // A public method of the generated class alone is no attribute of the model type.
      }
    }
    return Map.copyOf(attributes);
  }

  // isMainVenue() is written "mainVenue", as in JSON.
  private static String pathName(String accessor) {
    if (accessor.length() > 2 && accessor.startsWith("is") && Character.isUpperCase(accessor.charAt(2))) {
      return Character.toLowerCase(accessor.charAt(2)) + accessor.substring(3);
    }
    return accessor;
  }
}
