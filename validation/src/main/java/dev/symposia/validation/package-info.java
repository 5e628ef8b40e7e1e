/**
 * Validation of Symposia models with Jakarta Validation: the rules real programmes sometimes break,
 * reported as constraint violations with a code, a severity and a path to the offending element.
 *
 * <pre>{@code
 * Finding.all(SymposiaValidation.validate(symposium)).forEach(System.out::println);
 * }</pre>
 *
 * <p>{@link dev.symposia.validation.SymposiaValidation} hands out validators and configures an
 * application's own; {@link dev.symposia.validation.Rule} lists every rule with its stable code;
 * {@link dev.symposia.validation.Severity} tells errors from warnings; {@link dev.symposia.validation.Finding}
 * is a violation as a report line; {@link dev.symposia.validation.Editions} validates several editions of a
 * series together. The rules themselves are the constraints of {@link dev.symposia.validation.rules}; the
 * constraints for an application's own text fields are in {@link dev.symposia.validation.constraints}.
 */
package dev.symposia.validation;
