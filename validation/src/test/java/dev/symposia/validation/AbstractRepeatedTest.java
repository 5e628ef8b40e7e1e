package dev.symposia.validation;

import static dev.symposia.identifier.LocalId.of;
import static dev.symposia.validation.CmeFixtures.meeting;
import static dev.symposia.validation.CmeFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Symposium;
import dev.symposia.identifier.Doi;
import dev.symposia.presentation.Abstract;
import dev.symposia.presentation.PresentationFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** SYM-ABSTRACT-REPEATED: no abstract number on two different abstracts of a symposium. */
class AbstractRepeatedTest {
  private static Abstract poster(String number, String title) {
    return Abstract.builder().number(number).title(title).format(PresentationFormat.POSTER)
        .addAuthors(of("aster-lin")).build();
  }

  private static Participation presenting(String person, Abstract paper) {
    return Participation.builder().person(person).role(ParticipantRole.SPEAKER).presentedAbstract(paper).build();
  }

  @Test
  void theSameAbstractInASessionAndOnItsPresentersParticipationIsFine() {
    Abstract p117 = poster("P-117", "Outcomes of a fictional screening programme");
    Symposium symposium = meeting().addSessions(session("posters", SessionKind.POSTER, "2025-10-25", null)
        .addAbstracts(p117, poster("P-118", "A fictional cohort")).addParticipants(presenting("aster-lin", p117))
        .build()).build();

    assertThat(Fixtures.codesAndPaths(symposium)).isEmpty();
  }

  @Test
  void twoDifferentAbstractsWithOneNumberInTwoSessions() {
    Symposium symposium = meeting().addSessions(
        session("posters", SessionKind.POSTER, "2025-10-25", null)
            .addAbstracts(poster("P-117", "Outcomes of a fictional screening programme")).build(),
        session("orals", SessionKind.ORAL_ABSTRACTS, "2025-10-26", null)
            .addParticipants(presenting("tomas-verlaine", poster("P-117", "A fictional registry"))).build())
        .build();

    assertThat(Fixtures.codesAndPaths(symposium))
        .containsExactly("SYM-ABSTRACT-REPEATED sessions[1].participants[0].presentedAbstract.number");
  }

  @Test
  void anAbstractThatDiffersInAnythingIsAnotherAbstract() {
    Abstract p117 = poster("P-117", "Outcomes of a fictional screening programme");
    Symposium symposium = meeting().addSessions(session("posters", SessionKind.POSTER, "2025-10-25", null)
        .addAbstracts(p117, Abstract.builder().from(p117).doi(Doi.parse("10.5555/fictional.p117")).build()).build()).build();

    assertThat(Fixtures.codesAndPaths(symposium))
        .containsExactly("SYM-ABSTRACT-REPEATED sessions[0].abstracts[1].number");
  }

  @Test
  void everyLaterAbstractIsReportedOnceAndNamesWhereTheFirstIs() {
    Abstract second = poster("LBA1", "A second fictional trial");
    Symposium symposium = meeting()
        .addParticipants(presenting("mira-osei", poster("LBA1", "A fictional late-breaking trial")))
        .addSessions(
            session("late-breaking", SessionKind.ORAL_ABSTRACTS, "2025-10-25", null)
                .addAbstracts(second, poster("LBA2", "Another fictional trial"))
                .addParticipants(presenting("aster-lin", second)).build(),
            session("posters", SessionKind.POSTER, "2025-10-26", null)
                .addAbstracts(poster("P-1", "One"), poster("P-1", "Two"), poster("p-1", "Three"),
                    Abstract.builder().title("No number").build(), Abstract.builder().title("No number either").build())
                .build())
        .build();

    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::toString).containsExactly(
        "ERROR SYM-ABSTRACT-REPEATED sessions[0].abstracts[0].number: abstract number LBA1 is already the number"
            + " of a different abstract, presented at the symposium outside its sessions",
        "ERROR SYM-ABSTRACT-REPEATED sessions[1].abstracts[1].number: abstract number P-1 is already the number"
            + " of a different abstract, in session posters");
  }

  @Test
  void manyAbstractsAreReadInOnePass() {
    Symposium.Builder symposium = meeting();
    for (int i = 0; i < 200; i++) {
      var session = session("s" + i, SessionKind.POSTER, "2025-10-25", null);
      for (int j = 0; j < 100; j++) {
        session.addAbstracts(poster("P-" + (i * 100 + j), "Poster " + j));
      }
      symposium.addSessions(session.build());
    }
    symposium.addSessions(session("last", SessionKind.POSTER, "2025-10-26", null)
        .addAbstracts(poster("P-0", "Poster 0 again, in other words")).build());

    assertThat(Fixtures.codesAndPaths(symposium.build()))
        .containsExactly("SYM-ABSTRACT-REPEATED sessions[200].abstracts[0].number");
  }

  @Test
  void theErrorReadsInEachLanguage() {
    Symposium symposium = meeting()
        .addParticipants(presenting("mira-osei", poster("LBA1", "A fictional late-breaking trial")))
        .addSessions(session("posters", SessionKind.POSTER, "2025-10-25", null)
            .addAbstracts(poster("LBA1", "A second fictional trial"), poster("LBA1", "A third fictional trial"))
            .build())
        .build();

    assertThat(Finding.all(SymposiaValidation.validator(Locale.SIMPLIFIED_CHINESE).validate(symposium)))
        .extracting(Finding::message).containsExactly(
            "摘要编号 LBA1 已用于会议中不属于任何场次的另一篇摘要",
            "摘要编号 LBA1 已用于会议中不属于任何场次的另一篇摘要");
    symposium = meeting().addSessions(session("posters", SessionKind.POSTER, "2025-10-25", null)
        .addAbstracts(poster("P-117", "One"), poster("P-117", "Two")).build()).build();
    assertThat(Finding.all(SymposiaValidation.validate(symposium))).extracting(Finding::message).containsExactly(
        "abstract number P-117 is already the number of a different abstract, in session posters");
    assertThat(Finding.all(SymposiaValidation.validator(Locale.SIMPLIFIED_CHINESE).validate(symposium)))
        .extracting(Finding::message).containsExactly("摘要编号 P-117 已用于场次 posters 中的另一篇摘要");
    assertThat(Finding.all(SymposiaValidation.validator(Locale.TRADITIONAL_CHINESE).validate(symposium)))
        .extracting(Finding::message).containsExactly("摘要編號 P-117 已用於場次 posters 中的另一篇摘要");
  }
}
