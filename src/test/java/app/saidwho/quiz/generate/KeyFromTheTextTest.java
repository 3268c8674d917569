package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.attribution.Kind;
import app.saidwho.quiz.Skill;
import org.junit.jupiter.api.Test;

/** Keys read from the article's own marks and words, not only from what the engine found. */
class KeyFromTheTextTest {
    @Test
    void shouldTellTheKindOfQuoteFromTheMarksInTheArticle() {
        assertThat(QuoteOrParaphraseGenerator.observedKind("\"We will build more parks,\"")).isEqualTo(Kind.DIRECT);
        assertThat(QuoteOrParaphraseGenerator.observedKind("that the plan was “a disaster for the town”")).isEqualTo(Kind.MIXED);
        assertThat(QuoteOrParaphraseGenerator.observedKind("that the deaths were “intolerable.”")).isEqualTo(Kind.MIXED);
        assertThat(QuoteOrParaphraseGenerator.observedKind("that the plan would cost too much")).isEqualTo(Kind.INDIRECT);
        // archives that print two apostrophes for a quotation mark
        assertThat(QuoteOrParaphraseGenerator.observedKind("''We will build more parks,''")).isEqualTo(Kind.DIRECT);
        assertThat(QuoteOrParaphraseGenerator.observedKind("that the plan was ''a disaster for the town''")).isEqualTo(Kind.MIXED);
        // a title in quotation marks is not the source's words, and words outside the marks are not a direct quote
        assertThat(QuoteOrParaphraseGenerator.observedKind("that he had watched \"Morning Joe\" every day")).isNull();
        assertThat(QuoteOrParaphraseGenerator.observedKind("a few questions, including, \"Why now?\"")).isNotEqualTo(Kind.DIRECT);
    }

    @Test
    void shouldNotCallASentenceUnsourcedWhenItNamesOrLeansOnASource() {
        String article = "\"We will build more parks,\" Mayor Ana Lopez said on Monday.\n"
                + "Governor Tom Berg said the plan would cost far too much for a small town.\n"
                + "\"Not with my money,\" Berg said in a tweet.\n"
                + "Councillor Mia Chen said the libraries had been losing readers for more than ten years.\n"
                + "In an interview with the Riverton Courier, the governor made it clear that the parks would wait.\n"
                + "That could include closing two of the three libraries before the winter.\n"
                + "The town spent four million dollars on its roads in the last two years.\n";
        QuizDraft draft = new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse(article));
        assertThat(draft.questions()).filteredOn(q -> q.skill() == Skill.UNSOURCED && q.prompt().startsWith("Which of these"))
                .isNotEmpty().allSatisfy(q -> assertThat(q.key()).startsWith("The town spent four million dollars"));
    }

    @Test
    void shouldTakeAPronounForThePersonNamedLastWhoCouldBeIt() {
        String text = "Tom Berg, the governor, spoke first. Jane Ruiz, his deputy, agreed. In Pennsylvania the vote is close, "
                + "and the Democratic National Convention is next week. \"We will win,\" he said.";
        NamedBefore named = new NamedBefore(text);
        int he = text.indexOf("he said");
        assertThat(named.lastBefore(he, "he").surname())
                .as("not a state at a sentence's start, a convention or the woman named in between").isEqualTo("Berg");
        assertThat(named.lastBefore(he, "she").surname()).isEqualTo("Ruiz");
        String couple = "Ana Lopez left. Bill Doe and Hillary Doe came. \"We stay,\" she said.";
        assertThat(new NamedBefore(couple).lastBefore(couple.indexOf("she said"), "she").surname())
                .as("a surname two people share is kept for either").isEqualTo("Doe");
    }
}
