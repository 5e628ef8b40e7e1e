module consumer.jackson {
  requires dev.symposia.jackson;
}
