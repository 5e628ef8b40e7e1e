package dev.symposia.validation.internal;

import static dev.symposia.validation.internal.Offences.at;

import dev.symposia.event.EventRelation;
import dev.symposia.event.RelatedEvent;
import dev.symposia.event.Symposium;
import dev.symposia.time.DateSpan;
import dev.symposia.validation.rules.EditionRelated;
import java.util.List;

/** Validates {@link EditionRelated} on a symposium. Thread-safe. */
public final class EditionRelatedValidator extends RuleValidator<EditionRelated, Symposium> {
  /** Creates the validator. */
  public EditionRelatedValidator() {}

  @Override
  protected void check(Symposium symposium, Offences offences) {
    List<RelatedEvent> related = symposium.relatedEvents();
    for (int i = 0; i < related.size(); i++) {
      RelatedEvent event = related.get(i);
      if (event.dates().isEmpty()) {
        continue;
      }
      DateSpan dates = event.dates().get();
      boolean outOfOrder = event.relation() == EventRelation.NEXT_EDITION
          && dates.isCertainlyBefore(symposium.dates())
          || event.relation() == EventRelation.PREVIOUS_EDITION && symposium.dates().isCertainlyBefore(dates);
      if (outOfOrder) {
        offences.add(at("relatedEvents", i, "dates"), "dates", dates, "symposiumDates", symposium.dates());
      }
    }
  }
}
