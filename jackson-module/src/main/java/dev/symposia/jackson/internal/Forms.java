package dev.symposia.jackson.internal;

import static dev.symposia.jackson.internal.LocalizedTextCodec.TEXT;
import static dev.symposia.jackson.internal.ReadContext.IDENTIFIER;

import dev.symposia.InvalidModelException;
import dev.symposia.Note;
import dev.symposia.NoteKind;
import dev.symposia.accreditation.Accreditation;
import dev.symposia.accreditation.Credit;
import dev.symposia.agreement.AgreementRecord;
import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Renewal;
import dev.symposia.agreement.Signatory;
import dev.symposia.agreement.Term;
import dev.symposia.disclosure.Disclosure;
import dev.symposia.disclosure.FinancialRelationship;
import dev.symposia.event.Award;
import dev.symposia.event.EarlierPlan;
import dev.symposia.event.EarlierSessionPlan;
import dev.symposia.event.Entities;
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.Participation;
import dev.symposia.event.RelatedEvent;
import dev.symposia.event.Series;
import dev.symposia.event.Session;
import dev.symposia.event.Source;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.event.UnnamedGroup;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionTie;
import dev.symposia.institution.TieKind;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.Place;
import dev.symposia.presentation.Abstract;
import dev.symposia.presentation.Material;
import dev.symposia.quantity.Count;
import dev.symposia.quantity.CountPrecision;
import dev.symposia.quantity.Share;
import dev.symposia.support.CommercialSupport;
import dev.symposia.time.Recurrence;
import dev.symposia.time.RecurrenceChange;
import java.util.List;
import java.util.Optional;

/**
 * The canonical JSON form of every object type of the model, one line per property: its name, whether a
 * reader requires it, how its value is read and written, and, by its place in the list, its place in the
 * canonical order. {@code docs/json-format.md} and the JSON Schema describe the same form for readers.
 *
 * <p>Adding an optional property to a type is one line here, plus its tests and its line in the schema.
 * Types are declared parts first, so that each declaration can name the codecs of its parts.
 */
final class Forms {
  static final ObjectCodec<Note, NoteDraft> NOTE =
      ObjectCodec.object(Note.class, NoteDraft::new, NoteDraft::build)
          .required("path", Note::path, Scalars.STRING, (d, path) -> d.path = path)
          .required("kind", Note::kind, Enums.NOTE_KIND, (d, kind) -> d.kind = kind)
          .optional("reason", Note::reason, TEXT, (d, reason) -> d.reason = reason)
          .build();

  static final ObjectCodec<Place, Place.Builder> PLACE =
      ObjectCodec.object(Place.class, Place::builder, Place.Builder::build)
          .optional("country", Place::country, Values.COUNTRY_CODE, Place.Builder::country)
          .optional("region", Place::region, TEXT, Place.Builder::region)
          .optional("city", Place::city, TEXT, Place.Builder::city)
          .optional("district", Place::district, TEXT, Place.Builder::district)
          .optional("venue", Place::venue, TEXT, Place.Builder::venue)
          .optional("building", Place::building, TEXT, Place.Builder::building)
          .optional("room", Place::room, TEXT, Place.Builder::room)
          .optional("institution", Place::institution, IDENTIFIER, Place.Builder::institution)
          // Written only when true.
          .optional("mainVenue", place -> place.isMainVenue() ? Optional.of(true) : Optional.empty(),
              Scalars.BOOLEAN, Place.Builder::isMainVenue)
          .build();

  static final ObjectCodec<Count, CountDraft> COUNT =
      ObjectCodec.object(Count.class, CountDraft::new, CountDraft::build)
          .required("precision", Count::precision, Enums.COUNT_PRECISION, (d, precision) -> d.precision = precision)
          .optional("value", count -> count.value().isPresent() ? Optional.of(count.value().getAsLong())
              : Optional.empty(), Scalars.wholeNumber(0, Long.MAX_VALUE), (d, value) -> d.value = value)
          .build();

  static final ObjectCodec<Share, ShareDraft> SHARE =
      ObjectCodec.object(Share.class, ShareDraft::new, ShareDraft::build)
          .required("precision", Share::precision, Enums.COUNT_PRECISION, (d, precision) -> d.precision = precision)
          .optional("percent", Share::percent, Scalars.DECIMAL, (d, percent) -> d.percent = percent)
          .optional("part", share -> share.part().isPresent() ? Optional.of(share.part().getAsLong()) : Optional.empty(),
              Scalars.wholeNumber(0, Long.MAX_VALUE), (d, part) -> d.part = part)
          .optional("whole", share -> share.whole().isPresent() ? Optional.of(share.whole().getAsLong())
              : Optional.empty(), Scalars.wholeNumber(1, Long.MAX_VALUE), (d, whole) -> d.whole = whole)
          .build();

  static final ObjectCodec<UnnamedGroup, UnnamedGroup.Builder> UNNAMED_GROUP =
      ObjectCodec.object(UnnamedGroup.class, UnnamedGroup::builder, UnnamedGroup.Builder::build)
          .required("count", UnnamedGroup::count, COUNT, UnnamedGroup.Builder::count)
          .optional("description", UnnamedGroup::description, TEXT, UnnamedGroup.Builder::description)
          .list("institutions", UnnamedGroup::institutions, IDENTIFIER, UnnamedGroup.Builder::addInstitutions)
          .optional("kind", UnnamedGroup::kind, Enums.INSTITUTION_KIND, UnnamedGroup.Builder::kind)
          .build();

  static final ObjectCodec<Statistic, Statistic.Builder> STATISTIC =
      ObjectCodec.object(Statistic.class, Statistic::builder, Statistic.Builder::build)
          .optional("id", Statistic::id, Values.LOCAL_ID, Statistic.Builder::id)
          .required("measure", Statistic::measure, Enums.MEASURE, Statistic.Builder::measure)
          .required("count", Statistic::count, COUNT, Statistic.Builder::count)
          .optional("share", Statistic::share, SHARE, Statistic.Builder::share)
          .optional("shareOf", Statistic::shareOf, Values.LOCAL_ID, Statistic.Builder::shareOf)
          .optional("sameGroupAs", Statistic::sameGroupAs, Values.LOCAL_ID, Statistic.Builder::sameGroupAs)
          .optional("sessionKind", Statistic::sessionKind, Enums.SESSION_KIND, Statistic.Builder::sessionKind)
          .optional("mode", Statistic::mode, Enums.ATTENDANCE_MODE, Statistic.Builder::mode)
          .list("countries", Statistic::countries, Values.COUNTRY_CODE, Statistic.Builder::addCountries)
          .list("institutionKinds", Statistic::institutionKinds, Enums.INSTITUTION_KIND,
              Statistic.Builder::addInstitutionKinds)
          .list("topics", Statistic::topics, TEXT, Statistic.Builder::addTopics)
          .optional("description", Statistic::description, TEXT, Statistic.Builder::description)
          .list("partialLists", Statistic::partialLists, Scalars.STRING, Statistic.Builder::addPartialLists)
          .build();

  static final ObjectCodec<PersonName, PersonName.Builder> PERSON_NAME =
      ObjectCodec.object(PersonName.class, PersonName::builder, PersonName.Builder::build)
          .optional("familyName", PersonName::familyName, Scalars.STRING, PersonName.Builder::familyName)
          .optional("givenName", PersonName::givenName, Scalars.STRING, PersonName.Builder::givenName)
          .required("order", PersonName::order, Enums.NAME_ORDER, PersonName.Builder::order)
          .optional("asWritten", PersonName::asWritten, Scalars.STRING, PersonName.Builder::asWritten)
          .optional("language", PersonName::language, JdkValues.LANGUAGE, PersonName.Builder::language)
          .build();

  static final ObjectCodec<Position, Position.Builder> POSITION =
      ObjectCodec.object(Position.class, Position::builder, Position.Builder::build)
          .optional("title", Position::title, TEXT, Position.Builder::title)
          .optional("institution", Position::institution, IDENTIFIER, Position.Builder::institution)
          .defaulted("status", Position::status, Enums.POSITION_STATUS, Position.Builder::status)
          .optional("since", Position::since, Values.PARTIAL_DATE, Position.Builder::since)
          .optional("until", Position::until, Values.PARTIAL_DATE, Position.Builder::until)
          .build();

  static final ObjectCodec<InstitutionTie, TieDraft> INSTITUTION_TIE =
      ObjectCodec.object(InstitutionTie.class, TieDraft::new, TieDraft::build)
          .required("kind", InstitutionTie::kind, Enums.TIE_KIND, (d, kind) -> d.kind = kind)
          .required("institution", InstitutionTie::institution, IDENTIFIER, (d, id) -> d.institution = id)
          .build();

  static final ObjectCodec<Signatory, Signatory.Builder> SIGNATORY =
      ObjectCodec.object(Signatory.class, Signatory::builder, Signatory.Builder::build)
          .optional("person", Signatory::person, IDENTIFIER, Signatory.Builder::person)
          .required("party", Signatory::party, IDENTIFIER, Signatory.Builder::party)
          .optional("title", Signatory::title, TEXT, Signatory.Builder::title)
          .build();

  static final ObjectCodec<Term, Term.Builder> TERM =
      ObjectCodec.object(Term.class, Term::builder, Term.Builder::build)
          .optional("length", Term::length, JdkValues.PERIOD, Term.Builder::length)
          .optional("endsOn", Term::endsOn, Values.PARTIAL_DATE, Term.Builder::endsOn)
          // Written only when true.
          .optional("untilTerminated", term -> term.untilTerminated() ? Optional.of(true) : Optional.empty(),
              Scalars.BOOLEAN, Term.Builder::untilTerminated)
          .build();

  static final ObjectCodec<Renewal, Renewal.Builder> RENEWAL =
      ObjectCodec.object(Renewal.class, Renewal::builder, Renewal.Builder::build)
          .optional("renewedOn", Renewal::renewedOn, Values.PARTIAL_DATE, Renewal.Builder::renewedOn)
          .optional("term", Renewal::term, TERM, Renewal.Builder::term)
          .build();

  static final ObjectCodec<RecurrenceChange, RecurrenceChange.Builder> RECURRENCE_CHANGE =
      ObjectCodec.object(RecurrenceChange.class, RecurrenceChange::builder, RecurrenceChange.Builder::build)
          .required("occurrence", RecurrenceChange::occurrence, JdkValues.DATE, RecurrenceChange.Builder::occurrence)
          // Written only when true.
          .optional("cancelled", change -> change.cancelled() ? Optional.of(true) : Optional.empty(), Scalars.BOOLEAN,
              RecurrenceChange.Builder::cancelled)
          .optional("movedTo", RecurrenceChange::movedTo, JdkValues.DATE, RecurrenceChange.Builder::movedTo)
          .optional("time", RecurrenceChange::time, Values.TIME_SLOT, RecurrenceChange.Builder::time)
          .build();

  static final ObjectCodec<Recurrence, Recurrence.Builder> RECURRENCE =
      ObjectCodec.object(Recurrence.class, Recurrence::builder, Recurrence.Builder::build)
          .required("frequency", Recurrence::frequency, Enums.RECURRENCE_FREQUENCY, Recurrence.Builder::frequency)
          // Written only when not 1, the default.
          .optional("interval", rule -> rule.interval() == 1 ? Optional.empty() : Optional.of(rule.interval()),
              Scalars.integer(Integer.MIN_VALUE, Integer.MAX_VALUE), Recurrence.Builder::interval)
          .list("days", Recurrence::days, JdkValues.DAY_OF_WEEK, Recurrence.Builder::addDays)
          .optional("weekOfMonth", rule -> rule.weekOfMonth().isPresent() ? Optional.of(rule.weekOfMonth().getAsInt())
              : Optional.empty(), Scalars.integer(Integer.MIN_VALUE, Integer.MAX_VALUE), Recurrence.Builder::weekOfMonth)
          .optional("dayOfMonth", rule -> rule.dayOfMonth().isPresent() ? Optional.of(rule.dayOfMonth().getAsInt())
              : Optional.empty(), Scalars.integer(Integer.MIN_VALUE, Integer.MAX_VALUE), Recurrence.Builder::dayOfMonth)
          .optional("count", rule -> rule.count().isPresent() ? Optional.of(rule.count().getAsInt()) : Optional.empty(),
              Scalars.integer(Integer.MIN_VALUE, Integer.MAX_VALUE), Recurrence.Builder::count)
          .optional("until", Recurrence::until, JdkValues.DATE, Recurrence.Builder::until)
          .list("changes", Recurrence::changes, RECURRENCE_CHANGE, Recurrence.Builder::addChanges)
          .build();

  static final ObjectCodec<Credit, Credit.Builder> CREDIT =
      ObjectCodec.object(Credit.class, Credit::builder, Credit.Builder::build)
          .required("kind", Credit::kind, Enums.CREDIT_KIND, Credit.Builder::kind)
          .optional("amount", Credit::amount, Scalars.DECIMAL, Credit.Builder::amount)
          // Written only when true.
          .optional("maximum", credit -> credit.maximum() ? Optional.of(true) : Optional.empty(), Scalars.BOOLEAN,
              Credit.Builder::maximum)
          .optional("label", Credit::label, TEXT, Credit.Builder::label)
          .build();

  static final ObjectCodec<Accreditation, Accreditation.Builder> ACCREDITATION =
      ObjectCodec.object(Accreditation.class, Accreditation::builder, Accreditation.Builder::build)
          .optional("accreditor", Accreditation::accreditor, IDENTIFIER, Accreditation.Builder::accreditor)
          .optional("scheme", Accreditation::scheme, TEXT, Accreditation.Builder::scheme)
          .optional("activityId", Accreditation::activityId, Scalars.STRING, Accreditation.Builder::activityId)
          .list("credits", Accreditation::credits, CREDIT, Accreditation.Builder::addCredits)
          .optional("period", Accreditation::period, Values.DATE_SPAN, Accreditation.Builder::period)
          .build();

  static final ObjectCodec<FinancialRelationship, FinancialRelationship.Builder> FINANCIAL_RELATIONSHIP =
      ObjectCodec.object(FinancialRelationship.class, FinancialRelationship::builder,
          FinancialRelationship.Builder::build)
          .required("kind", FinancialRelationship::kind, Enums.RELATIONSHIP_KIND, FinancialRelationship.Builder::kind)
          .optional("kindLabel", FinancialRelationship::kindLabel, TEXT, FinancialRelationship.Builder::kindLabel)
          .list("companies", FinancialRelationship::companies, IDENTIFIER, FinancialRelationship.Builder::addCompanies)
          .build();

  static final ObjectCodec<Disclosure, Disclosure.Builder> DISCLOSURE =
      ObjectCodec.object(Disclosure.class, Disclosure::builder, Disclosure.Builder::build)
          .required("speaker", Disclosure::speaker, IDENTIFIER, Disclosure.Builder::speaker)
          // Written only when true.
          .optional("nothingToDisclose", disclosure -> disclosure.nothingToDisclose() ? Optional.of(true)
              : Optional.empty(), Scalars.BOOLEAN, Disclosure.Builder::nothingToDisclose)
          .list("relationships", Disclosure::relationships, FINANCIAL_RELATIONSHIP,
              Disclosure.Builder::addRelationships)
          .build();

  static final ObjectCodec<CommercialSupport, CommercialSupport.Builder> COMMERCIAL_SUPPORT =
      ObjectCodec.object(CommercialSupport.class, CommercialSupport::builder, CommercialSupport.Builder::build)
          .required("company", CommercialSupport::company, IDENTIFIER, CommercialSupport.Builder::company)
          .required("kind", CommercialSupport::kind, Enums.SUPPORT_KIND, CommercialSupport.Builder::kind)
          .optional("kindLabel", CommercialSupport::kindLabel, TEXT, CommercialSupport.Builder::kindLabel)
          .optional("description", CommercialSupport::description, TEXT, CommercialSupport.Builder::description)
          .build();

  static final ObjectCodec<Abstract, Abstract.Builder> ABSTRACT =
      ObjectCodec.object(Abstract.class, Abstract::builder, Abstract.Builder::build)
          .optional("number", Abstract::number, Scalars.STRING, Abstract.Builder::number)
          .optional("title", Abstract::title, TEXT, Abstract.Builder::title)
          .optional("format", Abstract::format, Enums.PRESENTATION_FORMAT, Abstract.Builder::format)
          .list("authors", Abstract::authors, IDENTIFIER, Abstract.Builder::addAuthors)
          .optional("doi", Abstract::doi, Values.DOI, Abstract.Builder::doi)
          .optional("citation", Abstract::citation, TEXT, Abstract.Builder::citation)
          .list("partialLists", Abstract::partialLists, Scalars.STRING, Abstract.Builder::addPartialLists)
          .build();

  static final ObjectCodec<Material, Material.Builder> MATERIAL =
      ObjectCodec.object(Material.class, Material::builder, Material.Builder::build)
          .required("kind", Material::kind, Enums.MATERIAL_KIND, Material.Builder::kind)
          .optional("title", Material::title, TEXT, Material.Builder::title)
          .optional("url", Material::url, JdkValues.URI_CODEC, Material.Builder::url)
          .optional("doi", Material::doi, Values.DOI, Material.Builder::doi)
          .build();

  static final ObjectCodec<Participation, Participation.Builder> PARTICIPATION =
      ObjectCodec.object(Participation.class, Participation::builder, Participation.Builder::build)
          .optional("person", Participation::person, IDENTIFIER, Participation.Builder::person)
          .optional("group", Participation::group, UNNAMED_GROUP, Participation.Builder::group)
          .required("role", Participation::role, Enums.PARTICIPANT_ROLE, Participation.Builder::role)
          .optional("roleLabel", Participation::roleLabel, TEXT, Participation.Builder::roleLabel)
          .optional("delivery", Participation::delivery, Enums.DELIVERY, Participation.Builder::delivery)
          .optional("contribution", Participation::contribution, TEXT, Participation.Builder::contribution)
          .optional("joinedFrom", Participation::joinedFrom, PLACE, Participation.Builder::joinedFrom)
          .optional("presentedAbstract", Participation::presentedAbstract, ABSTRACT,
              Participation.Builder::presentedAbstract)
          .list("materials", Participation::materials, MATERIAL, Participation.Builder::addMaterials)
          .build();

  static final ObjectCodec<InstitutionParticipation, InstitutionParticipation.Builder> INSTITUTION_PARTICIPATION =
      ObjectCodec.object(InstitutionParticipation.class, InstitutionParticipation::builder,
          InstitutionParticipation.Builder::build)
          .optional("institution", InstitutionParticipation::institution, IDENTIFIER,
              InstitutionParticipation.Builder::institution)
          .optional("group", InstitutionParticipation::group, UNNAMED_GROUP, InstitutionParticipation.Builder::group)
          .required("role", InstitutionParticipation::role, Enums.INSTITUTION_ROLE,
              InstitutionParticipation.Builder::role)
          .optional("roleLabel", InstitutionParticipation::roleLabel, TEXT, InstitutionParticipation.Builder::roleLabel)
          .build();

  static final ObjectCodec<Series, Series.Builder> SERIES =
      ObjectCodec.object(Series.class, Series::builder, Series.Builder::build)
          .optional("id", Series::id, Values.LOCAL_ID, Series.Builder::id)
          .required("name", Series::name, TEXT, Series.Builder::name)
          .optional("shortName", Series::shortName, Scalars.STRING, Series.Builder::shortName)
          .optional("firstYear", Series::firstYear, JdkValues.YEAR, Series.Builder::firstYear)
          .optional("frequency", Series::frequency, Enums.SERIES_FREQUENCY, Series.Builder::frequency)
          .optional("editionsHeld", Series::editionsHeld, COUNT, Series.Builder::editionsHeld)
          .optional("usualPlace", Series::usualPlace, PLACE, Series.Builder::usualPlace)
          .build();

  static final ObjectCodec<Award, Award.Builder> AWARD =
      ObjectCodec.object(Award.class, Award::builder, Award.Builder::build)
          .required("name", Award::name, TEXT, Award.Builder::name)
          .list("recipients", Award::recipients, IDENTIFIER, Award.Builder::addRecipients)
          .list("unveiledBy", Award::unveiledBy, IDENTIFIER, Award.Builder::addUnveiledBy)
          .optional("session", Award::session, IDENTIFIER, Award.Builder::session)
          .list("partialLists", Award::partialLists, Scalars.STRING, Award.Builder::addPartialLists)
          .build();

  static final ObjectCodec<RelatedEvent, RelatedEvent.Builder> RELATED_EVENT =
      ObjectCodec.object(RelatedEvent.class, RelatedEvent::builder, RelatedEvent.Builder::build)
          .required("relation", RelatedEvent::relation, Enums.EVENT_RELATION, RelatedEvent.Builder::relation)
          .optional("title", RelatedEvent::title, TEXT, RelatedEvent.Builder::title)
          .optional("dates", RelatedEvent::dates, Values.DATE_SPAN, RelatedEvent.Builder::dates)
          .list("places", RelatedEvent::places, PLACE, RelatedEvent.Builder::addPlaces)
          .build();

  static final ObjectCodec<Source, Source.Builder> SOURCE =
      ObjectCodec.object(Source.class, Source::builder, Source.Builder::build)
          .optional("publisher", Source::publisher, TEXT, Source.Builder::publisher)
          .optional("title", Source::title, TEXT, Source.Builder::title)
          .optional("published", Source::published, Values.PARTIAL_DATE, Source.Builder::published)
          .optional("url", Source::url, JdkValues.URI_CODEC, Source.Builder::url)
          .build();

  static final ObjectCodec<EarlierPlan, EarlierPlan.Builder> EARLIER_PLAN =
      ObjectCodec.object(EarlierPlan.class, EarlierPlan::builder, EarlierPlan.Builder::build)
          .optional("dates", EarlierPlan::dates, Values.DATE_SPAN, EarlierPlan.Builder::dates)
          .optional("mode", EarlierPlan::mode, Enums.ATTENDANCE_MODE, EarlierPlan.Builder::mode)
          .list("places", EarlierPlan::places, PLACE, EarlierPlan.Builder::addPlaces)
          .optional("change", EarlierPlan::change, Enums.EVENT_STATUS, EarlierPlan.Builder::change)
          .optional("changeAnnounced", EarlierPlan::changeAnnounced, Values.PARTIAL_DATE,
              EarlierPlan.Builder::changeAnnounced)
          .optional("description", EarlierPlan::description, TEXT, EarlierPlan.Builder::description)
          .list("sources", EarlierPlan::sources, SOURCE, EarlierPlan.Builder::addSources)
          .build();

  static final ObjectCodec<EarlierSessionPlan, EarlierSessionPlan.Builder> EARLIER_SESSION_PLAN =
      ObjectCodec.object(EarlierSessionPlan.class, EarlierSessionPlan::builder, EarlierSessionPlan.Builder::build)
          .optional("date", EarlierSessionPlan::date, Values.PARTIAL_DATE, EarlierSessionPlan.Builder::date)
          .optional("time", EarlierSessionPlan::time, Values.TIME_SLOT, EarlierSessionPlan.Builder::time)
          .optional("mode", EarlierSessionPlan::mode, Enums.ATTENDANCE_MODE, EarlierSessionPlan.Builder::mode)
          .list("places", EarlierSessionPlan::places, PLACE, EarlierSessionPlan.Builder::addPlaces)
          .optional("change", EarlierSessionPlan::change, Enums.EVENT_STATUS, EarlierSessionPlan.Builder::change)
          .optional("changeAnnounced", EarlierSessionPlan::changeAnnounced, Values.PARTIAL_DATE,
              EarlierSessionPlan.Builder::changeAnnounced)
          .optional("description", EarlierSessionPlan::description, TEXT, EarlierSessionPlan.Builder::description)
          .list("sources", EarlierSessionPlan::sources, SOURCE, EarlierSessionPlan.Builder::addSources)
          .build();

  static final ObjectCodec<Speaker, Speaker.Builder> SPEAKER =
      ObjectCodec.document(Speaker.class, Speaker::builder, Speaker.Builder::build)
          .required("id", Speaker::id, IDENTIFIER, Speaker.Builder::id)
          .optional("name", Speaker::name, PERSON_NAME, Speaker.Builder::name)
          .optional("description", Speaker::description, TEXT, Speaker.Builder::description)
          .list("otherNames", Speaker::otherNames, PERSON_NAME, Speaker.Builder::addOtherNames)
          .list("honorifics", Speaker::honorifics, Enums.HONORIFIC, Speaker.Builder::addHonorifics)
          .list("positions", Speaker::positions, POSITION, Speaker.Builder::addPositions)
          .optional("orcid", Speaker::orcid, Values.ORCID, Speaker.Builder::orcid)
          .optional("isni", Speaker::isni, Values.ISNI, Speaker.Builder::isni)
          .optional("wikidataId", Speaker::wikidataId, Values.WIKIDATA_ID, Speaker.Builder::wikidataId)
          .list("notes", Speaker::notes, NOTE, Speaker.Builder::addNotes)
          .build();

  static final ObjectCodec<Institution, Institution.Builder> INSTITUTION =
      ObjectCodec.document(Institution.class, Institution::builder, Institution.Builder::build)
          .required("id", Institution::id, IDENTIFIER, Institution.Builder::id)
          .optional("name", Institution::name, TEXT, Institution.Builder::name)
          .list("shortNames", Institution::shortNames, Scalars.STRING, Institution.Builder::addShortNames)
          .required("kind", Institution::kind, Enums.INSTITUTION_KIND, Institution.Builder::kind)
          .optional("kindLabel", Institution::kindLabel, TEXT, Institution.Builder::kindLabel)
          .optional("country", Institution::country, Values.COUNTRY_CODE, Institution.Builder::country)
          .optional("city", Institution::city, TEXT, Institution.Builder::city)
          .optional("parent", Institution::parent, IDENTIFIER, Institution.Builder::parent)
          .list("ties", Institution::ties, INSTITUTION_TIE, Institution.Builder::addTies)
          .list("focusAreas", Institution::focusAreas, TEXT, Institution.Builder::addFocusAreas)
          .optional("description", Institution::description, TEXT, Institution.Builder::description)
          .optional("ror", Institution::ror, Values.ROR_ID, Institution.Builder::ror)
          .optional("isni", Institution::isni, Values.ISNI, Institution.Builder::isni)
          .optional("wikidataId", Institution::wikidataId, Values.WIKIDATA_ID, Institution.Builder::wikidataId)
          .list("partialLists", Institution::partialLists, Scalars.STRING, Institution.Builder::addPartialLists)
          .list("notes", Institution::notes, NOTE, Institution.Builder::addNotes)
          .build();

  static final ObjectCodec<Session, Session.Builder> SESSION =
      ObjectCodec.document(Session.class, Session::builder, Session.Builder::build)
          .required("id", Session::id, IDENTIFIER, Session.Builder::id)
          .required("kind", Session::kind, Enums.SESSION_KIND, Session.Builder::kind)
          .optional("kindLabel", Session::kindLabel, TEXT, Session.Builder::kindLabel)
          .optional("title", Session::title, TEXT, Session.Builder::title)
          .list("topics", Session::topics, TEXT, Session.Builder::addTopics)
          .optional("date", Session::date, Values.PARTIAL_DATE, Session.Builder::date)
          .optional("time", Session::time, Values.TIME_SLOT, Session.Builder::time)
          .optional("recurrence", Session::recurrence, RECURRENCE, Session.Builder::recurrence)
          .optional("status", Session::status, Enums.EVENT_STATUS, Session.Builder::status)
          .optional("mode", Session::mode, Enums.ATTENDANCE_MODE, Session.Builder::mode)
          .list("places", Session::places, PLACE, Session.Builder::addPlaces)
          .list("plannedBefore", Session::plannedBefore, EARLIER_SESSION_PLAN, Session.Builder::addPlannedBefore)
          .optional("partOf", Session::partOf, IDENTIFIER, Session.Builder::partOf)
          .list("participants", Session::participants, PARTICIPATION, Session.Builder::addParticipants)
          .list("statistics", Session::statistics, STATISTIC, Session.Builder::addStatistics)
          .list("abstracts", Session::abstracts, ABSTRACT, Session.Builder::addAbstracts)
          .list("materials", Session::materials, MATERIAL, Session.Builder::addMaterials)
          .list("accreditations", Session::accreditations, ACCREDITATION, Session.Builder::addAccreditations)
          .list("commercialSupport", Session::commercialSupport, COMMERCIAL_SUPPORT,
              Session.Builder::addCommercialSupport)
          .optional("description", Session::description, TEXT, Session.Builder::description)
          .list("partialLists", Session::partialLists, Scalars.STRING, Session.Builder::addPartialLists)
          .list("notes", Session::notes, NOTE, Session.Builder::addNotes)
          .build();

  static final ObjectCodec<CooperationAgreement, CooperationAgreement.Builder> COOPERATION_AGREEMENT =
      ObjectCodec.document(CooperationAgreement.class, CooperationAgreement::builder,
          CooperationAgreement.Builder::build)
          .required("id", CooperationAgreement::id, IDENTIFIER, CooperationAgreement.Builder::id)
          // Always written; a reader takes cooperation when it is absent.
          .defaulted("kind", CooperationAgreement::kind, Enums.AGREEMENT_KIND, CooperationAgreement.Builder::kind)
          .optional("title", CooperationAgreement::title, TEXT, CooperationAgreement.Builder::title)
          .list("parties", CooperationAgreement::parties, IDENTIFIER, CooperationAgreement.Builder::addParties)
          .list("signatories", CooperationAgreement::signatories, SIGNATORY,
              CooperationAgreement.Builder::addSignatories)
          .optional("signedOn", CooperationAgreement::signedOn, Values.PARTIAL_DATE,
              CooperationAgreement.Builder::signedOn)
          .optional("signedAt", CooperationAgreement::signedAt, IDENTIFIER, CooperationAgreement.Builder::signedAt)
          .optional("place", CooperationAgreement::place, PLACE, CooperationAgreement.Builder::place)
          .optional("term", CooperationAgreement::term, TERM, CooperationAgreement.Builder::term)
          .list("renewals", CooperationAgreement::renewals, RENEWAL, CooperationAgreement.Builder::addRenewals)
          .list("topics", CooperationAgreement::topics, TEXT, CooperationAgreement.Builder::addTopics)
          .list("partialLists", CooperationAgreement::partialLists, Scalars.STRING,
              CooperationAgreement.Builder::addPartialLists)
          .list("notes", CooperationAgreement::notes, NOTE, CooperationAgreement.Builder::addNotes)
          .build();

  static final ObjectCodec<AgreementRecord, AgreementRecord.Builder> AGREEMENT_RECORD =
      ObjectCodec.document(AgreementRecord.class, AgreementRecord::builder, AgreementRecord.Builder::build)
          .required("agreement", AgreementRecord::agreement, COOPERATION_AGREEMENT, AgreementRecord.Builder::agreement)
          .list("institutions", AgreementRecord::institutions, INSTITUTION, AgreementRecord.Builder::addInstitutions)
          .list("speakers", AgreementRecord::speakers, SPEAKER, AgreementRecord.Builder::addSpeakers)
          .list("sources", AgreementRecord::sources, SOURCE, AgreementRecord.Builder::addSources)
          .list("notes", AgreementRecord::notes, NOTE, AgreementRecord.Builder::addNotes)
          .build();

  static final ObjectCodec<Symposium, SymposiumDraft> SYMPOSIUM =
      ObjectCodec.document(Symposium.class, SymposiumDraft::new, SymposiumDraft::build)
          .required("id", Symposium::id, IDENTIFIER, (d, id) -> d.builder.id(id))
          .required("title", Symposium::title, TEXT, (d, title) -> d.builder.title(title))
          .optional("shortTitle", Symposium::shortTitle, TEXT, (d, title) -> d.builder.shortTitle(title))
          .optional("series", Symposium::series, SERIES, (d, series) -> d.builder.series(series))
          .optional("edition", symposium -> symposium.edition().isPresent()
              ? Optional.of(symposium.edition().getAsInt()) : Optional.empty(),
              Scalars.integer(1, Integer.MAX_VALUE), (d, edition) -> d.builder.edition(edition))
          .optional("theme", Symposium::theme, TEXT, (d, theme) -> d.builder.theme(theme))
          .optional("description", Symposium::description, TEXT, (d, description) -> d.builder.description(description))
          .list("topics", Symposium::topics, TEXT, (d, topic) -> d.builder.addTopics(topic))
          .required("dates", Symposium::dates, Values.DATE_SPAN, (d, dates) -> d.builder.dates(dates))
          .optional("timeZone", Symposium::timeZone, JdkValues.ZONE, (d, zone) -> d.builder.timeZone(zone))
          .optional("status", Symposium::status, Enums.EVENT_STATUS, (d, status) -> d.builder.status(status))
          .optional("mode", Symposium::mode, Enums.ATTENDANCE_MODE, (d, mode) -> d.builder.mode(mode))
          .list("places", Symposium::places, PLACE, (d, place) -> d.builder.addPlaces(place))
          .list("plannedBefore", Symposium::plannedBefore, EARLIER_PLAN, (d, plan) -> d.builder.addPlannedBefore(plan))
          .list("institutions", Symposium::institutions, INSTITUTION, (d, institution) -> d.entities.add(institution))
          .list("institutionRoles", Symposium::institutionRoles, INSTITUTION_PARTICIPATION,
              (d, role) -> d.builder.addInstitutionRoles(role))
          .list("speakers", Symposium::speakers, SPEAKER, (d, speaker) -> d.entities.add(speaker))
          .list("participants", Symposium::participants, PARTICIPATION, (d, part) -> d.builder.addParticipants(part))
          .list("sessions", Symposium::sessions, SESSION, (d, session) -> d.entities.add(session))
          .list("agreements", Symposium::agreements, COOPERATION_AGREEMENT, (d, agreement) -> d.entities.add(agreement))
          .list("awards", Symposium::awards, AWARD, (d, award) -> d.builder.addAwards(award))
          .list("statistics", Symposium::statistics, STATISTIC, (d, statistic) -> d.builder.addStatistics(statistic))
          .list("relatedEvents", Symposium::relatedEvents, RELATED_EVENT,
              (d, event) -> d.builder.addRelatedEvents(event))
          .list("accreditations", Symposium::accreditations, ACCREDITATION,
              (d, accreditation) -> d.builder.addAccreditations(accreditation))
          .list("commercialSupport", Symposium::commercialSupport, COMMERCIAL_SUPPORT,
              (d, support) -> d.builder.addCommercialSupport(support))
          .list("disclosures", Symposium::disclosures, DISCLOSURE, (d, disclosure) -> d.builder.addDisclosures(disclosure))
          .list("sources", Symposium::sources, SOURCE, (d, source) -> d.builder.addSources(source))
          .list("partialLists", Symposium::partialLists, Scalars.STRING, (d, list) -> d.builder.addPartialLists(list))
          .list("notes", Symposium::notes, NOTE, (d, note) -> d.builder.addNotes(note))
          .build();

  /** Every object type, aggregates first, each with its codec. */
  static final List<ObjectCodec<?, ?>> ALL = List.of(SYMPOSIUM, SESSION, SPEAKER, INSTITUTION, COOPERATION_AGREEMENT,
      AGREEMENT_RECORD, SIGNATORY, TERM, RENEWAL, AWARD, INSTITUTION_PARTICIPATION, PARTICIPATION, RELATED_EVENT,
      SERIES, SOURCE, STATISTIC, SHARE, UNNAMED_GROUP, INSTITUTION_TIE, PERSON_NAME, POSITION, PLACE, COUNT, EARLIER_PLAN,
      EARLIER_SESSION_PLAN, NOTE, ACCREDITATION, CREDIT, DISCLOSURE, FINANCIAL_RELATIONSHIP, COMMERCIAL_SUPPORT, ABSTRACT,
      MATERIAL, RECURRENCE, RECURRENCE_CHANGE);

  private Forms() {}

  /**
   * What a reader has of a symposium so far: its own attributes in its builder, and its institutions,
   * speakers, sessions and agreements in {@link Entities}, which resolves their references as they are read.
   */
  static final class SymposiumDraft {
    final Symposium.Builder builder = Symposium.builder();
    final Entities entities;

    SymposiumDraft(ReadContext context) {
      // The document's table of identifiers: the symposium's references are resolved where they were read.
      this.entities = context.takeEntities();
    }

    Symposium build() {
      return builder.entities(entities).build();
    }
  }

  /** What a reader has of a count so far: a count is made by its precision's factory, not a builder. */
  static final class CountDraft {
    CountPrecision precision;
    Long value;

    Count build() {
      if (precision == CountPrecision.UNKNOWN || precision == CountPrecision.SEVERAL) {
        if (value != null) {
          throw new InvalidModelException("Count", "value", "must be absent when the precision is "
              + (precision == CountPrecision.UNKNOWN ? "unknown" : "several"), value);
        }
        return precision == CountPrecision.UNKNOWN ? Count.unknown() : Count.several();
      }
      if (value == null) {
        throw new InvalidModelException("Count", "value", "is required");
      }
      switch (precision) {
        case EXACT:
          return Count.exactly(value);
        case AT_LEAST:
          return Count.atLeast(value);
        case MORE_THAN:
          return Count.moreThan(value);
        default:
          return Count.about(value);
      }
    }
  }

  /** What a reader has of a share so far: a share is made by a factory, as a percentage or as a fraction. */
  static final class ShareDraft {
    CountPrecision precision;
    java.math.BigDecimal percent;
    Long part;
    Long whole;

    Share build() {
      if (percent != null) {
        if (part != null || whole != null) {
          throw new InvalidModelException("Share", part != null ? "part" : "whole",
              "must be absent with a percent: a share is a percentage or a fraction", part != null ? part : whole);
        }
        return Share.percent(precision, percent);
      }
      if (part == null && whole == null) {
        throw new InvalidModelException("Share", "percent", "or part and whole are required");
      }
      if (part == null || whole == null) {
        throw new InvalidModelException("Share", part == null ? "part" : "whole", "is required with a "
            + (part == null ? "whole" : "part"));
      }
      return Share.fraction(precision, part, whole);
    }
  }

  /** What a reader has of a note so far: a note is made by a factory, which checks the path's form. */
  static final class NoteDraft {
    String path;
    NoteKind kind;
    dev.symposia.text.LocalizedText reason;

    Note build() {
      return Note.of(kind, path, reason);
    }
  }

  /** What a reader has of a tie so far. */
  static final class TieDraft {
    TieKind kind;
    LocalId institution;

    InstitutionTie build() {
      return InstitutionTie.of(kind, institution);
    }
  }
}
