/**
 * The canonical JSON form of the Symposia model for Jackson 2.
 *
 * <p>{@link dev.symposia.jackson.SymposiaJson} reads and writes documents without any knowledge of Jackson;
 * {@link dev.symposia.jackson.SymposiaModule} teaches an {@code ObjectMapper} every model type; every refusal
 * is a {@link dev.symposia.jackson.SymposiaJsonException} that names the JSON path and the rule. The form
 * itself is described in {@code docs/json-format.md} and by the JSON Schema that
 * {@link dev.symposia.jackson.SymposiaJson#schema()} returns.
 */
package dev.symposia.jackson;
