package dev.symposia.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One name per rule: its code, its {@link Rule} constant, its annotation, its validator and its message key
 * share one stem, so that a code leads to its files in one step.
 */
class NamingTest {
  private static final String INTERNAL = "dev.symposia.validation.internal.";

  /** The stem of a code in CamelCase: {@code SYM-ROR-ID-FORMAT} gives {@code RorIdFormat}. */
  private static String camelStem(String code) {
    StringBuilder stem = new StringBuilder();
    for (String word : code.substring("SYM-".length()).split("-")) {
      stem.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return stem.toString();
  }

  @Test
  void theConstantIsTheCodesStemInUpperSnakeCase() {
    for (Rule rule : Rule.values()) {
      assertThat(rule.name()).as(rule.code()).isEqualTo(rule.code().substring("SYM-".length()).replace('-', '_'));
    }
  }

  @Test
  void theAnnotationIsTheCodesStemPrefixedWithNoWhereTheCodeNamesAFault() {
    for (Rule rule : Rule.values()) {
      String stem = camelStem(rule.code());
      assertThat(rule.constraint().getSimpleName()).as(rule.code()).isIn(stem, "No" + stem);
    }
  }

  @Test
  void theValidatorIsTheAnnotationFollowedByValidatorInTheInternalPackage() {
    for (Rule rule : Rule.values()) {
      Class<?>[] validators = rule.constraint().getAnnotation(Constraint.class).validatedBy();
      assertThat(validators).as(rule.code()).isNotEmpty();
      for (Class<?> validator : validators) {
        // A validator for a second validated type is nested in the first, as EditionOrderValidator.ForList.
        Class<?> topLevel = validator.getEnclosingClass() == null ? validator : validator.getEnclosingClass();
        assertThat(topLevel.getName()).as(rule.code())
            .isEqualTo(INTERNAL + rule.constraint().getSimpleName() + "Validator");
      }
    }
  }

  @Test
  void theMessageKeyIsTheAnnotationsQualifiedNameFollowedByMessage() throws ReflectiveOperationException {
    for (Rule rule : Rule.values()) {
      Method message = rule.constraint().getMethod("message");

      assertThat(message.getDefaultValue()).as(rule.code()).isEqualTo("{" + rule.constraint().getName() + ".message}");
    }
  }

  @Test
  void everyConstraintOfTheRulesAndConstraintsPackagesIsARule() throws IOException {
    List<String> rules = Stream.of(Rule.values()).map(rule -> rule.constraint().getName()).sorted()
        .collect(Collectors.toList());
    List<String> annotations = new ArrayList<>();
    for (String pkg : new String[] {"rules", "constraints"}) {
      Path directory = Path.of("target", "classes", "dev", "symposia", "validation", pkg);
      try (Stream<Path> files = Files.list(directory)) {
        files.map(file -> file.getFileName().toString())
            .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class"))
            .map(name -> "dev.symposia.validation." + pkg + "." + name.substring(0, name.length() - ".class".length()))
            .forEach(annotations::add);
      }
    }
    annotations.sort(null);

    assertThat(annotations).isEqualTo(rules);
  }
}
