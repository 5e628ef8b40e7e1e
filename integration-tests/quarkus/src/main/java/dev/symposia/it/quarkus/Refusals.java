package dev.symposia.it.quarkus;

import dev.symposia.jackson.SymposiaJsonException;
import dev.symposia.validation.Finding;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns refusals into 400 responses that say what is wrong: the JSON path and message of a document the
 * model refuses, and the code, path, severity and message of each finding of validation.
 */
public class Refusals {
  /**
   * A document the model refuses, which Quarkus REST wraps, like every Jackson refusal, in a 400
   * {@code WebApplicationException}; other such exceptions keep their own response.
   *
   * @param e the exception
   * @return 400 with the JSON path and the message, or the exception's response
   */
  @ServerExceptionMapper
  public Response unreadable(WebApplicationException e) {
    if (e.getCause() instanceof SymposiaJsonException json) {
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
          .entity(Map.of("path", json.jsonPath(), "message", json.getMessage())).build();
    }
    return e.getResponse();
  }

  /**
   * A symposium that breaks rules.
   *
   * @param e the violations
   * @return 400 with the findings
   */
  @ServerExceptionMapper
  public RestResponse<Map<String, Object>> invalid(ConstraintViolationException e) {
    List<Map<String, Object>> findings = e.getConstraintViolations().stream()
        .map(v -> {
          Finding f = Finding.of(v);
          return Map.<String, Object>of("code", f.code(), "severity", f.severity().name(), "path", bodyPath(v),
              "message", f.message());
        })
        .toList();
    return RestResponse.status(Response.Status.BAD_REQUEST, Map.of("findings", findings));
  }

  /** The path within the request body: method validation prefixes it with the method and parameter. */
  private static String bodyPath(ConstraintViolation<?> violation) {
    StringJoiner path = new StringJoiner(".");
    for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.PARAMETER
          && !node.toString().isEmpty()) {
        path.add(node.toString());
      }
    }
    return path.toString();
  }
}
