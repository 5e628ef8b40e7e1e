package dev.symposia;

import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.agreement.AgreementRecord;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.event.Session;
import dev.symposia.event.Symposium;
import dev.symposia.institution.Institution;
import dev.symposia.people.Speaker;
import org.junit.jupiter.api.Test;

/** {@link Aggregate} is sealed to exactly the six types that stand on their own. */
class AggregateTest {
  @Test
  void permitsExactlyTheSixAggregates() {
    assertThat(Aggregate.class.isSealed()).isTrue();
    assertThat(Aggregate.class.getPermittedSubclasses()).containsExactlyInAnyOrder(Symposium.class,
        Session.class, Speaker.class, Institution.class, CooperationAgreement.class, AgreementRecord.class);
  }
}
