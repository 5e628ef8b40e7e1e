package dev.symposia.it.boot4;

import dev.symposia.jackson3.SymposiaModule;
import dev.symposia.validation.SymposiaValidation;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/** A Spring Boot 4 web application (Jackson 3) that receives and returns symposia; its two beans are the README's. */
@SpringBootApplication
public class SymposiaApplication {
  /** Spring Boot registers every {@code JacksonModule} bean with the {@code JsonMapper} it configures. */
  @Bean
  SymposiaModule symposiaModule() {
    return new SymposiaModule();
  }

  /** Adds the Symposia rules to the validator behind {@code @Valid}, {@code @Validated} and injection. */
  @Bean
  ValidationConfigurationCustomizer symposiaRules() {
    return SymposiaValidation::configure;
  }

  /**
   * Runs the application.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(SymposiaApplication.class, args);
  }
}
