package dev.symposia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every builder of the model refuses a missing required attribute and every {@code null} with an exception
 * that users can name: a public class of a package the module exports, an {@link InvalidModelException},
 * whose message names the model type and the attribute (never the generated {@code ImmutableX} class).
 *
 * <p>Types and builder methods are found by reflection, so a type or attribute added later is checked too.
 */
class BuilderRefusalsTest {
  private static final Set<String> EXPORTED = exportedPackages();

  private static Set<String> exportedPackages() {
    Path descriptor = Path.of("target", "classes", "module-info.class");
    try (InputStream in = Files.newInputStream(descriptor)) {
      return ModuleDescriptor.read(in).exports().stream().filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new AssertionError("the module descriptor " + descriptor + " cannot be read", e);
    }
  }

  /** The public model types with a public static {@code builder()}. */
  static List<Class<?>> builtTypes() throws Exception {
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> type : ImmutabilityTest.publicTypes()) {
      try {
        Method builder = type.getMethod("builder");
        if (Modifier.isStatic(builder.getModifiers())) {
          types.add(type);
        }
      } catch (NoSuchMethodException e) {
        // Not built with a builder: a value type with factories, or an enum.
      }
    }
    return types;
  }

  /** Every public method of a type's builder that takes one object, as "Type.method(Parameter)". */
  static List<Object[]> builderMethods() throws Exception {
    List<Object[]> methods = new ArrayList<>();
    for (Class<?> type : builtTypes()) {
      for (Method method : type.getMethod("builder").getReturnType().getMethods()) {
        if (method.getDeclaringClass() != Object.class && method.getParameterCount() == 1
            && !method.getParameterTypes()[0].isPrimitive()) {
          methods.add(new Object[] {type, method});
        }
      }
    }
    return methods;
  }

  private static Object newBuilder(Class<?> type) throws ReflectiveOperationException {
    return type.getMethod("builder").invoke(null);
  }

  private static Throwable thrownBy(Object target, Method method, Object... arguments) {
    // Generated builder methods are declared in package-private classes: reflection needs to be let in,
    // where compiled code calls them through the public Builder.
    method.setAccessible(true);
    Throwable thrown = catchThrowable(() -> method.invoke(target, arguments));
    return thrown instanceof InvocationTargetException ? thrown.getCause() : thrown;
  }

  private static void assertUsersCanNameIt(Throwable thrown) {
    assertThat(thrown).isInstanceOf(InvalidModelException.class);
    Class<?> type = thrown.getClass();
    assertThat(Modifier.isPublic(type.getModifiers())).as("%s is public", type).isTrue();
    assertThat(type.getEnclosingClass()).as("%s is a top-level class", type).isNull();
    assertThat(EXPORTED).as("exported packages").contains(type.getPackageName());
    assertThat(thrown.getMessage()).doesNotContain("Immutable");
  }

  @Test
  void findsTheBuilders() throws Exception {
    assertThat(builtTypes()).extracting(Class::getSimpleName)
        .contains("Symposium", "Session", "Speaker", "Institution", "CooperationAgreement", "Statistic", "Place");
    assertThat(builderMethods()).hasSizeGreaterThan(100);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtTypes")
  void buildingWithoutTheRequiredAttributesNamesTheTypeAndThem(Class<?> type) throws Exception {
    Object builder = newBuilder(type);
    Throwable thrown = thrownBy(builder, builder.getClass().getMethod("build"));
    if (thrown == null) {
      return;   // Every attribute of the type is optional.
    }
    assertUsersCanNameIt(thrown);
    InvalidModelException refusal = (InvalidModelException) thrown;
    assertThat(refusal.type()).isEqualTo(type.getSimpleName());
    assertThat(refusal.getMessage()).startsWith(type.getSimpleName() + ".");
    if (refusal instanceof MissingAttributesException) {
      assertThat(refusal.rule()).isIn("is required", "are required");
      for (String attribute : refusal.attribute().split(", ")) {
        assertThat(type.getMethod(attribute)).as("%s has the attribute %s", type, attribute).isNotNull();
      }
    }
  }

  @Test
  void aMissingAttributeIsAMissingAttributesException() {
    Throwable thrown = catchThrowable(() -> dev.symposia.event.Statistic.builder()
        .measure(dev.symposia.event.Measure.SESSIONS).build());

    assertThat(thrown).isExactlyInstanceOf(MissingAttributesException.class)
        .hasMessage("Statistic.count: is required");
  }

  @Test
  void aNullIsANullAttributeException() {
    Throwable thrown = catchThrowable(() -> dev.symposia.event.Session.builder()
        .id((dev.symposia.identifier.LocalId) null));

    assertThat(thrown).isExactlyInstanceOf(NullAttributeException.class)
        .hasMessage("Session.id: must not be null (was null)");
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("builderMethods")
  void aNullIsRefusedNamingTheTypeAndTheAttribute(Class<?> type, Method method) throws Exception {
    Throwable thrown = thrownBy(newBuilder(type), method, (Object) null);

    assertThat(thrown).as("%s.%s(null)", type.getSimpleName(), method.getName()).isNotNull();
    Class<?> parameter = method.getParameterTypes()[0];
    if (thrown instanceof NullPointerException
        && (parameter == Optional.class || parameter == OptionalInt.class || parameter.isArray())) {
      // Immutables generates these without a null check, and the builder methods are final: Java itself
      // reports the null Optional or array, as it does for any method that expects one.
      return;
    }
    assertUsersCanNameIt(thrown);
    InvalidModelException refusal = (InvalidModelException) thrown;
    assertThat(refusal.type()).isEqualTo(type.getSimpleName());
    assertThat(refusal.getMessage()).startsWith(type.getSimpleName() + "." + refusal.attribute() + ": ");
    assertThat(attributeOf(method)).as("the attribute %s.%s sets", type.getSimpleName(), method.getName())
        .isIn(refusal.attribute(), "instance");
  }

  /**
   * Every public static method of a top-level model type that takes one object, such as {@code Orcid.parse}.
   * Nested helpers are left out: {@code Symposium.Derivation.of}, for modules that extend the model, takes a
   * function and throws {@link NullPointerException} for null, as its Javadoc states.
   */
  static List<Method> factories() throws Exception {
    List<Method> methods = new ArrayList<>();
    for (Class<?> type : ImmutabilityTest.publicTypes()) {
      if (type.isEnum() || type.getEnclosingClass() != null) {
        continue;
      }
      for (Method method : type.getMethods()) {
        if (Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() == type
            && method.getParameterCount() == 1 && !method.getParameterTypes()[0].isPrimitive()
            && !method.getName().startsWith("is")) {
          methods.add(method);
        }
      }
    }
    return methods;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void aFactoryRefusesNullNamingItsType(Method factory) {
    Throwable thrown = thrownBy(null, factory, (Object) null);

    assertThat(thrown).as("%s(null)", factory).isNotNull();
    assertUsersCanNameIt(thrown);
    assertThat(thrown.getMessage()).startsWith(factory.getDeclaringClass().getSimpleName() + ".");
  }

  /** The attribute a builder method sets: {@code addAllSessions} and {@code addSessions} set {@code sessions}. */
  private static String attributeOf(Method method) {
    String name = method.getName();
    for (String prefix : new String[] {"addAll", "add", "put", "putAll"}) {
      if (name.startsWith(prefix) && name.length() > prefix.length()
          && Character.isUpperCase(name.charAt(prefix.length()))) {
        String rest = name.substring(prefix.length());
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
      }
    }
    return name.equals("from") ? "instance" : name;
  }
}
