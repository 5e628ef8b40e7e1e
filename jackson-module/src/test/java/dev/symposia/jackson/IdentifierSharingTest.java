package dev.symposia.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.LocalId;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reading shares one {@link LocalId} between a declaration and its references, and never mixes up two
 * identifiers on the way.
 */
class IdentifierSharingTest {
  private final SymposiaJson json = SymposiaJson.standard();

  @Test
  void aReferenceIsTheVeryIdentifierItsEntityDeclares() throws IOException {
    Symposium read = json.readSymposium(json.write(Samples.rich()));

    LocalId declared = read.speakers().get(0).id();
    List<LocalId> references = read.sessions().stream().flatMap(s -> s.participants().stream())
        .map(Participation::person).flatMap(Optional::stream).filter(declared::equals).toList();

    assertThat(references).isNotEmpty().allSatisfy(reference -> assertThat(reference).isSameAs(declared));
    assertThat(read).isEqualTo(Samples.rich());
  }

  @Test
  void identifiersWithTheSameHashCodeStayApart() throws IOException {
    // "Aa" and "BB" share a String hash code, and so do "AaAa", "AaBB", "BBAa" and "BBBB".
    List<String> colliding = List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB");
    assertThat(colliding.stream().map(String::hashCode).distinct()).hasSize(2);
    Symposium.Builder builder = Symposium.builder().id("s").title("S")
        .dates(DateSpan.on(PartialDate.of(2024, 5, 17)));
    for (int i = 0; i < colliding.size(); i++) {
      Session.Builder session = Session.builder().id(colliding.get(i)).kind(SessionKind.FORUM).title("Session " + i);
      if (i > 0) {
        session.partOf(LocalId.of(colliding.get(i - 1)));
      }
      builder.addSessions(session.build());
    }
    Symposium written = builder.build();

    Symposium read = json.readSymposium(json.write(written));

    assertThat(read).isEqualTo(written);
    for (int i = 1; i < colliding.size(); i++) {
      assertThat(read.sessions().get(i).partOf()).containsSame(read.sessions().get(i - 1).id());
    }
  }

  @Test
  void aReferenceToAnIdentifierWithTheSameHashCodeStillDangles() throws IOException {
    Symposium written = Symposium.builder().id("s").title("S").dates(DateSpan.on(PartialDate.of(2024, 5, 17)))
        .addSessions(Session.builder().id("Aa").kind(SessionKind.FORUM).title("A").build(),
            Session.builder().id("c").kind(SessionKind.FORUM).title("C").partOf(LocalId.of("Aa")).build())
        .build();
    String document = json.write(written).replace("\"partOf\": \"Aa\"", "\"partOf\": \"BB\"");

    assertThatThrownBy(() -> json.readSymposium(document)).isInstanceOf(SymposiaJsonException.class)
        .hasMessageStartingWith("sessions[1].partOf: must refer to a session of the symposium (was \"BB\")");
  }
}
