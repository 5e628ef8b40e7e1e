package dev.symposia.testing;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.Isni;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.identifier.RorId;
import dev.symposia.identifier.WikidataId;
import dev.symposia.place.CountryCode;
import dev.symposia.text.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Walks a model through the attributes of its types, for tests that look at everything a model holds: its
 * {@code toString()}s, or the words that come from the record rather than from the library.
 *
 * <p>An attribute is a public abstract no-argument method of a model type (what Immutables implements);
 * optional values, lists and maps are looked into. Attributes are found by reflection, so attributes added
 * later are walked too. Not thread-safe; one instance per walk.
 */
public final class ModelWalk {
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
  private final Map<Object, Boolean> seen = new IdentityHashMap<>();
  private final List<Object> reached = new ArrayList<>();

  private ModelWalk() {}

  /**
   * Returns every object of the model reachable from a root, the root first, each once.
   *
   * @param root a model object, such as a symposium; not null
   * @return the objects: aggregates, values, texts and enum values; never null
   */
  public static List<Object> reachable(Object root) {
    ModelWalk walk = new ModelWalk();
    walk.visit(root);
    return walk.reached;
  }

  /**
   * Returns the Latin-script words of what the record states: its identifiers, country codes and texts in
   * every language. The words of enum values are not among them: they are the library's, not the record's.
   *
   * @param root a model object; not null
   * @return the words, such as {@code wang}, {@code CN} or {@code Shanghai}; never null
   */
  public static Set<String> recordWords(Object root) {
    Set<String> words = new TreeSet<>();
    for (Object value : reachable(root)) {
      if (value instanceof LocalizedText) {
        ((LocalizedText) value).asMap().values().forEach(text -> addWords(text, words));
      } else if (value instanceof LocalId || value instanceof Orcid || value instanceof Isni
          || value instanceof RorId || value instanceof WikidataId || value instanceof CountryCode) {
        addWords(value.toString(), words);
      }
    }
    return words;
  }

  /**
   * Returns every public enum of the packages the core module exports, found in its compiled classes.
   *
   * @return the enums, such as {@code Measure} and {@code SessionKind}; never null
   */
  public static List<Class<?>> modelEnums() {
    try {
      Path location = Path.of(InvalidModelException.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      // The classes directory in a module's tests, the jar in a reactor's later modules.
      if (Files.isDirectory(location)) {
        return modelEnums(location);
      }
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        return modelEnums(jar.getPath("/"));
      }
    } catch (IOException | URISyntaxException | ClassNotFoundException e) {
      throw new AssertionError("the classes of the core module cannot be listed", e);
    }
  }

  private static List<Class<?>> modelEnums(Path root) throws IOException, ClassNotFoundException {
    Set<String> exported;
    try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
      exported = ModuleDescriptor.read(in).exports().stream().filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    }
    List<Class<?>> enums = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
        String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
            .replaceAll("\\.class$", "");
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !exported.contains(name.substring(0, dot))) {
          continue;
        }
        Class<?> type = Class.forName(name, false, ModelWalk.class.getClassLoader());
        if (type.isEnum() && Modifier.isPublic(type.getModifiers())) {
          enums.add(type);
        }
      }
    }
    return enums;
  }

  private static void addWords(String text, Set<String> words) {
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      words.add(matcher.group());
    }
  }

  private void visit(Object value) {
    if (value == null || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(this::visit);
      return;
    }
    if (value instanceof OptionalInt) {
      return;
    }
    if (value instanceof Collection) {
      ((Collection<?>) value).forEach(this::visit);
      return;
    }
    if (value instanceof Map) {
      ((Map<?, ?>) value).forEach((k, v) -> {
        visit(k);
        visit(v);
      });
      return;
    }
    if (!value.getClass().getName().startsWith("dev.symposia.")) {
      return;
    }
    reached.add(value);
    Class<?> type = modelType(value.getClass());
    if (type == null) {
      return;
    }
    for (Method method : type.getMethods()) {
      if (Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0
          && method.getDeclaringClass().getName().startsWith("dev.symposia.")) {
        visit(invoke(method, value));
      }
    }
  }

  /** The abstract model type an object implements, or null for a final value class or an enum. */
  private static Class<?> modelType(Class<?> type) {
    for (Class<?> current = type; current != null; current = current.getSuperclass()) {
      if (Modifier.isAbstract(current.getModifiers()) && Modifier.isPublic(current.getModifiers())
          && current.getName().startsWith("dev.symposia.")) {
        return current;
      }
    }
    return null;
  }

  private static Object invoke(Method method, Object target) {
    try {
      return method.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError("cannot read " + method + " of " + target.getClass(), e);
    }
  }
}
