module consumer.export {
  requires dev.symposia.export;
}
