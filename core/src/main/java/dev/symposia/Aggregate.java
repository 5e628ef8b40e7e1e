package dev.symposia;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.people.Speaker;

/**
 * One of the six types that stand on their own as a record, and so as a whole document of the canonical
 * JSON form: {@link Symposium}, {@link Session}, {@link Speaker}, {@link Institution},
 * {@link CooperationAgreement} and {@link AgreementRecord}.
 *
 * <pre>{@code
 * Aggregate record = Speaker.builder().id("wang-chen").name(PersonName.familyFirst("Wang", "Chen")).build();
 * record.id(); // wang-chen
 * }</pre>
 *
 * <p>The interface is sealed: no other type can be an aggregate, so that an API that takes one (such as
 * the JSON module's {@code SymposiaJson.write}) refuses anything else when it is compiled, not when it runs.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface Aggregate
    permits Symposium, Session, Speaker, Institution, CooperationAgreement, AgreementRecord {
  /**
   * Returns the identifier of the record: unique within its symposium (or agreement record) for a session,
   * speaker, institution or agreement, the symposium's own for a symposium, and its agreement's for an
   * agreement record.
   *
   * @return the identifier; never null
   */
  LocalId id();
}
