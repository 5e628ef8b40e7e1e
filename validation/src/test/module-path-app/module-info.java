module app {
  requires dev.symposia.validation;
}
