package dev.symposia.validation.rules;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.symposia.validation.internal.NoSponsorAccreditorValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * No company that gives commercial support to an accredited activity is also its accreditor.
 *
 * <p>Rule {@code SYM-SPONSOR-ACCREDITOR}, a warning; applies to Symposium. Its severity is set as the payload
 * ({@link dev.symposia.validation.Severity}) where the validation module attaches it.
 *
 * <p>Accreditation exists to keep education independent of those who pay for it, so a commercial supporter
 * that is also the accreditor of what it supports is almost always a record that confused two institutions
 * (or a mistaken identifier). The accreditations that apply to a session are its own and, unless it is a
 * {@link dev.symposia.event.SessionKind#SATELLITE_SYMPOSIUM}, the symposium's. A company in a session's
 * {@code commercialSupport} that is the accreditor of one of those is reported at
 * {@code sessions[i].commercialSupport[j].company}; a company in the symposium's own
 * {@code commercialSupport} that is the accreditor of one of the symposium's accreditations, at
 * {@code commercialSupport[j].company}.
 *
 * <p>Not checked: accreditations that name no accreditor, a company's ties to the accreditor through the
 * institution hierarchy ({@code parent}), a satellite's sponsor against the symposium's accreditor (the
 * satellite is outside that accreditation), and speakers' disclosed relationships with supporters.
 *
 * @see dev.symposia.validation.Rule
 */
// The validators are internal: Hibernate Validator, to which that package is open, instantiates them.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = {NoSponsorAccreditorValidator.class})
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NoSponsorAccreditor {
  /**
   * Returns the message template.
   *
   * @return the key of the message in {@code ContributorValidationMessages}, by default
   */
  String message() default "{dev.symposia.validation.rules.NoSponsorAccreditor.message}";

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
