package dev.symposia.validation.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.PlanChangedValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every earlier plan of a symposium or a session states something other than what replaced it.
 *
 * <p>Rule {@code SYM-PLAN-CHANGED}, an error; applies to Symposium. Its severity is set as the payload
 * ({@link dev.symposia.validation.Severity}) where the validation module attaches it.
 *
 * <p>An earlier plan ({@link dev.symposia.event.Symposium#plannedBefore()},
 * {@link dev.symposia.event.Session#plannedBefore()}) is replaced by the next plan in the list, the last one
 * by the current values. A plan that states the same dates (date and time, for a session), attendance mode
 * and places as what replaced it, each stated alike or absent alike, records a change that changed nothing:
 * usually the current values were not updated after the move, or the plan an event was cancelled or
 * postponed from was listed as earlier when it is the current one. A plan with a description is not
 * reported, since the change may lie in what the model has no attribute for. Reported at
 * {@code plannedBefore[i]} or {@code sessions[j].plannedBefore[i]}.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {PlanChangedValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PlanChanged {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.rules.PlanChanged.message}";

  /**
   * Returns the groups the constraint belongs to.
   *
   * @return the groups; none by default
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload, where the severity goes.
   *
   * @return the payload; none by default, which counts as an error
   */
  Class<? extends Payload>[] payload() default {};
}
