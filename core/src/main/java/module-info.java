/**
 * The Symposia domain model: immutable types for symposia, their sessions, speakers, institutions and
 * cooperation agreements, and the value types they are made of.
 */
module dev.symposia.core {
  requires static org.immutables.value.annotations;

  exports dev.symposia;
}
