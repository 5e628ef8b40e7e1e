package dev.symposia.examples.main;

import static dev.symposia.identifier.LocalId.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.symposia.agreement.CooperationAgreement;
import dev.symposia.agreement.Signatory;
import dev.symposia.event.AttendanceMode;
import dev.symposia.event.Award;
import dev.symposia.event.InstitutionParticipation;
import dev.symposia.event.InstitutionRole;
import dev.symposia.event.Measure;
import dev.symposia.event.ParticipantRole;
import dev.symposia.event.Participation;
import dev.symposia.event.Session;
import dev.symposia.event.SessionKind;
import dev.symposia.event.Statistic;
import dev.symposia.event.Symposium;
import dev.symposia.event.UnnamedGroup;
import dev.symposia.examples.ProgrammePrinter;
import dev.symposia.institution.Institution;
import dev.symposia.institution.InstitutionKind;
import dev.symposia.people.PersonName;
import dev.symposia.people.Position;
import dev.symposia.people.Speaker;
import dev.symposia.place.CountryCode;
import dev.symposia.place.Place;
import dev.symposia.quantity.Count;
import dev.symposia.text.LocalizedText;
import dev.symposia.time.DateSpan;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgrammePrinterTest {
  private static final CountryCode CN = CountryCode.of("CN");

  private static Symposium.Builder symposium() {
    return Symposium.builder().id("s").title("S").dates(DateSpan.on(LocalDate.of(2024, 4, 29)));
  }

  private static Institution institution(String id, String name, String shortName, String city) {
    Institution.Builder builder = Institution.builder().id(id).name(name).kind(InstitutionKind.UNIVERSITY).country(CN);
    if (shortName != null) {
      builder.addShortNames(shortName);
    }
    if (city != null) {
      builder.city(LocalizedText.of(city));
    }
    return builder.build();
  }

  @ParameterizedTest(name = "{0} {1} {2} {3}: {4}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    "1                | SESSIONS      | FORUM     | -      | 1 forum session",
    "6                | SESSIONS      | SUB_FORUM | -      | 6 sub-forum sessions",
    "68               | SESSIONS      | -         | -      | 68 sessions",
    "61               | SESSIONS      | -         | ONLINE | 61 online sessions",
    "unknown          | SESSIONS      | FORUM     | -      | an unknown number of forum sessions",
    "1                | PRESENTATIONS | PLENARY   | -      | 1 plenary presentation",
    "more than 1      | COUNTRIES     | -         | -      | more than one country",
    "more than 20     | COUNTRIES     | -         | -      | more than 20 countries",
    "more than 160000 | VISITORS      | -         | ONLINE | more than 160,000 online visitors",
    "at least 1       | EXPERTS       | -         | -      | at least one expert",
    "1                | SPEAKERS      | -         | -      | 1 speaker",
    "2                | SESSIONS      | ORAL_ABSTRACTS | - | 2 oral abstract sessions",
  })
  void statisticsAgreeInNumberWithTheirCount(
      String count, Measure measure, SessionKind kind, AttendanceMode mode, String expected) {
    Statistic.Builder statistic = Statistic.builder().measure(measure).count(Count.parse(count));
    if (kind != null) {
      statistic.sessionKind(kind);
    }
    if (mode != null) {
      statistic.mode(mode);
    }
    String printed = ProgrammePrinter.print(symposium().addStatistics(statistic.build()).build());
    assertThat(printed).contains("\nStatistics\n  " + expected + "\n");
  }

  @ParameterizedTest(name = "{0} at {1}: {4}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    // The title names the city whose government the post is in: "of Shanghai Municipal People's Government" again
    // would say it twice.
    "Vice Mayor of Shanghai | Shanghai Municipal People's Government      | -     | Shanghai  | Vice Mayor of Shanghai",
    "Vice President of CQMU | Chongqing Medical University                | CQMU  | Chongqing | Vice President of CQMU",
    "Vice President         | Chongqing Medical University                | CQMU  | Chongqing | Vice President of CQMU",
    "Director               | NIH Clinical Center                         | -     | -         | Director of NIH Clinical Center",
    "Director               | Shanghai Clinical Research and Trial Center | SCRTC | Shanghai  | Director of SCRTC",
    "Head of Surgery        | Zhongshan Hospital                          | -     | Shanghai  | Head of Surgery, Zhongshan Hospital",
    "-                      | Guangdong Provincial People's Hospital      | -     | Guangzhou | Guangdong Provincial People's Hospital",
  })
  void aPositionNamesItsInstitutionOnceAndByName(
      String title, String name, String shortName, String city, String expected) {
    Position position = title == null ? Position.at(of("i")) : Position.of(title, of("i"));
    String printed = ProgrammePrinter.print(symposium()
        .addInstitutions(institution("i", name, shortName, city))
        .addSpeakers(Speaker.builder().id("chen-qun").name(PersonName.familyFirst("Chen", "Qun"))
            .addPositions(position).build())
        .addSessions(Session.builder().id("opening").kind(SessionKind.OPENING_CEREMONY)
            .addParticipants(Participation.of(of("chen-qun"), ParticipantRole.SPEAKER)).build())
        .build());
    assertThat(printed).contains("\n      speaker         Chen Qun, " + expected + "\n");
  }

  @Test
  void unnamedGroupsAreCountedInTheSourcesWordsAndSayWhereTheyComeFromOnce() {
    String printed = ProgrammePrinter.print(symposium()
        .addInstitutions(institution("cqmu", "Chongqing Medical University", "CQMU", "Chongqing"),
            institution("nus", "National University of Singapore", "NUS", null),
            institution("manchester", "University of Manchester", null, null))
        .addInstitutionRoles(InstitutionParticipation.builder().role(InstitutionRole.CO_HOST)
            .group(UnnamedGroup.builder().count(Count.several()).description("local government departments").build())
            .build())
        .addSessions(Session.builder().id("keynotes").kind(SessionKind.KEYNOTE).addParticipants(
                group(Count.exactly(1), "expert", "nus"),
                group(Count.atLeast(1), "experts", "nus", "manchester"),
                group(Count.unknown(), "heads of the departments of CQMU", "cqmu"),
                group(Count.unknown(), "leaders and reviewers", "manchester"))
            .build())
        .build());

    assertThat(printed).contains(
        "\n  co-host     several local government departments\n",
        "\n      keynote speaker 1 expert from NUS\n",
        "\n      keynote speaker one or more experts from NUS and University of Manchester\n",
        "\n      keynote speaker heads of the departments of CQMU\n",
        "\n      keynote speaker leaders and reviewers from University of Manchester\n");
    assertThat(printed).doesNotContainPattern(identifier("nus", "cqmu", "manchester"));
  }

  private static Participation group(Count count, String description, String... institutions) {
    UnnamedGroup.Builder group = UnnamedGroup.builder().count(count).description(description);
    for (String institution : institutions) {
      group.addInstitutions(of(institution));
    }
    return Participation.builder().group(group.build()).role(ParticipantRole.KEYNOTE_SPEAKER).build();
  }

  @Test
  void placesAgreementsAndAwardsNamePeopleAndInstitutionsNotTheirIdentifiers() {
    String printed = ProgrammePrinter.print(symposium()
        .addInstitutions(institution("shanghaitech", "ShanghaiTech University", "ShanghaiTech", "Shanghai"),
            institution("zhongshan-hospital", "Zhongshan Hospital", null, "Shanghai"))
        .addPlaces(Place.builder().institution(of("shanghaitech")).building("Y Building").city("Shanghai").country(CN)
            .build())
        .addSpeakers(Speaker.builder().id("li-ruxin").name(PersonName.familyFirst("Li", "Ruxin"))
            .addPositions(Position.of("Party Secretary", of("shanghaitech"))).build())
        .addAgreements(CooperationAgreement.builder().id("a").addParties(of("shanghaitech"), of("zhongshan-hospital"))
            .addSignatories(Signatory.of(of("li-ruxin"), of("shanghaitech"))).build())
        .addAwards(Award.builder().name("Award").addRecipients(of("li-ruxin")).build())
        .build());

    assertThat(printed).contains(
        "Y Building, ShanghaiTech University, Shanghai, CN\n",
        "\n  cooperation agreement between ShanghaiTech University (CN) and Zhongshan Hospital (CN)\n",
        "\n      signed for ShanghaiTech University by Li Ruxin, Party Secretary of ShanghaiTech\n",
        "\n      awarded to Li Ruxin, Party Secretary of ShanghaiTech\n");
    assertThat(printed).doesNotContainPattern(identifier("shanghaitech", "zhongshan-hospital", "li-ruxin"));
  }

  @Test
  void datesReadAsEnglish() {
    String printed = ProgrammePrinter.print(symposium()
        .dates(DateSpan.between(LocalDate.of(2022, 11, 22), LocalDate.of(2022, 11, 24))).build());
    assertThat(printed).contains("\nDates: 22–24 November 2022\n");
  }

  /** Any of the identifiers as a word of its own: names may contain them in other letter cases. */
  static Pattern identifier(String... identifiers) {
    StringBuilder words = new StringBuilder();
    for (String id : identifiers) {
      words.append(words.length() == 0 ? "" : "|").append(Pattern.quote(id));
    }
    return Pattern.compile("(?<![\\w-])(" + words + ")(?![\\w-])");
  }
}
