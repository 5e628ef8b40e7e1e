package dev.symposia.validation;

import jakarta.validation.groups.Default;

/**
 * The validation group of the rules whose findings are {@linkplain Severity#ERROR errors}.
 *
 * <pre>{@code
 * validator.validate(symposium, Errors.class);                  // errors only
 * validator.validate(symposium, Errors.class, Warnings.class);  // errors and warnings
 * }</pre>
 *
 * <p>The module attaches every error rule to this group and to {@link Default}, and every warning rule to
 * {@link Warnings} alone. So an application's validator taught the rules by
 * {@link SymposiaValidation#configure} or {@link SymposiaConstraintMappingContributor} reports errors for a
 * plain {@code validate(symposium)}, {@code @Valid} or {@code @Validated}, which is what a web service wants:
 * errors reject a request, warnings do not. Ask for warnings by naming {@link Warnings} among the groups,
 * such as {@code @Validated({Default.class, Warnings.class})}. The validators of {@link SymposiaValidation}
 * report warnings in {@code Default} too (see {@link SymposiaValidation#validator()}); the groups select
 * the same findings from them.
 *
 * <p>Asking for a group and one it extends, or for {@code Default} and {@code Errors} together, reports
 * each finding once. This interface has no members and no instances.
 */
public interface Errors {}
