package dev.symposia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

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
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.Participation;
import dev.symposia.event.RelatedEvent;
import dev.symposia.event.Series;
import dev.symposia.event.Session;
import dev.symposia.event.Source;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.event.UnnamedGroup;
import dev.symposia.generators.AccreditationGenerators;
import dev.symposia.generators.AgreementGenerators;
import dev.symposia.generators.DisclosureGenerators;
import dev.symposia.generators.EventGenerators;
import dev.symposia.generators.IdentifierGenerators;
import dev.symposia.generators.InstitutionGenerators;
import dev.symposia.generators.NoteGenerators;
import dev.symposia.generators.PeopleGenerators;
import dev.symposia.generators.PlaceGenerators;
import dev.symposia.generators.PresentationGenerators;
import dev.symposia.generators.QuantityGenerators;
import dev.symposia.generators.SupportGenerators;
import dev.symposia.generators.TextGenerators;
import dev.symposia.generators.TimeGenerators;
import dev.symposia.identifier.Doi;
import dev.symposia.identifier.Isni;
import dev.symposia.identifier.LocalId;
import dev.symposia.identifier.Orcid;
import dev.symposia.identifier.RorId;
import dev.symposia.identifier.WikidataId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionTie;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.presentation.Abstract;
import dev.symposia.presentation.Material;
import dev.symposia.quantity.Count;
import dev.symposia.quantity.Share;
import dev.symposia.support.CommercialSupport;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import dev.symposia.time.Occurrence;
import dev.symposia.time.PartialDate;
import dev.symposia.time.Recurrence;
import dev.symposia.time.RecurrenceChange;
import dev.symposia.time.TimeSlot;
import dev.symposia.time.ZonedInterval;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * The contract every value type and aggregate of the model fulfils, checked over generated values of each
 * type, in the manner of ThreeTen's abstract date-time tests:
 * <ul>
 *   <li>equality is reflexive and symmetric, never equal to null or to another type, and equal values have
 *       equal hash codes;</li>
 *   <li>rebuilding a value from its parts ({@code toBuilder()}, {@code builder().from(x)}, {@code of} or
 *       {@code parse(toString())}) gives an equal value;</li>
 *   <li>{@code toString()} is short and never empty, even for a large symposium;</li>
 *   <li>returned collections cannot be changed, and builders copy the lists they are given.</li>
 * </ul>
 */
class ModelContractTest {
  private static final int LONGEST_TO_STRING = 300;
  private static final List<LocalId> INSTITUTIONS = ids("cae", "cqmu", "nus", "nus-medicine");
  private static final List<LocalId> SPEAKERS = ids("wang-chen", "liu-enmei", "john-gallin");
  private static final List<LocalId> SESSIONS = ids("opening", "signing", "keynotes");

  /**
   * One type's part in the contract: how to generate values, how to rebuild one from its parts, and its
   * collections with a way to replace each through the builder.
   */
  record Contract<T>(Class<T> type, Gen<T> values, int examples, UnaryOperator<T> rebuild,
      List<CollectionAttribute<T>> collections) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  /** A collection a type returns, and, for a list a builder takes, a copy of a value with it replaced. */
  record CollectionAttribute<T>(String name, Function<T, Object> view, BiFunction<T, List<Object>, T> withList) {}

  private static <T> Contract<T> contract(Class<T> type, Gen<T> values, UnaryOperator<T> rebuild) {
    return new Contract<>(type, values, 100, rebuild, List.of());
  }

  @SafeVarargs
  @SuppressWarnings("varargs")   // The array goes to List.of, which only reads it.
  private static <T> Contract<T> contract(Class<T> type, Gen<T> values, int examples, UnaryOperator<T> rebuild,
      CollectionAttribute<T>... collections) {
    return new Contract<>(type, values, examples, rebuild, List.of(collections));
  }

  /** A list attribute and the builder call that replaces it. */
  @SuppressWarnings("unchecked")
  private static <T, E> CollectionAttribute<T> list(String name, Function<T, List<E>> getter,
      BiFunction<T, List<E>, T> setter) {
    return new CollectionAttribute<>(name, value -> getter.apply(value),
        (value, list) -> setter.apply(value, (List<E>) (List<?>) list));
  }

  /** A collection or map view that has no builder counterpart. */
  private static <T> CollectionAttribute<T> view(String name, Function<T, Object> getter) {
    return new CollectionAttribute<>(name, getter, null);
  }

  static List<Contract<?>> contracts() {
    return List.of(
        contract(LocalId.class, IdentifierGenerators.localIds(), id -> LocalId.of(id.value())),
        contract(Orcid.class, IdentifierGenerators.orcids(), orcid -> Orcid.parse(orcid.toString())),
        contract(Isni.class, IdentifierGenerators.isnis(), isni -> Isni.parse(isni.toString())),
        contract(RorId.class, IdentifierGenerators.rorIds(), ror -> RorId.parse(ror.toString())),
        contract(WikidataId.class, IdentifierGenerators.wikidataIds(), qid -> WikidataId.parse(qid.toString())),
        contract(Doi.class, IdentifierGenerators.dois(), doi -> Doi.parse(doi.toString())),
        contract(CountryCode.class, PlaceGenerators.countryCodes(), code -> CountryCode.of(code.toString())),
        contract(Count.class, QuantityGenerators.counts(), count -> Count.parse(count.toString())),
        contract(Share.class, QuantityGenerators.shares(), share -> Share.parse(share.toString())),
        contract(PartialDate.class, TimeGenerators.partialDates(), date -> PartialDate.parse(date.toString())),
        contract(DateSpan.class, TimeGenerators.dateSpans(), span -> DateSpan.parse(span.toString())),
        contract(TimeSlot.class, TimeGenerators.timeSlots(), slot -> TimeSlot.parse(slot.toString())),
        contract(ZonedInterval.class, TimeGenerators.zonedIntervals(),
            interval -> ZonedInterval.parse(interval.toString())),
        contract(RecurrenceChange.class, TimeGenerators.recurrenceChanges(),
            change -> RecurrenceChange.builder().from(change).build()),
        contract(Recurrence.class, TimeGenerators.recurrences(), 100, rule -> Recurrence.builder().from(rule).build(),
            list("days", Recurrence::days, (r, l) -> Recurrence.builder().from(r).days(l).build()),
            list("changes", Recurrence::changes, (r, l) -> Recurrence.builder().from(r).changes(l).build())),
        contract(Occurrence.class, TimeGenerators.occurrences(),
            occurrence -> Occurrence.builder().from(occurrence).build()),
        contract(LocalizedText.class, TextGenerators.localizedTexts(), 100, ModelContractTest::rebuildText,
            view("languages", LocalizedText::languages), view("asMap", LocalizedText::asMap)),

        contract(PersonName.class, PeopleGenerators.personNames(), name -> PersonName.builder().from(name).build()),
        contract(Position.class, PeopleGenerators.positions(INSTITUTIONS),
            position -> Position.builder().from(position).build()),
        contract(Speaker.class, PeopleGenerators.speakers(INSTITUTIONS), 100, speaker -> speaker.toBuilder().build(),
            list("otherNames", Speaker::otherNames, (s, l) -> s.toBuilder().otherNames(l).build()),
            list("honorifics", Speaker::honorifics, (s, l) -> s.toBuilder().honorifics(l).build()),
            list("positions", Speaker::positions, (s, l) -> s.toBuilder().positions(l).build())),

        contract(InstitutionTie.class, InstitutionGenerators.ties(INSTITUTIONS),
            tie -> InstitutionTie.of(tie.kind(), tie.institution())),
        contract(Institution.class, InstitutionGenerators.institutions(INSTITUTIONS), 100,
            institution -> institution.toBuilder().build(),
            list("shortNames", Institution::shortNames, (i, l) -> i.toBuilder().shortNames(l).build()),
            list("ties", Institution::ties, (i, l) -> i.toBuilder().ties(l).build()),
            list("focusAreas", Institution::focusAreas, (i, l) -> i.toBuilder().focusAreas(l).build())),

        contract(Signatory.class, AgreementGenerators.signatories(SPEAKERS, INSTITUTIONS),
            signatory -> signatory.person().isPresent() ? Signatory.of(signatory.person().get(), signatory.party())
                : Signatory.builder().from(signatory).build()),
        contract(Term.class, AgreementGenerators.terms(), term -> Term.builder().from(term).build()),
        contract(Renewal.class, AgreementGenerators.renewals(), renewal -> Renewal.builder().from(renewal).build()),
        contract(CooperationAgreement.class, AgreementGenerators.agreements(), 100,
            agreement -> agreement.toBuilder().build(),
            list("parties", CooperationAgreement::parties, (a, l) -> a.toBuilder().parties(l).build()),
            list("signatories", CooperationAgreement::signatories, (a, l) -> a.toBuilder().signatories(l).build()),
            list("renewals", CooperationAgreement::renewals, (a, l) -> a.toBuilder().renewals(l).build()),
            list("topics", CooperationAgreement::topics, (a, l) -> a.toBuilder().topics(l).build())),
        contract(AgreementRecord.class, AgreementGenerators.records(), 60, record -> record.toBuilder().build(),
            list("institutions", AgreementRecord::institutions, (r, l) -> r.toBuilder().institutions(l).build()),
            list("speakers", AgreementRecord::speakers, (r, l) -> r.toBuilder().speakers(l).build()),
            list("sources", AgreementRecord::sources, (r, l) -> r.toBuilder().sources(l).build())),

        contract(Note.class, NoteGenerators.notesOn(List.of("edition", "timeZone", "sessions[0].participants[1]")),
            note -> Note.of(note.kind(), note.path(), note.reason().orElse(null))),
        contract(Place.class, EventGenerators.places(INSTITUTIONS), place -> Place.builder().from(place).build()),
        contract(UnnamedGroup.class, EventGenerators.unnamedGroups(INSTITUTIONS), 100,
            group -> UnnamedGroup.builder().from(group).build(),
            list("institutions", UnnamedGroup::institutions,
                (g, l) -> UnnamedGroup.builder().from(g).institutions(l).build())),
        contract(Participation.class, EventGenerators.participations(SPEAKERS, INSTITUTIONS), 100,
            participation -> Participation.builder().from(participation).build(),
            list("materials", Participation::materials,
                (p, l) -> Participation.builder().from(p).materials(l).build())),
        contract(InstitutionParticipation.class, EventGenerators.institutionParticipations(INSTITUTIONS),
            role -> InstitutionParticipation.builder().from(role).build()),
        contract(Statistic.class, EventGenerators.statistics(), 100,
            statistic -> Statistic.builder().from(statistic).build(),
            list("countries", Statistic::countries, (s, l) -> Statistic.builder().from(s).countries(l).build()),
            list("institutionKinds", Statistic::institutionKinds,
                (s, l) -> Statistic.builder().from(s).institutionKinds(l).build()),
            list("topics", Statistic::topics, (s, l) -> Statistic.builder().from(s).topics(l).build())),
        contract(Series.class, EventGenerators.series(), series -> Series.builder().from(series).build()),
        contract(RelatedEvent.class, EventGenerators.relatedEvents(), 100,
            related -> RelatedEvent.builder().from(related).build(),
            list("places", RelatedEvent::places, (r, l) -> RelatedEvent.builder().from(r).places(l).build())),
        contract(Source.class, EventGenerators.sources(), source -> Source.builder().from(source).build()),
        contract(EarlierPlan.class, EventGenerators.earlierPlans(INSTITUTIONS), 100,
            plan -> EarlierPlan.builder().from(plan).build(),
            list("places", EarlierPlan::places, (p, l) -> EarlierPlan.builder().from(p).places(l).build()),
            list("sources", EarlierPlan::sources, (p, l) -> EarlierPlan.builder().from(p).sources(l).build())),
        contract(EarlierSessionPlan.class, EventGenerators.earlierSessionPlans(INSTITUTIONS), 100,
            plan -> EarlierSessionPlan.builder().from(plan).build(),
            list("places", EarlierSessionPlan::places,
                (p, l) -> EarlierSessionPlan.builder().from(p).places(l).build()),
            list("sources", EarlierSessionPlan::sources,
                (p, l) -> EarlierSessionPlan.builder().from(p).sources(l).build())),
        contract(Award.class, EventGenerators.awards(SPEAKERS, SESSIONS), 100,
            award -> Award.builder().from(award).build(),
            list("recipients", Award::recipients, (a, l) -> Award.builder().from(a).recipients(l).build()),
            list("unveiledBy", Award::unveiledBy, (a, l) -> Award.builder().from(a).unveiledBy(l).build())),
        contract(Session.class, EventGenerators.sessions(SPEAKERS, INSTITUTIONS), 100,
            session -> session.toBuilder().build(),
            list("topics", Session::topics, (s, l) -> s.toBuilder().topics(l).build()),
            list("places", Session::places, (s, l) -> s.toBuilder().places(l).build()),
            list("plannedBefore", Session::plannedBefore, (s, l) -> s.toBuilder().plannedBefore(l).build()),
            list("participants", Session::participants, (s, l) -> s.toBuilder().participants(l).build()),
            list("statistics", Session::statistics, (s, l) -> s.toBuilder().statistics(l).build()),
            list("abstracts", Session::abstracts, (s, l) -> s.toBuilder().abstracts(l).build()),
            list("materials", Session::materials, (s, l) -> s.toBuilder().materials(l).build()),
            list("accreditations", Session::accreditations, (s, l) -> s.toBuilder().accreditations(l).build()),
            list("commercialSupport", Session::commercialSupport,
                (s, l) -> s.toBuilder().commercialSupport(l).build())),
        contract(Symposium.class, EventGenerators.symposia(), 40, symposium -> symposium.toBuilder().build(),
            list("topics", Symposium::topics, (s, l) -> s.toBuilder().topics(l).build()),
            list("places", Symposium::places, (s, l) -> s.toBuilder().places(l).build()),
            list("plannedBefore", Symposium::plannedBefore, (s, l) -> s.toBuilder().plannedBefore(l).build()),
            list("institutions", Symposium::institutions, (s, l) -> s.toBuilder().institutions(l).build()),
            list("institutionRoles", Symposium::institutionRoles,
                (s, l) -> s.toBuilder().institutionRoles(l).build()),
            list("speakers", Symposium::speakers, (s, l) -> s.toBuilder().speakers(l).build()),
            list("sessions", Symposium::sessions, (s, l) -> s.toBuilder().sessions(l).build()),
            list("agreements", Symposium::agreements, (s, l) -> s.toBuilder().agreements(l).build()),
            list("awards", Symposium::awards, (s, l) -> s.toBuilder().awards(l).build()),
            list("statistics", Symposium::statistics, (s, l) -> s.toBuilder().statistics(l).build()),
            list("relatedEvents", Symposium::relatedEvents, (s, l) -> s.toBuilder().relatedEvents(l).build()),
            list("sources", Symposium::sources, (s, l) -> s.toBuilder().sources(l).build()),
            list("notes", Symposium::notes, (s, l) -> s.toBuilder().notes(l).build()),
            list("accreditations", Symposium::accreditations, (s, l) -> s.toBuilder().accreditations(l).build()),
            list("commercialSupport", Symposium::commercialSupport,
                (s, l) -> s.toBuilder().commercialSupport(l).build()),
            list("disclosures", Symposium::disclosures, (s, l) -> s.toBuilder().disclosures(l).build())),

        contract(Credit.class, AccreditationGenerators.credits(), credit -> Credit.builder().from(credit).build()),
        contract(Accreditation.class, AccreditationGenerators.accreditations(INSTITUTIONS), 100,
            accreditation -> Accreditation.builder().from(accreditation).build(),
            list("credits", Accreditation::credits, (a, l) -> Accreditation.builder().from(a).credits(l).build())),
        contract(FinancialRelationship.class, DisclosureGenerators.financialRelationships(INSTITUTIONS), 100,
            relationship -> FinancialRelationship.builder().from(relationship).build(),
            list("companies", FinancialRelationship::companies,
                (r, l) -> FinancialRelationship.builder().from(r).companies(l).build())),
        contract(Disclosure.class, DisclosureGenerators.disclosures(SPEAKERS, INSTITUTIONS), 100,
            disclosure -> Disclosure.builder().from(disclosure).build(),
            list("relationships", Disclosure::relationships,
                (d, l) -> Disclosure.builder().from(d).relationships(l).build())),
        contract(CommercialSupport.class, SupportGenerators.commercialSupport(INSTITUTIONS),
            support -> CommercialSupport.builder().from(support).build()),
        contract(Abstract.class, PresentationGenerators.abstracts(SPEAKERS), 100,
            summary -> Abstract.builder().from(summary).build(),
            list("authors", Abstract::authors, (a, l) -> Abstract.builder().from(a).authors(l).build()),
            list("partialLists", Abstract::partialLists,
                (a, l) -> Abstract.builder().from(a).partialLists(l).build())),
        contract(Material.class, PresentationGenerators.materials(),
            material -> Material.builder().from(material).build()));
  }

  private static LocalizedText rebuildText(LocalizedText text) {
    Map<String, String> byTag = new LinkedHashMap<>();
    text.asMap().forEach((language, value) -> byTag.put(language.toLanguageTag(), value));
    return LocalizedText.of(byTag);
  }

  @Test
  void everyPublicClassOfTheModelHasAContract() throws Exception {
    Set<String> covered = contracts().stream().map(c -> c.type().getName()).collect(Collectors.toSet());
    List<String> modelClasses = ImmutabilityTest.publicTypes().stream()
        .filter(type -> !type.isEnum() && !type.isAnnotation() && !Modifier.isInterface(type.getModifiers()))
        // Symposium.Derivation is a key told apart by identity, not a value of the model.
        .filter(type -> type != Symposium.Derivation.class)
        .map(Class::getName)
        .toList();
    assertThat(covered).containsExactlyInAnyOrderElementsOf(modelClasses);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contracts")
  <T> void equalsIsReflexiveAndSymmetricAndEqualValuesHaveEqualHashCodes(Contract<T> contract) {
    qt().withExamples(contract.examples()).withShrinkCycles(50).forAll(contract.values(), contract.values())
        .checkAssert((x, y) -> {
          assertThat(x.equals(x)).as("%s equals itself", x).isTrue();
          assertThat(x.equals(y)).as("%s equals %s both ways", x, y).isEqualTo(y.equals(x));
          if (x.equals(y)) {
            assertThat(x.hashCode()).isEqualTo(y.hashCode());
          }
          assertThat(x.equals(null)).isFalse();
          assertThat(x.equals(new Object())).isFalse();
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contracts")
  <T> void rebuildingAValueFromItsPartsGivesAnEqualValueWithTheSameHashCode(Contract<T> contract) {
    qt().withExamples(contract.examples()).withShrinkCycles(50).forAll(contract.values()).checkAssert(x -> {
      T copy = contract.rebuild().apply(x);
      assertThat(copy).isEqualTo(x);
      assertThat(x).isEqualTo(copy);
      assertThat(copy.hashCode()).isEqualTo(x.hashCode());
      assertThat(copy).hasToString(x.toString());
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contracts")
  <T> void toStringIsNeverEmptyAndShort(Contract<T> contract) {
    qt().withExamples(contract.examples()).withShrinkCycles(50).forAll(contract.values()).checkAssert(x -> {
      String text = x.toString();
      assertThat(text).isNotBlank();
      assertThat(text.length()).as(text).isLessThan(LONGEST_TO_STRING);
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contracts")
  <T> void returnedCollectionsCannotBeChanged(Contract<T> contract) {
    qt().withExamples(Math.min(contract.examples(), 50)).withShrinkCycles(50).forAll(contract.values())
        .checkAssert(x -> {
          for (CollectionAttribute<T> attribute : contract.collections()) {
            Object view = attribute.view().apply(x);
            if (view instanceof Map<?, ?> map) {
              @SuppressWarnings("unchecked")
              Map<Object, Object> writable = (Map<Object, Object>) map;
              Map.Entry<?, ?> any = map.entrySet().iterator().next();
              assertThatThrownBy(() -> writable.put(any.getKey(), any.getValue())).as(attribute.name())
                  .isInstanceOf(UnsupportedOperationException.class);
            } else {
              @SuppressWarnings("unchecked")
              Collection<Object> collection = (Collection<Object>) view;
              Object element = collection.isEmpty() ? null : collection.iterator().next();
              assertThatThrownBy(() -> collection.add(element)).as(attribute.name())
                  .isInstanceOf(UnsupportedOperationException.class);
              if (!collection.isEmpty()) {
                assertThatThrownBy(() -> collection.remove(element)).as(attribute.name())
                    .isInstanceOf(UnsupportedOperationException.class);
              }
            }
          }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contracts")
  <T> void changingAListAfterPassingItToABuilderChangesNothing(Contract<T> contract) {
    qt().withExamples(Math.min(contract.examples(), 50)).withShrinkCycles(50).forAll(contract.values())
        .checkAssert(x -> {
          for (CollectionAttribute<T> attribute : contract.collections()) {
            if (attribute.withList() == null) {
              continue;
            }
            List<?> original = List.copyOf((List<?>) attribute.view().apply(x));
            List<Object> given = new ArrayList<>(original);
            T built = attribute.withList().apply(x, given);
            assertThat(built).as(attribute.name()).isEqualTo(x);
            given.clear();
            assertThat(attribute.view().apply(built)).as(attribute.name()).isEqualTo(original);
            assertThat(built).as(attribute.name()).isEqualTo(x);
          }
        });
  }

  private static List<LocalId> ids(String... values) {
    return Arrays.stream(values).map(LocalId::of).toList();
  }
}
