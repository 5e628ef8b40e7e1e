module app {
  requires dev.symposia.core;
  requires dev.symposia.jackson;
  requires dev.symposia.validation;
}
