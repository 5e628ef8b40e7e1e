package dev.symposia.it.quarkus;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.symposia.jackson.SymposiaModule;
import dev.symposia.validation.SymposiaValidation;
import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;

/** The two beans of the README: the JSON module for Quarkus's {@code ObjectMapper}, the rules for its validator. */
final class SymposiaSetup {
  private SymposiaSetup() {}

  /** Registers the Symposia module with the {@code ObjectMapper} that Quarkus REST uses. */
  @Singleton
  static final class Json implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
      mapper.registerModule(new SymposiaModule());
    }
  }

  /** Adds the Symposia rules to the validator behind {@code @Valid} and injection. */
  @Singleton
  static final class Rules implements ValidatorFactoryCustomizer {
    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
      SymposiaValidation.configure(configuration);
    }
  }
}
