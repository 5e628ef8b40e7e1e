package dev.symposia.validation.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.DisclosureStatedValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every named participant of an accredited session has a conflict-of-interest disclosure.
 *
 * <p>Rule {@code SYM-DISCLOSURE-STATED}, a warning; applies to Symposium. Its severity is set as the payload
 * ({@link dev.symposia.validation.Severity}) where the validation module attaches it.
 *
 * <p>Accreditors of continuing medical education ask everyone in control of an accredited activity's
 * content (speakers, chairs, moderators, panellists) to disclose their financial relationships. A session is
 * accredited when it has accreditations of its own, or when the symposium has accreditations and the session
 * is not a {@link dev.symposia.event.SessionKind#SATELLITE_SYMPOSIUM} (an industry satellite is outside the
 * accreditation). A participation with a person, in any role, of such a session whose person has no
 * disclosure in {@link dev.symposia.event.Symposium#disclosures()} is reported at
 * {@code sessions[i].participants[j].person}, once per participation. A warning: the record may leave out
 * disclosures that were made.
 *
 * <p>Not checked: cancelled sessions (status {@code CANCELLED}: nobody spoke), unnamed groups, the
 * participants of the symposium as a whole ({@code participants}, in no session), a session part of a
 * satellite symposium but of another kind (read by its own kind), and what a disclosure says.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {DisclosureStatedValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DisclosureStated {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.rules.DisclosureStated.message}";

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
