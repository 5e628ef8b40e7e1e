package dev.symposia.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.symposia.InvalidModelException;
import dev.symposia.identifier.LocalId;
import dev.symposia.text.LocalizedText;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FinancialRelationshipTest {
  private static LocalId id(String value) {
    return LocalId.of(value);
  }

  @Test
  void aRelationshipHasAKindAndTheCompaniesItIsWith() {
    FinancialRelationship fees = FinancialRelationship.builder().kind(RelationshipKind.CONSULTING)
        .addCompanies(id("meridian-pharma"), id("northwind-devices")).build();

    assertThat(fees.companies()).containsExactly(id("meridian-pharma"), id("northwind-devices"));
    assertThat(fees.kindLabel()).isEmpty();
    assertThat(fees).hasToString("CONSULTING with meridian-pharma, northwind-devices");
  }

  @Test
  void theCompaniesMayBeUnnamed() {
    FinancialRelationship grants = FinancialRelationship.builder().kind(RelationshipKind.RESEARCH_FUNDING).build();
    assertThat(grants.companies()).isEmpty();
    assertThat(grants).hasToString("RESEARCH_FUNDING");
  }

  @Test
  void aLongListOfCompaniesIsShortenedInTheDescription() {
    FinancialRelationship many = FinancialRelationship.builder().kind(RelationshipKind.HONORARIA)
        .addCompanies(id("a"), id("b"), id("c"), id("d"), id("e")).build();
    assertThat(many).hasToString("HONORARIA with a, b, c and 2 more");
  }

  @Test
  void anOtherRelationshipMayBeLabelledOrNot() {
    FinancialRelationship labelled = FinancialRelationship.builder().kind(RelationshipKind.OTHER)
        .kindLabel(LocalizedText.of("data safety board member")).addCompanies(id("meridian-pharma")).build();
    assertThat(labelled).hasToString("OTHER (data safety board member) with meridian-pharma");
    assertThat(FinancialRelationship.builder().kind(RelationshipKind.OTHER).build().kindLabel()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = RelationshipKind.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
  void aLabelIsRefusedForEveryKindButOther(RelationshipKind kind) {
    assertThatThrownBy(() -> FinancialRelationship.builder().kind(kind)
        .kindLabel(LocalizedText.of("board fees")).build())
        .isInstanceOfSatisfying(InvalidModelException.class, e -> {
          assertThat(e.attribute()).isEqualTo("kindLabel");
          assertThat(e.getMessage()).isEqualTo(
              "FinancialRelationship.kindLabel: must be absent unless the kind is other (was \"board fees\")");
        });
  }

  @Test
  void aCompanyNamedTwiceIsRefusedAtItsSecondPlace() {
    assertRefused(() -> FinancialRelationship.builder().kind(RelationshipKind.OWNERSHIP)
            .addCompanies(id("meridian-pharma"), id("northwind-devices"), id("meridian-pharma")).build(),
        "FinancialRelationship.companies[2]: must not name a company twice (was \"meridian-pharma\")");
    assertRefused(() -> FinancialRelationship.builder().kind(RelationshipKind.OWNERSHIP)
            .addCompanies(id("x"), id("x")).build(),
        "FinancialRelationship.companies[1]: must not name a company twice (was \"x\")");
  }

  @Test
  void theKindIsRequired() {
    assertRefused(() -> FinancialRelationship.builder().build(), "FinancialRelationship.kind: is required");
    assertRefused(() -> FinancialRelationship.builder().addCompanies((LocalId) null),
        "FinancialRelationship.companies: must not contain null (was null)");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aLongListOfCompaniesIsCheckedInLinearTime() {
    List<LocalId> companies = IntStream.range(0, 200_000).mapToObj(i -> id("company-" + i)).toList();
    assertThat(FinancialRelationship.builder().kind(RelationshipKind.OTHER).addAllCompanies(companies).build()
        .companies()).hasSize(200_000);
  }

  private static void assertRefused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(InvalidModelException.class).hasMessage(message);
  }
}
