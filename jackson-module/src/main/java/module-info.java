/**
 * The canonical JSON form of the Symposia model for Jackson 2: {@link dev.symposia.jackson.SymposiaModule} for
 * an {@code ObjectMapper}, and {@link dev.symposia.jackson.SymposiaJson} for reading and writing documents
 * without learning Jackson.
 *
 * <p>The serialisers and deserialisers live in {@code dev.symposia.jackson.internal}, which is not exported.
 */
module dev.symposia.jackson {
  requires transitive dev.symposia.core;
  requires transitive com.fasterxml.jackson.databind;

  exports dev.symposia.jackson;

  provides com.fasterxml.jackson.databind.Module with dev.symposia.jackson.SymposiaModule;
}
