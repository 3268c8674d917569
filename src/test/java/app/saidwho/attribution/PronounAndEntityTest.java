package app.saidwho.attribution;

import static app.saidwho.attribution.AttributionEngineTest.withContent;
import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.attribution.AttributionEngineTest.Found;
import org.junit.jupiter.api.Test;

/**
 * Who a pronoun, a surname, a title or a description stands for, and what kind of source it is. Every
 * name here is made up; first names not in the shipped lists ("Kiro", "Dara") make the article's own
 * pronouns and titles the only evidence of a person's gender.
 */
class PronounAndEntityTest {

    private static SourceMention sourceOf(String text, String contentPart) {
        return withContent(text, contentPart).attribution().source();
    }

    @Test
    void shouldGiveSheToTheWomanNamedBeforeTheNearerMan() {
        String text = "Midfielder Ann Ruiz praised the coaches, and manager Tom Berg thanked the fans.\n"
                + "\"We were buzzing,\" she said.";

        assertThat(sourceOf(text, "buzzing").name()).isEqualTo("Ann Ruiz");
    }

    @Test
    void shouldLearnAPersonsGenderFromThePronounsTheArticleUses() {
        String text = "Sefa Quill opened her new bakery on Monday. Kiro Vandal, who lent money for it, "
                + "watched from his car across the street.\n\"It took ten years,\" she said.";

        assertThat(sourceOf(text, "ten years").name()).isEqualTo("Sefa Quill");
    }

    @Test
    void shouldLearnAPersonsGenderFromTheirTitle() {
        String text = "Sefa Quill and Kiro Vandal run the ferry. Mr. Vandal bought it in 2010.\n"
                + "Ms. Quill thanked the crew. Later Kiro Vandal spoke to reporters. \"The ferry stays,\" she said.";

        assertThat(sourceOf(text, "ferry stays").name()).isEqualTo("Sefa Quill");
    }

    @Test
    void shouldPreferTheSubjectOfTheSentenceBeforeToAPersonItMentionsLater() {
        String text = "Jon Pell met Tom Berg in the capital on Monday. He said the talks had gone well.";

        SourceMention he = sourceOf(text, "the talks had gone well");
        assertThat(he.name()).isEqualTo("Jon Pell");
        assertThat(he.type()).isEqualTo(SourceType.PERSON);
    }

    @Test
    void shouldLeaveAPronounUnresolvedWhenTwoPeopleFitEqually() {
        String text = "The contract named Jon Pell and Tom Berg as partners. He said it was fair.";

        assertThat(withContent(text, "it was fair").attribution().confidence()).isEqualTo(Confidence.LOW);
        SourceMention he = sourceOf(text, "it was fair");
        assertThat(he.name()).isNull();
        assertThat(he.type()).isEqualTo(SourceType.PERSON);
        assertThat(he.uncertain()).isTrue();
    }

    @Test
    void shouldMarkAResolutionFromFarBackAsUncertain() {
        StringBuilder text = new StringBuilder("Kiro Vandal founded the ferry company in 2001.\n");
        for (int i = 0; i < 6; i++) {
            text.append("The ferry crossed the bay twelve times a day, and the timetable changed every spring.\n");
        }
        text.append("He said the boats would keep running.");

        SourceMention he = sourceOf(text.toString(), "boats would keep running");
        assertThat(he.name()).isEqualTo("Kiro Vandal");
        assertThat(he.uncertain()).isTrue();
        assertThat(sourceOf("Kiro Vandal founded the company. He said it would grow.", "it would grow").uncertain())
                .isFalse();
    }

    @Test
    void shouldGiveTheyToABodyButNeverToOnePerson() {
        SourceMention board = sourceOf("The Harbor Board met on Monday. They said the budget was tight.", "budget");
        assertThat(board.name()).isEqualTo("Harbor Board");
        assertThat(board.type()).isEqualTo(SourceType.ORGANISATION);

        SourceMention noOne = sourceOf("Tom Berg spoke on Monday. They said the budget was tight.", "budget");
        assertThat(noOne.name()).isNull();
    }

    @Test
    void shouldNotTakeTheWritersIForTheLastPersonNamed() {
        SourceMention writer = sourceOf("I met Tom Berg last week. I think the plan is a mistake.", "the plan is a mistake");

        assertThat(writer.name()).isNull();
    }

    @Test
    void shouldJoinMrAndASurnameToTheFullNameWithOrWithoutAFullStop() {
        String text = "Kiro Vandal runs the ferry. Mr Vandal said the fares would rise. "
                + "Mr. Vandal added that the boats were old.";

        assertThat(sourceOf(text, "fares would rise").name()).isEqualTo("Kiro Vandal");
        assertThat(sourceOf(text, "boats were old").name()).isEqualTo("Kiro Vandal");
    }

    @Test
    void shouldTellTwoPeopleWhoShareASurnameApartByTheirTitles() {
        String text = "Dara Quill and her husband, Kiro Quill, run the farm. Mrs. Quill said the harvest was late. "
                + "Mr. Quill said the rain had stopped.";

        assertThat(sourceOf(text, "harvest was late").name()).isEqualTo("Dara Quill");
        assertThat(sourceOf(text, "rain had stopped").name()).isEqualTo("Kiro Quill");
    }

    @Test
    void shouldKeepAJuniorApartFromHisFather() {
        String text = "John Smith Jr. runs the farm his father, John Smith, built. Smith Jr. said the barn would stay.";

        assertThat(sourceOf(text, "barn would stay").name()).isEqualTo("John Smith Jr.");
    }

    @Test
    void shouldResolveATitleToThePersonItNamedInAnAppositive() {
        String text = "The Health Secretary, Jane Doe, opened the ward. \"It is a great day,\" the Health Secretary said.";

        assertThat(sourceOf(text, "great day").name()).isEqualTo("Jane Doe");
    }

    @Test
    void shouldTypeOutletsAgenciesAndCompaniesAsOrganisations() {
        SourceMention paper = sourceOf("French newspaper Le Monde reported that the deal was off.", "deal was off");
        assertThat(paper.type()).isEqualTo(SourceType.ORGANISATION);
        assertThat(paper.name()).isEqualTo("Le Monde");
        assertThat(sourceOf("The drugmaker said on Monday that sales had fallen.", "sales").type())
                .isEqualTo(SourceType.ORGANISATION);
        SourceMention agency = sourceOf("The Coastal Survey Agency checked the dam. The agency said it was safe.", "safe");
        assertThat(agency.type()).isEqualTo(SourceType.ORGANISATION);
        assertThat(agency.name()).isEqualTo("Coastal Survey Agency");
    }

    @Test
    void shouldTypeUnnamedInsidersAsAnonymous() {
        assertThat(sourceOf("A source said the talks were over.", "talks were over").type())
                .isEqualTo(SourceType.ANONYMOUS);
    }

    @Test
    void shouldTypeAReporterNamedWithTheirOutletAsAPerson() {
        SourceMention byline = sourceOf("Ledger reporter Tom Berg wrote that the vote was close.", "vote was close");
        assertThat(byline.type()).isEqualTo(SourceType.PERSON);
        assertThat(byline.name()).isEqualTo("Tom Berg");
    }
}
