/**
 * The rules across a programme: one constraint annotation for each rule, with the rule's semantics in its
 * Javadoc and its code in {@link dev.symposia.validation.Rule}.
 *
 * <pre>{@code
 * for (ConstraintViolation<Symposium> v : SymposiaValidation.validate(symposium)) {
 *   System.out.println(Finding.of(v));   // ERROR SYM-SESSION-DATES sessions[3].date: session ...
 * }
 * }</pre>
 *
 * <p>Core types carry no annotations: the validation module attaches these constraints to
 * {@link dev.symposia.event.Symposium}, {@link dev.symposia.people.Speaker} and
 * {@link dev.symposia.institution.Institution} through Hibernate Validator's programmatic mapping, each with
 * its severity as payload. They may also be placed on fields, getters and parameters of an application's
 * own types that hold a {@code Symposium} (or, for {@link dev.symposia.validation.rules.EditionOrder} and
 * {@link dev.symposia.validation.rules.NoEditionRepeated}, a {@code List<Symposium>}).
 *
 * <p>Every rule reports each offending element as its own violation, with a property path to it, and
 * reports only what is certainly wrong under every reading of partial dates and approximate counts. No
 * rule throws on a model that core accepted.
 */
package dev.symposia.validation.rules;
