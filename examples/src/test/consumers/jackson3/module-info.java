module consumer.jacksonthree {
  requires dev.symposia.jackson3;
}
