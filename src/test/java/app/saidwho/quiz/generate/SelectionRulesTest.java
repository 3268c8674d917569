package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.attribution.CharSpan;
import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.Skill;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which questions a draft takes: every skill its first question before any its third, and a third option for two speakers. */
class SelectionRulesTest {
    private static final String TWO_SPEAKERS = "Millbrook gets a new bridge\n"
            + "The old bridge over the Mill River was built in 1931 and closed to lorries in 2019.\n"
            + "\"We have waited ten years for this bridge, and the town will not wait any longer,\" Mayor Ruth Cole said.\n"
            + "\"The deck is the hardest part of the whole job, and we will start on it in spring,\" engineer Tom Brandt said.\n"
            + "The county council meets again in March to set next year's budget.\n";

    private static QuizDraft draft(String article) {
        return new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse(article));
    }

    private static List<DraftQuestion> whoSaid(QuizDraft draft) {
        return draft.questions().stream().filter(q -> q.skill() == Skill.WHO_SAID && q.type() == ItemType.CHOICE).toList();
    }

    @Test
    void shouldOfferTheArticleDoesNotSayLastWhenOnlyOneOtherPersonSpeaks() {
        List<DraftQuestion> questions = whoSaid(draft(TWO_SPEAKERS));
        assertThat(questions).isNotEmpty().allSatisfy(q -> {
            assertThat(q.options()).hasSize(3);
            assertThat(q.options().get(2)).isEqualTo(Options.NO_SPEAKER);
            assertThat(q.key()).isIn("Ruth Cole", "Tom Brandt");
            assertThat(q.explanation()).contains("So the article does say who said it");
        });
    }

    @Test
    void shouldNotOfferTheArticleDoesNotSayForWordsTiedToAPronoun() {
        String article = TWO_SPEAKERS.replace("The county council", "Mayor Ruth Cole spoke again at the end.\n"
                + "\"The builders will finish the deck before the first snow falls this winter,\" she said.\nThe county council");
        assertThat(whoSaid(draft(article)))
                .filteredOn(q -> q.prompt().contains("first snow"))
                .allSatisfy(q -> assertThat(q.options()).doesNotContain(Options.NO_SPEAKER));
    }

    @Test
    void shouldGiveEverySkillItsFirstQuestionBeforeAnySkillItsThird() {
        // Four speakers, one sentence each: "who said it" could take every passage; the source's kind still gets one.
        String article = "Millbrook gets a new bridge\n"
                + "\"We have waited ten years for this bridge, and the town will not wait any longer,\" Mayor Ruth Cole said.\n"
                + "\"The deck is the hardest part of the whole job, and we will start on it in spring,\" Tom Brandt said.\n"
                + "\"Nobody asked the farmers what they need from a bridge like this one,\" Ana Ruiz said.\n"
                + "\"The bridge will carry twice the traffic of the old one by next summer,\" the county council said.\n";
        Map<Skill, Long> perSkill = draft(article).questions().stream()
                .collect(Collectors.groupingBy(DraftQuestion::skill, Collectors.counting()));
        assertThat(perSkill).containsKey(Skill.SOURCE_TYPE).containsKey(Skill.WHO_SAID);
    }

    @Test
    void shouldNotEndTheEvidenceSentenceAtAnAbbreviatedMonthOrBeforeASmallLetter() {
        String text = "Trump said, referring to the Sept. 16 debate on the network. Then he left.\n"
                + "“Why?” she asked the mayor at 9 a.m. on Friday. Nobody knew.";
        CharSpan said = new CharSpan(text.indexOf("Trump said"), text.indexOf("Trump said") + 10);
        assertThat(Sentences.around(text, said).text(text)).isEqualTo("Trump said, referring to the Sept. 16 debate on the network.");
        CharSpan asked = new CharSpan(text.indexOf("she asked"), text.indexOf("she asked") + 9);
        assertThat(Sentences.around(text, asked).text(text)).isEqualTo("“Why?” she asked the mayor at 9 a.m. on Friday.");
    }

    @Test
    void shouldQuoteTheWholeSentenceOrAClauseThatReadsAsOne() {
        String article = "Millbrook gets a new bridge\n"
                + "Much of the anger was directed at the builder, who Ruth Cole on Monday called \"a danger to the town.\"\n"
                + "\"The deck is the hardest part of the whole job, and we will start on it in spring,\" Tom Brandt said.\n"
                + "At the meeting on Monday, Ana Ruiz argued that the county should pay for the bridge.\n";
        List<DraftQuestion> onTheCue = draft(article).questions().stream()
                .filter(q -> q.skill() == Skill.SOURCE_TYPE || q.skill() == Skill.CUE_STANCE).toList();
        assertThat(onTheCue).isNotEmpty()
                .noneMatch(q -> q.prompt().startsWith("In \"Ruth Cole on Monday") || q.prompt().startsWith("In \"Ana Ruiz argued"))
                .filteredOn(q -> q.prompt().contains("Ruiz")).allMatch(q -> q.prompt().startsWith("In \"At the meeting on Monday, Ana Ruiz"));
    }

    @Test
    void shouldNeverOfferAPartyAndStateLabelAsASpeaker() {
        assertThat(Speakers.canSpeak("Sen. Ann Lee, R-Texas, said so.", "R-Texas", app.saidwho.attribution.SourceType.PERSON)).isFalse();
        assertThat(Speakers.canSpeak("Rep. Tom Bell, D-N.Y., said so.", "D-N.Y.", app.saidwho.attribution.SourceType.ORGANISATION)).isFalse();
        assertThat(Speakers.canSpeak("Ann Lee said so.", "Ann Lee", app.saidwho.attribution.SourceType.PERSON)).isTrue();
    }

    @Test
    void shouldNotQuoteARelativeClauseAsThePassage() {
        String article = "Millbrook gets a new bridge\n"
                + "\"The bridge is a danger to the town and to everyone who crosses it each day,\" said Ruth Cole, who said there were "
                + "\"too many cracks in the deck for anyone to ignore.\"\n"
                + "\"The deck is the hardest part of the whole job, and we will start on it in spring,\" Tom Brandt said.\n";
        assertThat(draft(article).questions()).noneMatch(q -> q.prompt().startsWith("In \"who said"));
    }

    @Test
    void shouldNotShowAnObjectAndItsLinkWordAsAParaphrase() {
        assertThat(QuoteOrParaphraseGenerator.shownWords("you of engaging in a \"freak out\" over the vote")).isNull();
        assertThat(QuoteOrParaphraseGenerator.shownWords("them to vote against the bridge plan on Friday")).isNull();
        assertThat(QuoteOrParaphraseGenerator.shownWords("the town would \"pause\" the new bus routes")).isNotNull();
    }

    @Test
    void shouldCallAQuestionOnAPlainSaidEasy() {
        assertThat(draft(TWO_SPEAKERS).questions()).filteredOn(q -> q.skill() == Skill.CUE_STANCE).isNotEmpty()
                .filteredOn(q -> q.prompt().contains("the verb \"said\"")).allMatch(q -> q.difficulty() == Difficulty.EASY);
    }
}
