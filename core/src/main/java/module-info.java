/**
 * The Symposia domain model: immutable types for symposia, their sessions, speakers, institutions and
 * cooperation agreements, and the value types they are made of.
 *
 * <p>The module has no runtime dependencies. Every refusal of input is a
 * {@link dev.symposia.InvalidModelException}.
 */
module dev.symposia.core {
  requires static org.immutables.value.annotations;

  exports dev.symposia;
  exports dev.symposia.accreditation;
  exports dev.symposia.agreement;
  exports dev.symposia.disclosure;
  exports dev.symposia.event;
  exports dev.symposia.identifier;
  exports dev.symposia.institution;
  exports dev.symposia.people;
  exports dev.symposia.place;
  exports dev.symposia.presentation;
  exports dev.symposia.quantity;
  exports dev.symposia.support;
  exports dev.symposia.text;
  exports dev.symposia.time;
}
