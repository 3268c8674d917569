package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Well-formed text: excerpts end where a clause ends, never inside a bracket or quotation; inner quotes turn single. */
class ExcerptsTest {
    @Test
    void shouldKeepAShortTextWhole() {
        assertThat(Excerpts.clip("We will build  more parks.", 10)).isEqualTo("We will build more parks.");
    }

    @Test
    void shouldCutAtTheLastClauseEndAndMarkTheCut() {
        String text = "We will build more parks, plant more trees and open two pools, and we will pay for all of it.";
        assertThat(Excerpts.clip(text, 14)).isEqualTo("We will build more parks, plant more trees and open two pools …");
    }

    @Test
    void shouldNeverCutInsideABracketOrAQuotation() {
        String text = "The plan (which the mayor, Ana Lopez, called a start) will cost more than the town can pay this year.";
        assertThat(Excerpts.clip(text, 12)).isNull();
        assertThat(Excerpts.balanced("The plan (which the mayor")).isFalse();
        assertThat(Excerpts.balanced("She called it “a start” and left.")).isTrue();
    }

    @Test
    void shouldGiveAQuotationInsideAQuotedPromptTheOtherMarks() {
        assertThat(Excerpts.quoted("They called it \"a disaster\" on Monday")).isEqualTo("\"They called it ‘a disaster’ on Monday\"");
        assertThat(Excerpts.quoted("They called it “a disaster”")).doesNotContain("“").doesNotContain("\"\"");
    }

    @Test
    void shouldShowWordsWithoutTheArticlesMarks() {
        assertThat(Excerpts.withoutMarks("the plan was \"a mess\" and “too late”")).isEqualTo("the plan was a mess and too late");
    }

    @Test
    void shouldWritePossessivesOfNamesEndingInS() {
        assertThat(Grammar.possessive("James Reeves")).isEqualTo("James Reeves'");
        assertThat(Grammar.possessive("Ana Lopez")).isEqualTo("Ana Lopez's");
        assertThat(Grammar.verb("thinks", Grammar.plural("officials", app.saidwho.attribution.SourceType.ANONYMOUS)))
                .isEqualTo("think");
    }

    @Test
    void shouldShowALongSentenceWithNoClauseToStopAtWhole() {
        String sentence = "No candidate in the long history of this state has known less or been less prepared to run "
                + "its schools and its roads than the man who wants the job now";
        assertThat(Excerpts.clip(sentence, 25)).isEqualTo(sentence);
        assertThat(Excerpts.clip(sentence + ". We will beat him.", 25)).isEqualTo(sentence + ". …");
        String endless = sentence + " and who has told every town he visits that he will build a new road to it";
        assertThat(Excerpts.clip(endless, 25)).as("over 40 words with no end: nothing a reader takes in").isNull();
    }
}
