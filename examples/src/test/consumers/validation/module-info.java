module consumer.validation {
  requires dev.symposia.validation;
}
