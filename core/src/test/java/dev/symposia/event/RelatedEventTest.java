package dev.symposia.event;

import static dev.symposia.event.SymposiumTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import org.junit.jupiter.api.Test;

class RelatedEventTest {
  @Test
  void aRelatedEventKnownByNothingIsRefused() {
    assertRefused(() -> RelatedEvent.builder().relation(EventRelation.NEXT_EDITION).build(),
        "RelatedEvent.title: or dates or places are required");
  }

  @Test
  void aTitleDatesOrAPlaceAloneIsEnough() {
    RelatedEvent.Builder next = RelatedEvent.builder().relation(EventRelation.NEXT_EDITION);
    assertThat(next.title(LocalizedText.of("CSCO 2022")).build().title()).isPresent();
    assertThat(RelatedEvent.builder().relation(EventRelation.NEXT_EDITION)
        .dates(DateSpan.on(PartialDate.ofYear(2022))).build()).hasToString("NEXT_EDITION 2022");
    assertThat(RelatedEvent.builder().relation(EventRelation.NEXT_EDITION)
        .addPlaces(Place.city("Xiamen", CountryCode.of("CN"))).build()).hasToString("NEXT_EDITION Xiamen, CN");
  }

  @Test
  void aRelatedEventWithoutARelationIsRefused() {
    assertRefused(() -> RelatedEvent.builder().title(LocalizedText.of("CSCO 2022")).build(),
        "RelatedEvent.relation: is required");
  }
}
