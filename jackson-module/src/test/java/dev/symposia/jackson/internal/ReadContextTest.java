package dev.symposia.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.symposia.identifier.LocalId;
import dev.symposia.jackson.SymposiaJsonException;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A read context reads each identifier of a document as one shared instance, whatever the identifiers are. */
class ReadContextTest {
  private static final JsonFactory FACTORY = new JsonFactory();
  private final ReadContext context = new ReadContext(ReadOptions.STANDARD);

  private LocalId read(String id) throws IOException {
    try (JsonParser p = FACTORY.createParser("\"" + id + "\"")) {
      p.nextToken();
      return context.identifier(p);
    }
  }

  /** Identifiers made of ten "Aa" or "BB" blocks: 1,024 values with one and the same String hash code. */
  private static String colliding(int bits) {
    StringBuilder value = new StringBuilder("s");
    for (int block = 0; block < 10; block++) {
      value.append((bits >> block & 1) == 0 ? "Aa" : "BB");
    }
    return value.toString();
  }

  @Test
  void anIdentifierMetAgainIsTheInstanceMetFirst() throws IOException {
    LocalId first = read("wang-chen");
    LocalId other = read("li-hua");

    assertThat(read("wang-chen")).isSameAs(first).isEqualTo(LocalId.of("wang-chen"));
    assertThat(read("li-hua")).isSameAs(other);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void aReferenceBeyondAsciiIsRefusedNotMatched() throws IOException {
    read("a");

    // U+0161 has the low byte of "a" (0x61), and the table keeps identifiers as one byte a character.
    assertThatThrownBy(() -> read("\u0161")).isInstanceOf(SymposiaJsonException.class);
  }

  @Test
  void everyIdentifierIsSharedAfterTheTableGrows() throws IOException {
    LocalId[] first = new LocalId[2_000];
    for (int i = 0; i < first.length; i++) {
      first[i] = read("s-" + i);
    }
    for (int i = 0; i < first.length; i++) {
      assertThat(read("s-" + i)).isSameAs(first[i]).hasToString("s-" + i);
    }
  }

  @Test
  void identifiersThatShareTheirStringHashCodeAreToldApartAndShared() throws IOException {
    LocalId[] first = new LocalId[1_024];
    for (int bits = 0; bits < first.length; bits++) {
      first[bits] = read(colliding(bits));
    }
    for (int bits = 0; bits < first.length; bits++) {
      assertThat(read(colliding(bits))).isSameAs(first[bits]).hasToString(colliding(bits));
    }
  }
  @Test
  void theEntitiesHoldTheIdentifiersReadAndASecondTakerGetsEmptyOnesOfItsOwn() throws IOException {
    LocalId first = read("wang-chen");
    dev.symposia.event.Entities entities = context.takeEntities();
    char[] text = "wang-chen".toCharArray();

    assertThat(entities.identifier(text, 0, text.length)).isSameAs(first);
    dev.symposia.event.Entities other = context.takeEntities();
    assertThat(other).isNotSameAs(entities);
    assertThat(other.identifier(text, 0, text.length)).isEqualTo(first).isNotSameAs(first);
    assertThat(read("wang-chen")).as("the document's table is still the first one").isSameAs(first);
  }
}
