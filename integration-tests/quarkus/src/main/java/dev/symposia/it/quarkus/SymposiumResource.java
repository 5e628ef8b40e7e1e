package dev.symposia.it.quarkus;

import dev.symposia.event.Symposium;
import dev.symposia.validation.Warnings;
import jakarta.validation.Valid;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Receives a symposium, validates it and returns it. */
@Path("/symposia")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SymposiumResource {
  /** The groups of a request refused on warnings too: errors ({@code Default}) and warnings. */
  public interface Strict extends Default, Warnings {}

  /**
   * Errors reject the request; warnings do not.
   *
   * @param symposium the symposium received
   * @return the same symposium
   */
  @POST
  public Symposium accept(@Valid Symposium symposium) {
    return symposium;
  }

  /**
   * Errors and warnings both reject the request.
   *
   * @param symposium the symposium received
   * @return the same symposium
   */
  @POST
  @Path("/without-warnings")
  public Symposium acceptWithoutWarnings(@Valid @ConvertGroup(to = Strict.class) Symposium symposium) {
    return symposium;
  }
}
