package dev.symposia.it.boot4;

import dev.symposia.jackson3.SymposiaJsonException;
import dev.symposia.validation.Finding;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refusals into 400 responses that say what is wrong: the JSON path and message of a document the
 * model refuses, and the code, path, severity and message of each finding of validation.
 */
@RestControllerAdvice
class Refusals {
  @ExceptionHandler
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof SymposiaJsonException json) {
      return ResponseEntity.badRequest().body(Map.of("path", json.jsonPath(), "message", json.getMessage()));
    }
    return ResponseEntity.badRequest().body(Map.of("message", "unreadable request body"));
  }

  @ExceptionHandler
  ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
    List<Map<String, Object>> findings = e.getBindingResult().getFieldErrors().stream().map(Refusals::finding).toList();
    return ResponseEntity.badRequest().body(Map.of("findings", findings));
  }

  private static Map<String, Object> finding(FieldError error) {
    Finding finding = Finding.of(error.unwrap(ConstraintViolation.class));
    return Map.of("code", finding.code(), "severity", finding.severity().name(), "path", finding.path(),
        "message", finding.message(), "codes", List.of(error.getCodes()));
  }
}
