package dev.symposia.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The elements a rule found at fault, each with the path to it and the parameters of its message, turned
 * into one constraint violation each by {@link #report(ConstraintValidatorContext)}.
 *
 * <p>A path is a sequence of property names and list indexes relative to the validated object, such as
 * {@code "sessions", 3, "participants", 1}, which becomes the property path
 * {@code sessions[3].participants[1]}. A path may start with an index, which then applies to the property
 * being validated (a constrained list). Parameter values are written with {@link Wording}, in English under
 * their names and, for worded values, in each other {@link Language} under their names with its suffix. Not
 * thread-safe: one instance serves one validation.
 */
public final class Offences {
  private final List<Offence> found = new ArrayList<>();

  /**
   * Records an element at fault.
   *
   * @param path property names ({@code String}) and indexes ({@code Integer}); not empty
   * @param parameters message parameters as alternating names and values
   */
  public void add(Object[] path, Object... parameters) {
    found.add(new Offence(null, path, parameters));
  }

  /**
   * Records an element at fault whose violation has its own message rather than the constraint's, for a rule
   * that finds more than one kind of fault.
   *
   * @param template the message template, such as {@code "{dev.symposia.validation.rules.X.other.message}"}
   * @param path property names ({@code String}) and indexes ({@code Integer}); not empty
   * @param parameters message parameters as alternating names and values
   */
  public void addWithMessage(String template, Object[] path, Object... parameters) {
    found.add(new Offence(template, path, parameters));
  }

  /**
   * Tells whether nothing was found.
   *
   * @return true if no element was recorded
   */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * Returns how many elements were found.
   *
   * @return the number of offences
   */
  public int size() {
    return found.size();
  }

  /**
   * Builds a path from its steps.
   *
   * @param steps property names and indexes
   * @return the steps
   */
  public static Object[] at(Object... steps) {
    return steps;
  }

  /**
   * Reports every offence as a violation with the constraint's message template, or only the first when
   * the validator was given the {@link FailFast} payload.
   *
   * @param context the validator's context; not null
   * @return true if nothing was found, so that the constraint is satisfied
   */
  public boolean report(ConstraintValidatorContext context) {
    if (found.isEmpty()) {
      return true;
    }
    HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    boolean failFast = hibernate.getConstraintValidatorPayload(FailFast.class) != null;
    String template = context.getDefaultConstraintMessageTemplate();
    context.disableDefaultConstraintViolation();
    for (Offence offence : found) {
      for (int i = 0; i + 1 < offence.parameters.length; i += 2) {
        addParameter(hibernate, (String) offence.parameters[i], offence.parameters[i + 1]);
      }
      addViolation(hibernate.buildConstraintViolationWithTemplate(
          offence.template == null ? template : offence.template), offence.path);
      if (failFast) {
        break;
      }
    }
    return false;
  }

  // A worded value goes in once per language, so that each bundle's message names it in its own language:
  // part in English, part_zh_Hans and part_zh_Hant in Chinese (Language explains why).
  private static void addParameter(HibernateConstraintValidatorContext context, String name, Object value) {
    context.addMessageParameter(name, Wording.of(value, Language.ENGLISH));
    if (Wording.isWorded(value)) {
      for (Language language : Language.TRANSLATIONS) {
        context.addMessageParameter(name + language.suffix(), Wording.of(value, language));
      }
    }
  }

  // The Jakarta node builder attaches an index to the node added before it, so an index is held until the
  // next property node is added, or closes the path with a bean node.
  private static void addViolation(ConstraintViolationBuilder builder, Object[] path) {
    Object node = builder;
    Integer index = null;
    for (Object step : path) {
      if (step instanceof Integer) {
        index = (Integer) step;
        continue;
      }
      NodeBuilderCustomizableContext added = addPropertyNode(node, (String) step);
      node = index == null ? added : added.inIterable().atIndex(index);
      index = null;
    }
    if (index != null) {
      LeafNodeBuilderCustomizableContext leaf = addBeanNode(node);
      leaf.inIterable().atIndex(index).addConstraintViolation();
    } else if (node instanceof NodeBuilderDefinedContext) {
      ((NodeBuilderDefinedContext) node).addConstraintViolation();
    } else if (node instanceof NodeBuilderCustomizableContext) {
      ((NodeBuilderCustomizableContext) node).addConstraintViolation();
    } else {
      ((ConstraintViolationBuilder) node).addConstraintViolation();
    }
  }

  private static NodeBuilderCustomizableContext addPropertyNode(Object node, String name) {
    if (node instanceof NodeBuilderDefinedContext) {
      return ((NodeBuilderDefinedContext) node).addPropertyNode(name);
    }
    if (node instanceof NodeBuilderCustomizableContext) {
      return ((NodeBuilderCustomizableContext) node).addPropertyNode(name);
    }
    return ((ConstraintViolationBuilder) node).addPropertyNode(name);
  }

  private static LeafNodeBuilderCustomizableContext addBeanNode(Object node) {
    if (node instanceof NodeBuilderDefinedContext) {
      return ((NodeBuilderDefinedContext) node).addBeanNode();
    }
    if (node instanceof NodeBuilderCustomizableContext) {
      return ((NodeBuilderCustomizableContext) node).addBeanNode();
    }
    return ((ConstraintViolationBuilder) node).addBeanNode();
  }

  private static final class Offence {
    // Null for the constraint's own message.
    final String template;
    final Object[] path;
    final Object[] parameters;

    Offence(String template, Object[] path, Object[] parameters) {
      this.template = template;
      this.path = path;
      this.parameters = parameters;
    }
  }
}
