/**
 * The canonical JSON form of the Symposia model for Jackson 3: {@link dev.symposia.jackson3.SymposiaModule} for
 * a {@code JsonMapper}, and {@link dev.symposia.jackson3.SymposiaJson} for reading and writing documents
 * without learning Jackson. The same form, byte for byte, as the Jackson 2 module {@code dev.symposia.jackson}.
 *
 * <p>The serialisers and deserialisers live in {@code dev.symposia.jackson3.internal}, which is not exported.
 */
module dev.symposia.jackson3 {
  requires transitive dev.symposia.core;
  requires transitive tools.jackson.databind;

  exports dev.symposia.jackson3;

  provides tools.jackson.databind.JacksonModule with dev.symposia.jackson3.SymposiaModule;
}
