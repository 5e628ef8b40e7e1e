/**
 * The canonical JSON form of the Symposia model for Jackson 3.
 *
 * <p>{@link dev.symposia.jackson3.SymposiaJson} reads and writes documents without any knowledge of Jackson;
 * {@link dev.symposia.jackson3.SymposiaModule} teaches a {@code JsonMapper} every model type; every refusal
 * is a {@link dev.symposia.jackson3.SymposiaJsonException} that names the JSON path and the rule. The form
 * itself is described in {@code docs/json-format.md} and by the JSON Schema that
 * {@link dev.symposia.jackson3.SymposiaJson#schema()} returns; it is the form of the Jackson 2 module
 * {@code dev.symposia.jackson}, byte for byte.
 */
package dev.symposia.jackson3;
