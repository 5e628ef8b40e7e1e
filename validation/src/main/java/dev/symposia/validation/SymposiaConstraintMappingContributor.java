package dev.symposia.validation;

import org.hibernate.validator.spi.cfg.ConstraintMappingContributor;

/**
 * Attaches the rules of this module to the core types, for a validator bootstrapped by an application.
 *
 * <p>Name it in the configuration property {@code hibernate.validator.constraint_mapping_contributors}, for
 * instance in {@code META-INF/validation.xml} or with
 * {@code configuration.addProperty("hibernate.validator.constraint_mapping_contributors",
 * SymposiaConstraintMappingContributor.class.getName())}; or call {@link SymposiaValidation#configure}
 * instead. Do both and Hibernate Validator refuses to configure the same types twice.
 *
 * <p>Stateless and thread-safe.
 */
public final class SymposiaConstraintMappingContributor implements ConstraintMappingContributor {
  /** Creates the contributor; Hibernate Validator calls this through the configuration property. */
  public SymposiaConstraintMappingContributor() {}

  /**
   * Adds one constraint mapping that attaches every rule to {@code Symposium}, {@code AgreementRecord},
   * {@code Speaker} and {@code Institution}, each with its severity as payload: errors in the groups
   * {@code Default} and {@link Errors}, warnings in {@link Warnings} only.
   *
   * @param builder Hibernate Validator's builder of mappings; not null
   */
  @Override
  public void createConstraintMappings(ConstraintMappingBuilder builder) {
    SymposiaMapping.define(builder.addConstraintMapping(), false);
  }
}
