package dev.symposia.event;

import static dev.symposia.event.SymposiumTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.symposia.InvalidModelException;
import dev.symposia.accreditation.Accreditation;
import dev.symposia.accreditation.Credit;
import dev.symposia.accreditation.CreditKind;
import dev.symposia.disclosure.Disclosure;
import dev.symposia.disclosure.FinancialRelationship;
import dev.symposia.disclosure.RelationshipKind;
import dev.symposia.event.References.Reference;
import dev.symposia.identifier.Doi;
import dev.symposia.identifier.LocalId;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.PersonName;
import dev.symposia.people.Speaker;
import dev.symposia.presentation.Abstract;
import dev.symposia.presentation.Material;
import dev.symposia.presentation.MaterialKind;
import dev.symposia.presentation.PresentationFormat;
import dev.symposia.support.CommercialSupport;
import dev.symposia.support.SupportKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The references of the parts medical meetings record (accreditations, commercial support, disclosures and
 * abstracts): each resolved at its path, through the builder and through {@link Entities}, and at most one
 * disclosure per speaker.
 */
class MedicalReferencesTest {
  private static final LocalId NOBODY = LocalId.of("nobody");

  private static LocalId id(String value) {
    return LocalId.of(value);
  }

  /** {@link SymposiumTest#referenceRich()} with a fictional company and accreditor, and one of each new reference. */
  static Symposium medical() {
    Symposium base = SymposiumTest.referenceRich();
    Session opening = base.sessions().get(0);
    Participation chair = opening.participants().get(0);
    Session medicalOpening = opening.toBuilder()
        .participants(List.of(Participation.builder().from(chair)
                .presentedAbstract(Abstract.builder().number("OA-1").format(PresentationFormat.ORAL)
                    .addAuthors(id("li-huabing")).build())
                .addMaterials(Material.builder().kind(MaterialKind.SLIDES)
                    .url(URI.create("https://media.example.org/slides/1")).build())
                .build(),
            opening.participants().get(1)))
        .addAbstracts(Abstract.builder().number("P-1").title("A made-up cohort")
            .doi(Doi.parse("10.5555/fictional.1")).addAuthors(id("chen-zhixiong"), id("invited-lecturer")).build())
        .addAccreditations(Accreditation.builder().accreditor("northfield-cme-board").build())
        .addCommercialSupport(CommercialSupport.builder().company("meridian-pharma").kind(SupportKind.IN_KIND).build())
        .build();
    List<Session> sessions = new ArrayList<>(base.sessions());
    sessions.set(0, medicalOpening);
    Participation lecturer = base.participants().get(0);
    List<Participation> participants = new ArrayList<>(base.participants());
    participants.set(0, Participation.builder().from(lecturer).presentedAbstract(Abstract.builder().number("P-2")
        .addAuthors(id("invited-lecturer")).build()).build());
    return base.toBuilder()
        .addInstitutions(
            Institution.builder().id("meridian-pharma").name("Meridian Fictional Pharma").kind(InstitutionKind.COMPANY)
                .build(),
            Institution.builder().id("northfield-cme-board").name("Northfield Fictional CME Board")
                .kind(InstitutionKind.OTHER).build())
        .participants(participants)
        .sessions(sessions)
        .addAccreditations(Accreditation.builder().accreditor("northfield-cme-board")
            .addCredits(Credit.builder().kind(CreditKind.NATIONAL).amount("6").build()).build())
        .addCommercialSupport(CommercialSupport.builder().company("meridian-pharma")
            .kind(SupportKind.EDUCATIONAL_GRANT).build())
        .addDisclosures(
            Disclosure.builder().speaker("li-huabing").addRelationships(FinancialRelationship.builder()
                .kind(RelationshipKind.CONSULTING).addCompanies(id("meridian-pharma")).build()).build(),
            Disclosure.nothingToDisclose(id("chen-zhixiong")))
        .build();
  }

  private static Reference reference(Symposium symposium, String path) {
    return References.of(symposium).stream().filter(r -> r.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no reference at " + path));
  }

  @Test
  void theFixtureBuildsAndHoldsEveryNewKindOfReference() {
    Symposium symposium = medical();

    assertThat(References.of(symposium)).extracting(Reference::path).contains(
        "participants[0].presentedAbstract.authors[0]",
        "sessions[0].participants[0].presentedAbstract.authors[0]",
        "sessions[0].abstracts[0].authors[0]", "sessions[0].abstracts[0].authors[1]",
        "sessions[0].accreditations[0].accreditor", "sessions[0].commercialSupport[0].company",
        "accreditations[0].accreditor", "commercialSupport[0].company", "disclosures[0].speaker",
        "disclosures[0].relationships[0].companies[0]", "disclosures[1].speaker");
    assertThat(symposium.toBuilder().entities(EntitiesTest.inOrder(symposium)).build()).isEqualTo(symposium);
    assertThat(symposium.toBuilder().entities(EntitiesTest.inReverse(symposium)).build().disclosures())
        .isEqualTo(symposium.disclosures());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      accreditations[0].accreditor                             | an institution
      commercialSupport[0].company                             | an institution
      disclosures[0].speaker                                   | a speaker
      disclosures[1].speaker                                   | a speaker
      disclosures[0].relationships[0].companies[0]             | an institution
      participants[0].presentedAbstract.authors[0]             | a speaker
      sessions[0].participants[0].presentedAbstract.authors[0] | a speaker
      sessions[0].abstracts[0].authors[0]                      | a speaker
      sessions[0].abstracts[0].authors[1]                      | a speaker
      sessions[0].accreditations[0].accreditor                 | an institution
      sessions[0].commercialSupport[0].company                 | an institution
      """)
  void aReferenceToNothingIsRefusedAtItsPath(String path, String kind) {
    Reference reference = reference(medical(), path);
    Symposium.Builder corrupted = reference.changedTo().apply(NOBODY);

    assertThatThrownBy(corrupted::build).isExactlyInstanceOf(InvalidModelException.class)
        .hasMessage("Symposium." + path + ": must refer to " + kind + " of the symposium (was \"nobody\")")
        .satisfies(e -> {
          InvalidModelException refusal = (InvalidModelException) e;
          assertThat(refusal.type()).isEqualTo("Symposium");
          assertThat(refusal.attribute()).isEqualTo(path);
          assertThat(refusal.offendingValue()).contains(NOBODY);
        });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"accreditations[0].accreditor", "commercialSupport[0].company", "disclosures[0].speaker",
      "disclosures[1].speaker", "disclosures[0].relationships[0].companies[0]",
      "participants[0].presentedAbstract.authors[0]", "sessions[0].participants[0].presentedAbstract.authors[0]",
      "sessions[0].abstracts[0].authors[0]", "sessions[0].abstracts[0].authors[1]",
      "sessions[0].accreditations[0].accreditor", "sessions[0].commercialSupport[0].company"})
  void aReferenceToNothingIsRefusedWithTheSameMessageThroughEntities(String path) {
    Reference reference = reference(medical(), path);
    Throwable expected = catchThrowable(() -> reference.changedTo().apply(NOBODY).build());
    assertThat(expected).isInstanceOf(InvalidModelException.class);
    // The same symposium, made buildable by an entity named "nobody", then gathered without it.
    Symposium.Builder withNobody = reference.changedTo().apply(NOBODY);
    if (reference.kind() == References.Kind.SPEAKER) {
      withNobody.addSpeakers(Speaker.builder().id(NOBODY).name(PersonName.givenFirst("Nobody", "Fictional")).build());
    } else {
      withNobody.addInstitutions(Institution.builder().id(NOBODY).name("Fictional Nobody Institute")
          .kind(InstitutionKind.OTHER).build());
    }
    Symposium corrupted = withNobody.build();
    Entities gathered = new Entities();
    corrupted.institutions().stream().filter(x -> !x.id().equals(NOBODY)).forEach(gathered::add);
    corrupted.speakers().stream().filter(x -> !x.id().equals(NOBODY)).forEach(gathered::add);
    corrupted.sessions().forEach(gathered::add);
    corrupted.agreements().forEach(gathered::add);

    assertThatThrownBy(() -> corrupted.toBuilder().entities(gathered).build())
        .isExactlyInstanceOf(InvalidModelException.class).hasMessage(expected.getMessage());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      accreditations[0].accreditor                             | li-huabing           | an institution of the symposium, not a speaker
      commercialSupport[0].company                             | invited-lecturer     | an institution of the symposium, not a speaker
      disclosures[0].speaker                                   | cqmu                 | a speaker of the symposium, not an institution
      disclosures[1].speaker                                   | opening              | a speaker of the symposium, not a session
      disclosures[0].relationships[0].companies[0]             | chen-zhixiong        | an institution of the symposium, not a speaker
      participants[0].presentedAbstract.authors[0]             | nus-cqmu             | a speaker of the symposium, not an agreement
      sessions[0].participants[0].presentedAbstract.authors[0] | meridian-pharma      | a speaker of the symposium, not an institution
      sessions[0].abstracts[0].authors[0]                      | signing              | a speaker of the symposium, not a session
      sessions[0].accreditations[0].accreditor                 | cqmu-nus-medicine    | an institution of the symposium, not an agreement
      sessions[0].commercialSupport[0].company                 | opening              | an institution of the symposium, not a session
      """)
  void aReferenceToTheWrongKindOfEntityIsRefusedNamingBothKinds(String path, String other, String rule) {
    Symposium.Builder corrupted = reference(medical(), path).changedTo().apply(id(other));
    assertRefused(corrupted::build, "Symposium." + path + ": must refer to " + rule + " (was \"" + other + "\")");
  }

  @Test
  void aSecondDisclosureOfOneSpeakerIsRefused() {
    Symposium symposium = medical();
    Disclosure again = Disclosure.nothingToDisclose(id("li-huabing"));
    String refusal = "Symposium.disclosures[2].speaker: must be unique: disclosures[0] is that speaker's disclosure"
        + " already (was \"li-huabing\")";

    assertThatThrownBy(() -> symposium.toBuilder().addDisclosures(again).build())
        .isExactlyInstanceOf(InvalidModelException.class).hasMessage(refusal)
        .satisfies(e -> assertThat(((InvalidModelException) e).attribute()).isEqualTo("disclosures[2].speaker"));
    assertRefused(() -> symposium.toBuilder().entities(EntitiesTest.inOrder(symposium)).addDisclosures(again).build(),
        refusal);
    assertRefused(() -> symposium.toBuilder().disclosures(List.of(again, again)).build(),
        "Symposium.disclosures[1].speaker: must be unique: disclosures[0] is that speaker's disclosure already"
            + " (was \"li-huabing\")");
  }

  @Test
  void disclosuresOfDifferentSpeakersAreAccepted() {
    Symposium symposium = medical().toBuilder()
        .addDisclosures(Disclosure.nothingToDisclose(id("invited-lecturer"))).build();
    assertThat(symposium.disclosures()).extracting(Disclosure::speaker)
        .containsExactly(id("li-huabing"), id("chen-zhixiong"), id("invited-lecturer"));
  }

  @Test
  void theDisclosureOfASpeakerIsFoundByIdentifier() {
    Symposium symposium = medical();

    assertThat(symposium.disclosure(id("li-huabing"))).contains(symposium.disclosures().get(0));
    assertThat(symposium.disclosure(id("chen-zhixiong"))).contains(symposium.disclosures().get(1));
    assertThat(symposium.disclosure(id("invited-lecturer"))).isEmpty();
    assertThat(symposium.disclosure(id("meridian-pharma"))).isEmpty();
    assertThat(symposium.disclosure(null)).isEmpty();
    assertThat(SymposiumTest.referenceRich().disclosure(id("li-huabing"))).isEmpty();
  }

  @Test
  void aSatelliteSymposiumNamesItsSponsor() {
    Symposium symposium = medical();
    Session satellite = Session.builder().id("satellite").kind(SessionKind.SATELLITE_SYMPOSIUM)
        .addCommercialSupport(CommercialSupport.builder().company("meridian-pharma").kind(SupportKind.SPONSORSHIP)
            .build())
        .build();

    Symposium withSatellite = symposium.toBuilder().addSessions(satellite).build();
    assertThat(withSatellite.session(id("satellite")).orElseThrow().commercialSupport())
        .extracting(CommercialSupport::company).containsExactly(id("meridian-pharma"));
    assertRefused(() -> symposium.toBuilder().addSessions(satellite.toBuilder().commercialSupport(List.of(
            CommercialSupport.builder().company("northwind-devices").kind(SupportKind.SPONSORSHIP).build())).build())
            .build(),
        "Symposium.sessions[2].commercialSupport[0].company: must refer to an institution of the symposium"
            + " (was \"northwind-devices\")");
  }

  @Test
  void anAccreditationWithoutAnAccreditorRefersToNothing() {
    Symposium symposium = medical().toBuilder().addAccreditations(Accreditation.builder().build()).build();
    assertThat(symposium.accreditations()).hasSize(2);
  }
}
