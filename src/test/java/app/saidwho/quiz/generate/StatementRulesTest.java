package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.Skill;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statements as options ("which of these did X say?" with few sources), claims worth checking, what loaded verbs suggest. */
class StatementRulesTest {
    private static final String ONE_SPEAKER = "Millbrook gets a new bridge\n"
            + "The old bridge over the Mill River was built in 1931 and closed to lorries in 2019.\n"
            + "The county paid for a survey of the river bed two years ago.\n"
            + "Mayor Ruth Cole opened the works on Monday with a spade and a small crowd.\n"
            + "\"We have waited ten years for this bridge, and the town will not wait any longer,\" Cole said.\n"
            + "The mayor has made roads the heart of her campaign for a second term.\n"
            + "\"The builders will finish the deck before the first snow falls,\" she said.\n"
            + "Millbrook has about 9,000 residents and two primary schools.\n"
            + "The river flooded the lower town in 2011 and again in 2016.\n"
            + "The county council meets again in March to set next year's budget.\n";

    private static List<DraftQuestion> whatSaid(String article) {
        QuizDraft draft = new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse(article));
        return draft.questions().stream().filter(q -> q.skill() == Skill.WHAT_SAID && q.type() == ItemType.CHOICE).toList();
    }

    @Test
    void shouldOfferTheWritersOwnStatementsWhenNoOtherSourceSpeaks() {
        List<DraftQuestion> questions = whatSaid(ONE_SPEAKER);
        assertThat(questions).isNotEmpty().allSatisfy(q -> {
            assertThat(q.key()).containsAnyOf("waited ten years", "finish the deck");
            assertThat(q.explanation()).contains("the writer's own, given with no source");
            List<String> wrong = q.options().stream().filter(o -> !o.equals(q.key())).toList();
            // never the sentences beside her words (the writer may be summing her up), never one naming her
            assertThat(wrong).noneMatch(o -> o.contains("mayor") || o.contains("Cole") || o.contains("spade"));
            assertThat(wrong).allMatch(o -> ONE_SPEAKER.contains(o));
        });
    }

    @Test
    void shouldNotTakeAnOpinionOrAVagueGroupForAClaimWithNoSource() {
        UnsourcedGenerator unsourced = new UnsourcedGenerator();
        assertThat(unsourced.unsourcedFact("The new county commissioner is hardly impartial on the matter of the bridge."))
                .isFalse();
        assertThat(unsourced.unsourcedFact("The county should have built the bridge ten years ago, before the floods."))
                .isFalse();
        assertThat(unsourced.unsourcedFact("Many farmers are afraid that the new bridge will never be finished."))
                .isFalse();
        assertThat(unsourced.unsourcedFact("The bridge cost the county four million dollars in its first two years."))
                .isTrue();
        // a death toll comes from whoever counts the dead, even when the sentence names no one
        assertThat(unsourced.unsourcedFact("The civil protection agency raises the death toll from the floods to 112.")).isFalse();
    }

    @Test
    void shouldAskFirstAboutTheClaimMostWorthChecking() {
        QuizDraft draft = new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse("Millbrook gets a new bridge\n"
                + "The county council chose a local building firm for the new bridge over the river.\n"
                + "\"The deck is the hardest part of the whole job,\" said engineer Tom Brandt.\n"
                + "\"Nobody asked the farmers what they need from a bridge like this one,\" said resident Ana Ruiz.\n"
                + "\"The builders will finish the deck before the first snow falls,\" Mayor Ruth Cole said on Monday.\n"
                + "The works will cost the county 4.2 million dollars, twice as much as the old bridge did.\n"));
        assertThat(draft.questions()).filteredOn(q -> q.skill() == Skill.UNSOURCED && q.type() == ItemType.CHOICE
                && q.prompt().startsWith("Which of these statements")).isNotEmpty()
                .first().satisfies(q -> assertThat(q.key()).matches(".*\\d.*"));
    }

    @Test
    void shouldSayWhatALoadedVerbSuggests() {
        assertThat(CueStanceGenerator.colouring("claim", "Ruth Cole")).contains("may not be true");
        assertThat(CueStanceGenerator.colouring("boast", "Ruth Cole")).contains("Ruth Cole sound proud");
        assertThat(CueStanceGenerator.colouring("admit", "the mayor")).contains("confession");
    }

    @Test
    void shouldNotAskTwiceAboutTheSameClaimWithNoSource() {
        QuizDraft draft = new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse(ONE_SPEAKER
                + "\"The deck is the hardest part of the whole job,\" said engineer Tom Brandt.\n"
                + "\"Nobody asked the farmers what they need from a bridge like this one,\" said resident Ana Ruiz.\n"));
        List<DraftQuestion> unsourced = draft.questions().stream().filter(q -> q.skill() == Skill.UNSOURCED).toList();
        assertThat(unsourced).anyMatch(q -> q.type() == ItemType.SHORT_ANSWER);
        assertThat(unsourced.stream().map(DraftQuestion::evidence).distinct()).hasSameSizeAs(unsourced);
    }

    @Test
    void shouldNotShowPartlyQuotedWordsThatOpenWithThePeopleSpokenTo() {
        QuizDraft draft = new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse("Millbrook gets a new bridge\n"
                + "Mayor Ruth Cole told farmers on Monday she would find the money for \"a bridge that lasts a century\" and more.\n"
                + "\"The deck is the hardest part of the whole job,\" said engineer Tom Brandt.\n"));
        assertThat(draft.questions()).filteredOn(q -> q.skill() == Skill.QUOTE_OR_PARAPHRASE)
                .noneMatch(q -> q.prompt().contains("\"farmers on Monday"));
    }

    @Test
    void shouldNotPileUpMarksWhereAQuotationMeetsThePrompt() {
        assertThat(Excerpts.quotedInSentence("Are we there? Absolutely.")).isEqualTo("\"Are we there? Absolutely\"");
        assertThat(Excerpts.quotedInSentence("he said, 'Don't leave it on the field.'")).isEqualTo("\"he said, 'Don't leave it on the field'\"");
        QuizDraft draft = new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse("Millbrook gets a new bridge\n"
                + "\"Will the county pay for all of it? Nobody knows yet!\" said resident Ana Ruiz.\n"
                + "\"The deck is the hardest part of the whole job.\" said engineer Tom Brandt.\n"
                + "\"The builders will finish the deck before the first snow falls,\" Mayor Ruth Cole said on Monday.\n"));
        assertThat(draft.questions()).filteredOn(q -> q.skill() == Skill.WHO_SAID && q.type() == ItemType.CHOICE).isNotEmpty()
                .allSatisfy(q -> assertThat(q.prompt()).doesNotContainPattern("[.?!]['’]?\"[?,]"));
        assertThat(draft.questions()).filteredOn(q -> q.skill() == Skill.QUOTE_OR_PARAPHRASE)
                .allSatisfy(q -> assertThat(q.prompt()).doesNotContain("\"", "“", "”"));
    }

    @Test
    void shouldCutLongWordsAtTheEndOfASentenceRatherThanAtAComma() {
        String words = "The real issue is corporate governance. It would be better if management faced more, not less,"
                + " pressure from investors and boards.";
        assertThat(Excerpts.clip(words, 16)).isEqualTo("The real issue is corporate governance. …");
    }

    @Test
    void shouldHighlightWholeSentencesAsEvidence() {
        String article = "Millbrook gets a new bridge\n"
                + "\"The builders will finish the deck before the first snow falls,\" Mayor Ruth Cole told reporters on Monday"
                + " at the river.\n"
                + "\"The deck is the hardest part of the whole job,\" said engineer Tom Brandt.\n"
                + "\"Nobody asked the farmers what they need from a bridge like this one,\" said resident Ana Ruiz.\n";
        ArticleFacts facts = new ArticleFacts(QuizGeneratorTest.ENGINE.analyse(article));
        assertThat(facts.attributions()).isNotEmpty().allSatisfy(a -> {
            String evidence = facts.evidence(a).text(article);
            assertThat(evidence).endsWith(".").startsWith("\"");
        });
    }
}
