package dev.symposia.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A finding: what a report shows of a violation, its order, equality and one-line form. */
class FindingTest {
  private static final String NOT_NULL = "jakarta.validation.constraints.NotNull";
  private static final String NOT_BLANK = "jakarta.validation.constraints.NotBlank";
  private static final String PATTERN = "jakarta.validation.constraints.Pattern";

  /** An application's own badge, with constraints that are not the module's. */
  static final class Badge {
    @NotNull(message = "required")
    @NotBlank(message = "required")
    final String holder;

    @NotNull(message = "required")
    final String desk;

    @Pattern.List({
      @Pattern(regexp = "[a-z]+", message = "b: lower-case letters only"),
      @Pattern(regexp = ".{3,}", message = "a: three characters at least"),
    })
    @NotNull.List({
      @NotNull(message = "a badge has a code"),
      @NotNull(message = "a badge has a code", payload = Severity.Warning.class),
    })
    final String code;

    Badge(String holder, String desk, String code) {
      this.holder = holder;
      this.desk = desk;
      this.code = code;
    }
  }

  private static List<Finding> findings(Badge badge) {
    return Finding.all(SymposiaValidation.validator().validate(badge));
  }

  @Test
  void aConstraintThatIsNotTheModulesIsNamedByItsAnnotationType() {
    assertThat(findings(new Badge("Aster Lin", "east", "A"))).extracting(Finding::toString).containsExactly(
        "ERROR " + PATTERN + " code: a: three characters at least",
        "ERROR " + PATTERN + " code: b: lower-case letters only");
  }

  @Test
  void findingsAreOrderedByPathThenCodeThenMessage() {
    assertThat(findings(new Badge(null, null, "A"))).extracting(Finding::toString).containsExactly(
        "ERROR " + PATTERN + " code: a: three characters at least",
        "ERROR " + PATTERN + " code: b: lower-case letters only",
        "ERROR " + NOT_NULL + " desk: required",
        "ERROR " + NOT_BLANK + " holder: required",
        "ERROR " + NOT_NULL + " holder: required");
  }

  @Test
  void findingsAreEqualExactlyWhenSeverityCodePathAndMessageAre() {
    List<Finding> codeMissing = findings(new Badge("Aster Lin", "east", null));
    List<Finding> holderAndDeskMissing = findings(new Badge(null, null, "abc"));
    List<Finding> codeWrong = findings(new Badge("Aster Lin", "east", "A"));

    // Only the severity differs (and the order leaves them as they come).
    assertThat(codeMissing).extracting(Finding::toString).containsExactlyInAnyOrder(
        "ERROR " + NOT_NULL + " code: a badge has a code", "WARNING " + NOT_NULL + " code: a badge has a code");
    assertThat(codeMissing.get(0)).isNotEqualTo(codeMissing.get(1));
    // Only the path differs, then only the code.
    Finding desk = holderAndDeskMissing.get(0);
    Finding holderBlank = holderAndDeskMissing.get(1);
    Finding holderNull = holderAndDeskMissing.get(2);
    assertThat(desk.toString()).isEqualTo("ERROR " + NOT_NULL + " desk: required");
    assertThat(holderNull.toString()).isEqualTo("ERROR " + NOT_NULL + " holder: required");
    assertThat(desk).isNotEqualTo(holderNull);
    assertThat(holderBlank).isNotEqualTo(holderNull);
    // Only the message differs.
    assertThat(codeWrong.get(0)).isNotEqualTo(codeWrong.get(1));

    Finding again = findings(new Badge(null, null, "abc")).get(2);
    assertThat(holderNull).isEqualTo(again).hasSameHashCodeAs(again).isNotSameAs(again);
    assertThat(holderNull).isNotEqualTo(holderNull.toString()).isNotEqualTo(null);
    assertThat(Set.of(codeMissing.get(0), codeMissing.get(1), desk, holderBlank, holderNull, codeWrong.get(0),
        codeWrong.get(1))).hasSize(7);
    // Hash codes tell the seven apart as well as equality does.
    assertThat(Set.of(codeMissing.get(0).hashCode(), codeMissing.get(1).hashCode(), desk.hashCode(),
        holderBlank.hashCode(), holderNull.hashCode(), codeWrong.get(0).hashCode(), codeWrong.get(1).hashCode()))
        .hasSize(7);
  }

  @Test
  void aNullViolationIsRefused() {
    assertThatThrownBy(() -> Finding.of(null)).isInstanceOf(NullPointerException.class).hasMessage("violation");
  }
}
