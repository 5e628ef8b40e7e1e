package dev.symposia.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.symposia.identifier.LocalId;
import dev.symposia.jackson.SymposiaJsonException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What a read context records about each identifier proves a symposium's references, or declines to. */
class ReadContextTest {
  private static final JsonFactory FACTORY = new JsonFactory();
  private final ReadContext context = new ReadContext(ReadOptions.STANDARD);

  private interface Use {
    LocalId read(ReadContext context, JsonParser p) throws IOException;
  }

  private LocalId read(String id, Use use) throws IOException {
    try (JsonParser p = FACTORY.createParser("\"" + id + "\"")) {
      p.nextToken();
      return use.read(context, p);
    }
  }

  private LocalId declare(String id, EntityKind kind) throws IOException {
    return read(id, (c, p) -> c.declaration(p, kind));
  }

  private LocalId refer(String id, EntityKind kind) throws IOException {
    return read(id, (c, p) -> c.reference(p, kind));
  }

  @Test
  void referencesToDeclaredEntitiesOfTheirKindResolve() throws IOException {
    assertThat(context.hasNoIdentifiers()).isTrue();
    refer("wang", EntityKind.SPEAKER);
    declare("pumch", EntityKind.INSTITUTION);
    declare("wang", EntityKind.SPEAKER);
    refer("pumch", EntityKind.INSTITUTION);
    read("isctm-2022", ReadContext::identifier);

    assertThat(context.hasNoIdentifiers()).isFalse();
    assertThat(context.referencesResolve(2)).isTrue();
  }

  @Test
  void aReferenceToNothingDoesNotResolve() throws IOException {
    declare("wang", EntityKind.SPEAKER);
    refer("li", EntityKind.SPEAKER);

    assertThat(context.referencesResolve(1)).isFalse();
  }

  @Test
  void aReferenceToAnEntityOfAnotherKindDoesNotResolve() throws IOException {
    declare("wang", EntityKind.SPEAKER);
    refer("wang", EntityKind.INSTITUTION);

    assertThat(context.referencesResolve(1)).isFalse();
  }

  @Test
  void anIdentifierDeclaredTwiceProvesNothing() throws IOException {
    declare("wang", EntityKind.SPEAKER);
    declare("wang", EntityKind.SESSION);
    declare("li", EntityKind.SPEAKER);

    assertThat(context.referencesResolve(3)).isFalse();
    assertThat(context.referencesResolve(2)).isFalse();
  }

  @Test
  void declarationsMustBeAsManyAsTheSymposiumHasEntities() throws IOException {
    declare("wang", EntityKind.SPEAKER);
    declare("li", EntityKind.SPEAKER);

    assertThat(context.referencesResolve(2)).isTrue();
    assertThat(context.referencesResolve(3)).isFalse();
    assertThat(context.referencesResolve(1)).isFalse();
  }

  @Test
  void aReferenceBeyondAsciiIsRefusedNotMatched() throws IOException {
    declare("a", EntityKind.SPEAKER);

    // U+0161 has the low byte of "a" (0x61), and the table keeps identifiers as one byte a character.
    assertThatThrownBy(() -> refer("\u0161", EntityKind.SPEAKER)).isInstanceOf(SymposiaJsonException.class);
    assertThat(context.referencesResolve(1)).isTrue();
  }

  @Test
  void whatWasRecordedSurvivesTheTableGrowing() throws IOException {
    for (int i = 0; i < 1_000; i++) {
      declare("s-" + i, EntityKind.SESSION);
      refer("p-" + i, EntityKind.SPEAKER);
    }
    assertThat(context.referencesResolve(1_000)).isFalse();
    for (int i = 0; i < 1_000; i++) {
      assertThat(declare("p-" + i, EntityKind.SPEAKER)).isSameAs(refer("p-" + i, EntityKind.SPEAKER));
    }
    assertThat(context.referencesResolve(2_000)).isTrue();
    refer("s-999", EntityKind.SPEAKER);
    assertThat(context.referencesResolve(2_000)).isFalse();
  }
}
