package dev.symposia.jackson.internal;

import dev.symposia.NoteKind;
import dev.symposia.accreditation.CreditKind;
import dev.symposia.disclosure.RelationshipKind;
import dev.symposia.presentation.MaterialKind;
import dev.symposia.presentation.PresentationFormat;
import dev.symposia.support.SupportKind;
import dev.symposia.time.RecurrenceFrequency;
import dev.symposia.agreement.AgreementKind;
import dev.symposia.event.AttendanceMode;
import dev.symposia.event.Delivery;
import dev.symposia.event.EventRelation;
import dev.symposia.event.EventStatus;
import dev.symposia.event.InstitutionRole;
import dev.symposia.event.Measure;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.SeriesFrequency;
import dev.symposia.event.SessionKind;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.institution.TieKind;
import dev.symposia.people.Honorific;
import dev.symposia.people.NameOrder;
import dev.symposia.people.PositionStatus;
import dev.symposia.quantity.CountPrecision;
import dev.symposia.time.DatePrecision;
import dev.symposia.time.PartOfDay;
import java.util.List;

/** The enumerations of the model. */
public final class Enums {
  static final EnumCodec<AgreementKind> AGREEMENT_KIND = EnumCodec.of(AgreementKind.class);
  static final EnumCodec<AttendanceMode> ATTENDANCE_MODE = EnumCodec.of(AttendanceMode.class);
  static final EnumCodec<Delivery> DELIVERY = EnumCodec.of(Delivery.class);
  static final EnumCodec<EventRelation> EVENT_RELATION = EnumCodec.of(EventRelation.class);
  static final EnumCodec<EventStatus> EVENT_STATUS = EnumCodec.of(EventStatus.class);
  static final EnumCodec<InstitutionRole> INSTITUTION_ROLE = EnumCodec.of(InstitutionRole.class);
  static final EnumCodec<Measure> MEASURE = EnumCodec.of(Measure.class);
  static final EnumCodec<ParticipantRole> PARTICIPANT_ROLE = EnumCodec.of(ParticipantRole.class);
  static final EnumCodec<SeriesFrequency> SERIES_FREQUENCY = EnumCodec.of(SeriesFrequency.class);
  static final EnumCodec<SessionKind> SESSION_KIND = EnumCodec.of(SessionKind.class);
  static final EnumCodec<InstitutionKind> INSTITUTION_KIND = EnumCodec.of(InstitutionKind.class);
  static final EnumCodec<TieKind> TIE_KIND = EnumCodec.of(TieKind.class);
  static final EnumCodec<Honorific> HONORIFIC = EnumCodec.of(Honorific.class);
  static final EnumCodec<NameOrder> NAME_ORDER = EnumCodec.of(NameOrder.class);
  static final EnumCodec<PositionStatus> POSITION_STATUS = EnumCodec.of(PositionStatus.class);
  static final EnumCodec<CountPrecision> COUNT_PRECISION = EnumCodec.of(CountPrecision.class);
  static final EnumCodec<DatePrecision> DATE_PRECISION = EnumCodec.of(DatePrecision.class);
  static final EnumCodec<PartOfDay> PART_OF_DAY = EnumCodec.of(PartOfDay.class);
  static final EnumCodec<NoteKind> NOTE_KIND = EnumCodec.of(NoteKind.class);
  static final EnumCodec<CreditKind> CREDIT_KIND = EnumCodec.of(CreditKind.class);
  static final EnumCodec<RelationshipKind> RELATIONSHIP_KIND = EnumCodec.of(RelationshipKind.class);
  static final EnumCodec<SupportKind> SUPPORT_KIND = EnumCodec.of(SupportKind.class);
  static final EnumCodec<PresentationFormat> PRESENTATION_FORMAT = EnumCodec.of(PresentationFormat.class);
  static final EnumCodec<MaterialKind> MATERIAL_KIND = EnumCodec.of(MaterialKind.class);
  static final EnumCodec<RecurrenceFrequency> RECURRENCE_FREQUENCY = EnumCodec.of(RecurrenceFrequency.class);

  /** Every enumeration of the model. */
  public static final List<EnumCodec<?>> ALL = List.of(AGREEMENT_KIND, ATTENDANCE_MODE, DELIVERY, EVENT_RELATION,
      EVENT_STATUS, INSTITUTION_ROLE, MEASURE, PARTICIPANT_ROLE, SERIES_FREQUENCY, SESSION_KIND, INSTITUTION_KIND,
      TIE_KIND, HONORIFIC, NAME_ORDER, POSITION_STATUS, COUNT_PRECISION, DATE_PRECISION, PART_OF_DAY,
      NOTE_KIND, CREDIT_KIND, RELATIONSHIP_KIND, SUPPORT_KIND, PRESENTATION_FORMAT, MATERIAL_KIND,
      RECURRENCE_FREQUENCY);

  private Enums() {}
}
