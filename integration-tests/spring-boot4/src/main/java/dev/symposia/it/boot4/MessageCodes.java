package dev.symposia.it.boot4;

import java.lang.reflect.Modifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Message codes that name the model's public types: Spring derives one code from the runtime class of the
 * offending value, which for the model is a generated implementation ({@code ImmutableParticipation}); this
 * names its public abstract type ({@code Participation}) instead.
 */
@Configuration
class MessageCodes implements WebMvcConfigurer {
  @Override
  public MessageCodesResolver getMessageCodesResolver() {
    return new DefaultMessageCodesResolver() {
      @Override
      public String[] resolveMessageCodes(String errorCode, String objectName, String field, Class<?> fieldType) {
        return super.resolveMessageCodes(errorCode, objectName, field, publicType(fieldType));
      }
    };
  }

  /** The public abstract model type a generated implementation extends, or the type itself. */
  static Class<?> publicType(Class<?> type) {
    if (type != null && type.getPackageName().startsWith("dev.symposia.") && type.getSuperclass() != null
        && Modifier.isAbstract(type.getSuperclass().getModifiers())) {
      return type.getSuperclass();
    }
    return type;
  }
}
