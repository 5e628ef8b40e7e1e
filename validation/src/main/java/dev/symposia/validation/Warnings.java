package dev.symposia.validation;

/**
 * The validation group of the rules whose findings are {@linkplain Severity#WARNING warnings}: records
 * that are possible but usually a mistake, such as an ORCID iD outside the ranges ORCID assigns from.
 *
 * <pre>{@code
 * validator.validate(symposium, Warnings.class);                 // warnings only
 * validator.validate(symposium, Default.class, Warnings.class);  // as @Validated({Default.class, Warnings.class})
 * }</pre>
 *
 * <p>An application's validator taught the rules by {@link SymposiaValidation#configure} or
 * {@link SymposiaConstraintMappingContributor} checks the warning rules only when this group is asked for,
 * so that {@code @Valid} refuses errors and lets warnings through; see {@link Errors}. This interface has no
 * members and no instances.
 */
public interface Warnings {}
