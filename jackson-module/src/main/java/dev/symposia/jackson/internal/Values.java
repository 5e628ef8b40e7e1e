package dev.symposia.jackson.internal;

import dev.symposia.identifier.Doi;
import dev.symposia.identifier.Isni;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.identifier.RorId;
import dev.symposia.identifier.WikidataId;
import dev.symposia.place.CountryCode;
import dev.symposia.time.DateSpan;
import dev.symposia.time.PartialDate;
import dev.symposia.time.TimeSlot;
import java.util.List;

/** The value types written as strings: identifiers in their canonical form, country codes, dates and times. */
public final class Values {
  static final StringCodec<LocalId> LOCAL_ID = new StringCodec<>(LocalId.class, LocalId::of);
  static final StringCodec<Orcid> ORCID = new StringCodec<>(Orcid.class, Orcid::parse);
  static final StringCodec<RorId> ROR_ID = new StringCodec<>(RorId.class, RorId::parse);
  static final StringCodec<Isni> ISNI = new StringCodec<>(Isni.class, Isni::parse);
  static final StringCodec<WikidataId> WIKIDATA_ID = new StringCodec<>(WikidataId.class, WikidataId::parse);
  static final StringCodec<CountryCode> COUNTRY_CODE = new StringCodec<>(CountryCode.class, CountryCode::of);
  static final StringCodec<PartialDate> PARTIAL_DATE = new StringCodec<>(PartialDate.class, PartialDate::parse);
  static final StringCodec<DateSpan> DATE_SPAN = new StringCodec<>(DateSpan.class, DateSpan::parse);
  static final StringCodec<TimeSlot> TIME_SLOT = new StringCodec<>(TimeSlot.class, TimeSlot::parse);
  static final StringCodec<Doi> DOI = new StringCodec<>(Doi.class, Doi::parse);

  /** Every value type written as a string. */
  public static final List<StringCodec<?>> ALL = List.of(LOCAL_ID, ORCID, ROR_ID, ISNI, WIKIDATA_ID, COUNTRY_CODE,
      PARTIAL_DATE, DATE_SPAN, TIME_SLOT, DOI);

  private Values() {}
}
