package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.attribution.CharSpan;
import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.Skill;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quotation shown to a learner reads as a sentence on its own: no half split off by a tag, no verb without its subject. */
class QuotationsReadWholeTest {
    private static List<DraftQuestion> whoSaid(String article) {
        return new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse(article)).questions().stream()
                .filter(q -> q.skill() == Skill.WHO_SAID && q.type() == ItemType.CHOICE).toList();
    }

    private static CharSpan inside(String text, String words) {
        int start = text.indexOf(words);
        return new CharSpan(start, start + words.length());
    }

    @Test
    void shouldJoinTheTwoHalvesOfASentenceThatASpeechTagSplits() {
        String text = "\u201cNow that I do not have to be polite any more,\u201d he told the host, \u201cit was hard to work there.\u201d";
        assertThat(QuotedSentences.joined(text, inside(text, "Now that I do not have to be polite any more,")))
                .isEqualTo("Now that I do not have to be polite any more, it was hard to work there.");
        assertThat(QuotedSentences.joined(text, inside(text, "it was hard to work there.")))
                .isEqualTo("Now that I do not have to be polite any more, it was hard to work there.");
    }

    @Test
    void shouldNotJoinTwoSentencesOrAShortLabel() {
        String sentences = "\"We will build the bridge this year.\" Cole said. \"and then the road.\"";
        assertThat(QuotedSentences.joined(sentences, inside(sentences, "We will build the bridge this year.")))
                .isEqualTo("We will build the bridge this year.");
        String label = "Cole called the plan \"risky,\" and said, \"it will cost the town far too much.\"";
        assertThat(QuotedSentences.joined(label, inside(label, "risky,"))).isEqualTo("risky,");
    }

    @Test
    void shouldShowTheSubjectOfAQuotationThatOpensWithItsVerb() {
        String article = "Millbrook gets a new bridge\n"
                + "Mayor Ruth Cole said the old bridge \"has been a danger to every child who crosses it on the way to school.\"\n"
                + "\"The deck is the hardest part of the whole job, and we will start on it in spring,\" engineer Tom Brandt said.\n"
                + "\"Nobody asked the farmers what they need from a bridge like this one,\" farmer Ana Ruiz said.\n";
        assertThat(whoSaid(article)).filteredOn(q -> q.prompt().contains("has been a danger")).isNotEmpty()
                .allSatisfy(q -> assertThat(q.prompt()).startsWith("Who said that the old bridge \"has been a danger"));
    }

    @Test
    void shouldNotCutAQuotationBeforeTheButOfNotJustOrAfterALoneWhenClause() {
        assertThat(Excerpts.halfOfAPair("What worries us is not just the cost of the new bridge")).isTrue();
        assertThat(Excerpts.halfOfAPair("It is not just the cost but the delay")).isFalse();
        assertThat(Excerpts.onlyASubordinateClause("When the river floods in the spring and the roads close")).isTrue();
        assertThat(Excerpts.onlyASubordinateClause("The river floods in the spring and the roads close")).isFalse();
        assertThat(Excerpts.onlyASubordinateClause("If the river floods again, where the road is low")).isTrue();
        assertThat(Excerpts.onlyASubordinateClause("If the river floods again, the road will close")).isFalse();
        String long1 = "What worries the farmers who live on the far side of the river is not just the cost of the bridge,"
                + " but the two years without any way across for their tractors and their lorries at harvest.";
        assertThat(Excerpts.clip(long1, 25)).as("one sentence, shown whole rather than cut before its but").isEqualTo(long1);
    }
}
