package dev.symposia.it.boot4;

import dev.symposia.event.Symposium;
import dev.symposia.validation.Warnings;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Receives a symposium, validates it and returns it. */
@RestController
class SymposiumController {
  /** Errors reject the request; warnings do not. */
  @PostMapping("/symposia")
  Symposium accept(@Valid @RequestBody Symposium symposium) {
    return symposium;
  }

  /** Errors and warnings both reject the request. */
  @PostMapping("/symposia/without-warnings")
  Symposium acceptWithoutWarnings(@Validated({Default.class, Warnings.class}) @RequestBody Symposium symposium) {
    return symposium;
  }
}
