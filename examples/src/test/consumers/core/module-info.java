module consumer.core {
  requires dev.symposia.core;
}
