package dev.symposia;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.Entities;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public type of the core module is immutable: an enum, a final class whose instance fields are all
 * private and final, or an abstract value type that nobody outside its package can extend and whose
 * generated implementation has only final fields (lazily computed caches, which are transient, aside).
 */
class ImmutabilityTest {

  static List<Class<?>> publicTypes() throws IOException, URISyntaxException {
    Path root = Path.of(InvalidModelException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList())) {
        String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.endsWith("module-info") || name.endsWith("package-info") || name.contains(".internal.")) {
          continue;
        }
        Class<?> type = load(name);
        // Entities gathers a symposium's parts for its builder, and is mutable as a builder is.
        if (Modifier.isPublic(type.getModifiers()) && !isBuilder(type) && !Throwable.class.isAssignableFrom(type)
            && type != Entities.class) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ImmutabilityTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean isBuilder(Class<?> type) {
    return type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null;
  }

  @Test
  void findsTheModelTypes() throws Exception {
    assertThat(publicTypes()).extracting(Class::getSimpleName)
        .contains("Symposium", "Session", "Speaker", "Institution", "CooperationAgreement", "Orcid",
            "PartialDate", "Count", "LocalizedText");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicTypes")
  void isImmutable(Class<?> type) {
    if (type.isEnum() || type.isAnnotation()) {
      return;
    }
    if (type.isInterface()) {
      assertThat(type.isSealed()).as("%s is an interface anyone could implement", type).isTrue();
      return;
    }
    if (Modifier.isAbstract(type.getModifiers())) {
      assertThat(nonPrivateConstructors(type)).as("constructors open to subclasses of %s", type).isEmpty();
      Class<?> generated = load(type.getPackageName() + ".Immutable" + type.getSimpleName());
      assertThat(Modifier.isFinal(generated.getModifiers())).as("%s is final", generated).isTrue();
      assertFieldsFinal(generated);
    } else {
      assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type).isTrue();
      assertThat(type.getConstructors()).as("public constructors of %s", type).isEmpty();
      assertFieldsFinal(type);
    }
  }

  private static List<Constructor<?>> nonPrivateConstructors(Class<?> type) {
    return Arrays.stream(type.getDeclaredConstructors())
        .filter(c -> Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers()))
        .collect(Collectors.toList());
  }

  private static void assertFieldsFinal(Class<?> type) {
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) || field.isSynthetic() || Modifier.isTransient(modifiers)) {
        continue;
      }
      assertThat(Modifier.isFinal(modifiers)).as("%s.%s is final", type.getSimpleName(), field.getName()).isTrue();
      assertThat(Modifier.isPublic(modifiers)).as("%s.%s is not public", type.getSimpleName(), field.getName())
          .isFalse();
    }
  }
}
