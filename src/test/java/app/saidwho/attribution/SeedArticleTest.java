package app.saidwho.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.quiz.file.QuizSetFileParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article (read from quizzes/): every quotation and paraphrase goes to the right person, pronouns
 * resolved; checked by hand against the text.
 */
class SeedArticleTest {
    static String text;
    static AttributionResult result;

    @BeforeAll
    static void analyseTheSeed() throws Exception {
        String file = Files.readString(Path.of("quizzes", "helsinki-summit.yaml"));
        text = new QuizSetFileParser().parse("helsinki-summit.yaml", file).article().text();
        result = AttributionEngineTest.ENGINE.analyse(text);
    }

    static Attribution containing(String part) {
        return result.attributions().stream().filter(a -> a.content().text(text).contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution holds \"" + part + "\" in "
                        + AttributionEngineTest.describe(result)));
    }

    @Test
    void shouldGiveEveryQuotationAndParaphraseToItsSpeaker() {
        List<String[]> expected = List.of(
                new String[] {"invited his Russian counterpart", "White House"},
                new String[] {"discussions for the visit were already under way", "Sarah Sanders"},
                new String[] {"working level dialogue", "Sarah Sanders"},
                new String[] {"looking forward", "Donald Trump"},
                new String[] {"That's going to be special", "Dan Coats"},
                new String[] {"he did not know what was discussed", "Dan Coats"},
                new String[] {"I don't know what happened in that meeting", "Dan Coats"},
                new String[] {"the charge", "Vladimir Putin"},
                new String[] {"shameful", "Jeff Flake"},
                new String[] {"most disgraceful performances", "John McCain"},
                new String[] {"great success\"", "Donald Trump"},
                new String[] {"fuss", "Donald Trump"},
                new String[] {"The Summit with Russia was a great success", "Donald Trump"},
                new String[] {"they can ALL be solved", "Donald Trump"},
                new String[] {"reached several agreements", "Vladimir Putin"},
                new String[] {"casually sacrifice Russian-US relations", "Vladimir Putin"});
        for (String[] pair : expected) {
            assertThat(containing(pair[0]).source().name()).as("speaker of \"" + pair[0] + "\"").isEqualTo(pair[1]);
        }
    }

    @Test
    void shouldResolvePronounsToThePersonNamedBefore() {
        assertThat(containing("discussions for the visit").source().span().text(text)).isEqualTo("she");
        assertThat(containing("That's going to be special").source().span().text(text)).isEqualTo("He");
        assertThat(containing("The Summit with Russia").source().span().text(text)).isEqualTo("he");
    }

    @Test
    void shouldNestTheRequestInsideTheTweetThatReportsIt() {
        Attribution request = result.attributions().stream()
                .filter(a -> a.cue() != null && a.cue().lemma().equals("ask")).findFirst().orElseThrow();
        Attribution tweet = containing("working level dialogue");

        assertThat(request.source().name()).isEqualTo("Donald Trump");
        assertThat(request.parent()).isEqualTo(result.attributions().indexOf(tweet));
        assertThat(tweet.channel()).isEqualTo(Channel.TWEET);
    }

    @Test
    void shouldKeepTheNegationAndTheBoilerplateOutOfTheAttributions() {
        assertThat(result.attributions()).noneMatch(a -> a.content().text(text).startsWith("neither"));
        assertThat(result.boilerplate()).extracting(span -> span.text(text)).contains("More From This Section");
        assertThat(result.unattributed()).extracting(span -> span.text(text))
                .anyMatch(claim -> claim.startsWith("The announcement seems to come as a surprise"));
    }
}
