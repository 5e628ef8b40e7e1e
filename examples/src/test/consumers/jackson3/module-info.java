module consumer.jackson3 {
  requires dev.symposia.jackson3;
}
