package dev.symposia.validation;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.event.Symposium;
import dev.symposia.validation.internal.FailFast;
import dev.symposia.validation.internal.FixedLocaleInterpolator;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The entry point of the validation module: validators that check the rules across a programme, and the
 * one call that teaches an application's own validator the same rules.
 *
 * <pre>{@code
 * for (ConstraintViolation<Symposium> violation : SymposiaValidation.validate(symposium)) {
 *   System.out.println(Finding.of(violation));   // ERROR SYM-ROOM-OVERLAP sessions[4].places[0]: ...
 * }
 * }</pre>
 *
 * <p>Every finding is a {@link ConstraintViolation} whose property path points at the offending element,
 * such as {@code sessions[3].participants[1]}; {@link #code} gives its rule's code and {@link #severity}
 * whether it is an error or a warning. All findings are reported, not only the first, unless a
 * {@linkplain #failFastValidator() fail-fast validator} is used. Validation does not throw on a model that
 * core accepted.
 *
 * <p>The validators handed out here are built once on Hibernate Validator with the
 * {@link ParameterMessageInterpolator}, so no Expression Language implementation is needed (the messages of
 * this module use parameters only), and with XML configuration ignored, so that an application's
 * {@code META-INF/validation.xml} does not apply to them. They are thread-safe and may be shared.
 *
 * <p>An application that has a validator already (injected by Spring or Quarkus, or bootstrapped by hand)
 * adds the rules with one line: {@link #configure(Configuration)} on its configuration, or the property
 * {@code hibernate.validator.constraint_mapping_contributors} naming
 * {@link SymposiaConstraintMappingContributor}.
 *
 * <p>This class is a static utility and thread-safe.
 */
public final class SymposiaValidation {
  private SymposiaValidation() {}

  /**
   * Returns the validator that reports every finding, with messages in the JVM's default locale.
   *
   * <p>Unlike an application's validator configured by {@link #configure}, it reports warnings in the
   * {@code Default} group too: {@code validate(symposium)} returns errors and warnings. The groups still
   * select: {@code validate(symposium, Errors.class)} returns the errors alone and
   * {@code validate(symposium, Warnings.class)} the warnings alone. The same holds for every validator
   * this class hands out.
   *
   * @return the shared validator; never null
   */
  public static Validator validator() {
    return Validators.ALL;
  }

  /**
   * Returns a validator that reports every finding, with messages in the given locale: English for
   * {@link Locale#ENGLISH}, Simplified Chinese for {@code zh}, {@code zh-CN}, {@code zh-SG} and
   * {@code zh-Hans} ({@link Locale#SIMPLIFIED_CHINESE}), Traditional Chinese for {@code zh-TW},
   * {@code zh-HK}, {@code zh-MO} and {@code zh-Hant} ({@link Locale#TRADITIONAL_CHINESE}), and the default
   * locale's messages, or English, for a locale without messages of its own. Values in a message (a
   * statistic, a mode, an earlier plan) are in the message's language, and so are texts of the record that
   * the record has in it.
   *
   * @param locale the locale of the messages; not null
   * @return a new validator; never null
   * @throws NullPointerException if {@code locale} is null
   */
  public static Validator validator(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    ValidatorFactory factory = Validators.FACTORY;
    return factory.unwrap(HibernateValidatorFactory.class).usingContext()
        .messageInterpolator(new FixedLocaleInterpolator(factory.getMessageInterpolator(), locale))
        .getValidator();
  }

  /**
   * Returns the validator that stops at the first finding: exactly one violation for an invalid model,
   * from whichever rule fails first (the order of rules is not specified).
   *
   * @return the shared fail-fast validator; never null
   */
  public static Validator failFastValidator() {
    return Validators.FAIL_FAST;
  }

  /**
   * Validates a symposium with {@link #validator()}: errors and warnings, as an application's validator
   * configured by {@link #configure} reports them for the groups {@link Errors} and {@link Warnings}.
   *
   * @param symposium the symposium; not null
   * @return every finding, errors and warnings; empty when the symposium breaks no rule; never null
   * @throws IllegalArgumentException if {@code symposium} is null, as Jakarta Validation specifies
   */
  public static Set<ConstraintViolation<Symposium>> validate(Symposium symposium) {
    return validator().validate(symposium);
  }

  /**
   * Validates an agreement recorded on its own with {@link #validator()}: the rules about agreements
   * ({@code SYM-SIGNATORY-POSITION}, {@code SYM-SIGNATORY-POSITION-STATED}, {@code SYM-AGREEMENT-DATE}), its
   * institutions' hierarchy and countries, and its identifiers, as for an agreement in a symposium; paths
   * start {@code agreement.}, {@code institutions[i]} or {@code speakers[i]}.
   *
   * <pre>{@code
   * SymposiaValidation.validate(record).forEach(v -> System.out.println(Finding.of(v)));
   * }</pre>
   *
   * @param record the record; not null
   * @return every finding; empty when the record breaks no rule; never null
   * @throws IllegalArgumentException if {@code record} is null, as Jakarta Validation specifies
   */
  public static Set<ConstraintViolation<AgreementRecord>> validate(AgreementRecord record) {
    return validator().validate(record);
  }

  /**
   * Validates symposia together as editions of their series ({@link Editions}), with {@link #validator()}.
   * Each symposium on its own is not validated; use {@link #validate(Symposium)} for that.
   *
   * @param symposia the symposia; not null, no element null
   * @return every finding, with paths such as {@code symposia[2].edition}; never null
   * @throws NullPointerException if {@code symposia} or an element is null
   */
  public static Set<ConstraintViolation<Editions>> validateSeries(Collection<? extends Symposium> symposia) {
    return validator().validate(Editions.of(symposia));
  }

  /**
   * Adds this module's rules to a Hibernate Validator configuration, such as the one an application
   * bootstraps or the one Spring Boot hands to a {@code ValidationConfigurationCustomizer}.
   *
   * <pre>{@code
   * Validator validator = SymposiaValidation.configure(Validation.byDefaultProvider().configure())
   *     .buildValidatorFactory().getValidator();
   * }</pre>
   *
   * <p>Error rules join the groups {@code Default} and {@link Errors}, warning rules the group
   * {@link Warnings} alone: a plain {@code validate(symposium)}, {@code @Valid} or {@code @Validated} reports
   * errors only, so that warnings do not refuse a request; {@code validate(symposium, Errors.class,
   * Warnings.class)} reports what {@link #validate(Symposium)} reports.
   *
   * <p>The configuration keeps its message interpolator, locale and other settings; only a constraint
   * mapping is added. Call it once per configuration, and do not also name
   * {@link SymposiaConstraintMappingContributor} in its properties: Hibernate Validator refuses to map the
   * same types twice.
   *
   * @param <C> the type of configuration
   * @param configuration a configuration of Hibernate Validator; not null
   * @return the same configuration, for chaining; never null
   * @throws NullPointerException if {@code configuration} is null
   * @throws IllegalArgumentException if the configuration is not Hibernate Validator's
   */
  public static <C extends Configuration<?>> C configure(C configuration) {
    Objects.requireNonNull(configuration, "configuration");
    if (!(configuration instanceof BaseHibernateValidatorConfiguration)) {
      throw new IllegalArgumentException("The Symposia rules need Hibernate Validator, but the configuration is "
          + configuration.getClass().getName());
    }
    return configure(configuration, false);
  }

  private static <C extends Configuration<?>> C configure(C configuration, boolean warningsByDefault) {
    BaseHibernateValidatorConfiguration<?> hibernate = (BaseHibernateValidatorConfiguration<?>) configuration;
    ConstraintMapping mapping = hibernate.createConstraintMapping();
    SymposiaMapping.define(mapping, warningsByDefault);
    hibernate.addMapping(mapping);
    return configuration;
  }

  /**
   * Returns the severity of a violation; see {@link Severity#of(ConstraintViolation)}.
   *
   * @param violation the violation; not null
   * @return the severity; {@link Severity#ERROR} for constraints without one; never null
   * @throws NullPointerException if {@code violation} is null
   */
  public static Severity severity(ConstraintViolation<?> violation) {
    return Severity.of(violation);
  }

  /**
   * Returns the code of the rule a violation reports, such as {@code SYM-PERSON-OVERLAP}.
   *
   * @param violation the violation; not null
   * @return the code; empty for a constraint that is not one of this module's
   * @throws NullPointerException if {@code violation} is null
   */
  public static Optional<String> code(ConstraintViolation<?> violation) {
    return Rule.of(violation).map(Rule::code);
  }

  /** The shared factory and validators, built on first use. */
  private static final class Validators {
    static final ValidatorFactory FACTORY = factory();
    static final Validator ALL = FACTORY.getValidator();
    static final Validator FAIL_FAST = FACTORY.unwrap(HibernateValidatorFactory.class).usingContext()
        .failFast(true).constraintValidatorPayload(FailFast.INSTANCE).getValidator();

    private static ValidatorFactory factory() {
      HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
          .providerResolver(() -> List.of(new HibernateValidator()))
          .configure()
          .ignoreXmlConfiguration()
          .messageInterpolator(new ParameterMessageInterpolator());
      return configure(configuration, true).buildValidatorFactory();
    }
  }
}
