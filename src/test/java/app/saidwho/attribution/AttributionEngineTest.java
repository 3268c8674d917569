package app.saidwho.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The engine on small hand-written snippets, one pattern each; names are made up on purpose. */
class AttributionEngineTest {
    static final AttributionEngine ENGINE = AttributionEngine.standard();

    record Found(AttributionResult result, Attribution attribution) {
        String content() {
            return attribution.content().text(result.text());
        }

        String source() {
            return attribution.source().span().text(result.text());
        }

        String cue() {
            return attribution.cue().span().text(result.text());
        }
    }

    static AttributionResult analyse(String text) {
        return ENGINE.analyse(text);
    }

    static Found withContent(String text, String contentPart) {
        AttributionResult result = analyse(text);
        Optional<Attribution> match = result.attributions().stream()
                .filter(a -> a.content().text(text).contains(contentPart)).findFirst();
        assertThat(match).as("an attribution whose content holds \"" + contentPart + "\" in " + describe(result)).isPresent();
        return new Found(result, match.get());
    }

    static String describe(AttributionResult result) {
        return result.attributions().stream().map(a -> "[" + (a.source() == null ? "-" : a.source().span().text(result.text()))
                + "] " + a.content().text(result.text())).toList().toString();
    }

    @Test
    void shouldAttributeAQuoteToTheNameAfterIt() {
        Found found = withContent("\"We will win this fight,\" Maria Lopez said on Tuesday.", "We will win");
        assertThat(found.attribution().rule()).isEqualTo(Rule.QUOTE_THEN_CUE);

        assertThat(found.content()).isEqualTo("\"We will win this fight,\"");
        assertThat(found.source()).isEqualTo("Maria Lopez");
        assertThat(found.attribution().source().name()).isEqualTo("Maria Lopez");
        assertThat(found.cue()).isEqualTo("said");
        assertThat(found.attribution().cue().stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(found.attribution().kind()).isEqualTo(Kind.DIRECT);
    }

    @Test
    void shouldFindAnInvertedSource() {
        Found found = withContent("“The budget is a disaster,” said Senator Tom Berg.", "budget");
        assertThat(found.attribution().rule()).isEqualTo(Rule.QUOTE_THEN_CUE);

        assertThat(found.source()).isEqualTo("Senator Tom Berg");
        assertThat(found.attribution().source().name()).isEqualTo("Tom Berg");
    }

    @Test
    void shouldResolveAPronounAfterAColonToThePersonNamedBefore() {
        String text = "The plan surprised Finance Minister Anna Weiss, who heard about it on the radio.\n"
                + "She laughed and said: \"That will be interesting.\"";
        Found found = withContent(text, "That will be interesting");
        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_THEN_QUOTE);

        assertThat(found.source()).isEqualTo("She");
        assertThat(found.attribution().source().name()).isEqualTo("Anna Weiss");
        assertThat(found.attribution().source().type()).isEqualTo(SourceType.PERSON);
    }

    @Test
    void shouldResolveASurnameToTheFullNameOfItsFirstMention() {
        String text = "Opposition leader Paul Grant criticised the budget. Grant said the cuts would hurt schools.";
        Found found = withContent(text, "the cuts would hurt schools");
        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_SUBJECT_CONTENT_AFTER);

        assertThat(found.attribution().source().name()).isEqualTo("Paul Grant");
        assertThat(found.attribution().kind()).isEqualTo(Kind.INDIRECT);
    }

    @Test
    void shouldTreatAPartialQuoteInsideAParaphraseAsMixed() {
        Found found = withContent("Lopez, however, termed the meeting a \"complete success\".", "complete success");
        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_SUBJECT_CONTENT_AFTER);

        assertThat(found.source()).isEqualTo("Lopez");
        assertThat(found.cue()).isEqualTo("termed");
        assertThat(found.attribution().cue().stance()).isEqualTo(Stance.LOADED);
        assertThat(found.attribution().kind()).isEqualTo(Kind.MIXED);
    }

    @Test
    void shouldFindIndirectSpeechWithALoadedCue() {
        Found found = withContent("President Ivan Petrov has dismissed the charge.", "the charge");
        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_SUBJECT_CONTENT_AFTER);

        assertThat(found.attribution().source().name()).isEqualTo("Ivan Petrov");
        assertThat(found.attribution().cue().lemma()).isEqualTo("dismiss");
        assertThat(found.attribution().cue().stance()).isEqualTo(Stance.LOADED);
    }

    @Test
    void shouldStartTheContentOfToldAtThat() {
        Found found = withContent("Berg also told the committee that he did not know who had signed the order.",
                "did not know");
        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_SUBJECT_CONTENT_AFTER);

        assertThat(found.content()).startsWith("that he did not know");
        assertThat(found.cue()).isEqualTo("told");
    }

    @Test
    void shouldSkipAnAppositiveBetweenSourceAndCue() {
        Found found = withContent("Senator Jane Holt, a Democrat and a fierce critic of the mayor, had labelled the plan "
                + "as \"reckless\".", "reckless");
        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_SUBJECT_CONTENT_AFTER);

        assertThat(found.attribution().source().name()).isEqualTo("Jane Holt");
        assertThat(found.attribution().cue().lemma()).isEqualTo("label");
    }

    @Test
    void shouldTakeTheClauseBeforeASourceThatComesLast() {
        Found found = withContent("It was one of the \"worst speeches\" by a governor in memory, Republican Senator "
                + "Mark Ode had said.", "worst speeches");
        assertThat(found.attribution().rule()).isEqualTo(Rule.CUE_SUBJECT_CONTENT_BEFORE);

        assertThat(found.content()).isEqualTo("It was one of the \"worst speeches\" by a governor in memory");
        assertThat(found.attribution().source().name()).isEqualTo("Mark Ode");
    }

    @Test
    void shouldTellInstitutionsAnonymousAndVagueSourcesApart() {
        assertThat(withContent("The new talks will start in May, the White House has announced.", "new talks")
                .attribution().source().type()).isEqualTo(SourceType.ORGANISATION);
        assertThat(withContent("The deal is almost done, according to officials familiar with the talks.", "deal")
                .attribution().source().type()).isEqualTo(SourceType.ANONYMOUS);
        Found critics = withContent("Critics claimed the plan was too expensive.", "too expensive");
        assertThat(critics.attribution().rule()).isEqualTo(Rule.CUE_SUBJECT_CONTENT_AFTER);
        assertThat(critics.attribution().source().type()).isEqualTo(SourceType.VAGUE);
        assertThat(critics.attribution().cue().stance()).isEqualTo(Stance.LOADED);
    }

    @Test
    void shouldReadTheChannel() {
        assertThat(withContent("\"We are ready,\" Holt said in a tweet.", "ready").attribution().channel())
                .isEqualTo(Channel.TWEET);
        assertThat(withContent("Berg told reporters during a live interview that the vote was rigged.", "rigged")
                .attribution().channel()).isEqualTo(Channel.INTERVIEW);
        assertThat(withContent("The ministry said in a statement that the border would stay open.", "border")
                .attribution().channel()).isEqualTo(Channel.STATEMENT);
        assertThat(withContent("Lopez tweeted that the meeting had gone well.", "meeting").attribution().channel())
                .isEqualTo(Channel.TWEET);
    }

    @Test
    void shouldLinkANestedAttributionToItsParent() {
        String text = "\"In Geneva, both sides agreed to keep talking. President Omar Diaz asked Sam Reed to invite the "
                + "prime minister to the capital in the spring,\" spokeswoman Lena Park said in a tweet.";
        AttributionResult result = analyse(text);
        Found outer = withContent(text, "In Geneva");
        assertThat(outer.attribution().rule()).isEqualTo(Rule.QUOTE_THEN_CUE);
        Attribution inner = result.attributions().stream()
                .filter(a -> a.cue() != null && a.cue().lemma().equals("ask")).findFirst().orElseThrow();

        assertThat(outer.attribution().source().name()).isEqualTo("Lena Park");
        assertThat(outer.attribution().channel()).isEqualTo(Channel.TWEET);
        assertThat(inner.source().name()).isEqualTo("Omar Diaz");
        assertThat(inner.content().text(text)).startsWith("Sam Reed to invite the prime minister");
        assertThat(inner.parent()).isEqualTo(result.attributions().indexOf(outer.attribution()));
    }

    @Test
    void shouldNotAttributeANegatedStatement() {
        String text = "Neither Berg nor the ministry have confirmed any agreements between the two countries.";
        List<Attribution> attributions = analyse(text).attributions();

        assertThat(attributions).noneMatch(a -> a.cue() != null && a.cue().lemma().equals("confirm"));
    }

    @Test
    void shouldFlagBoilerplateAndKeepItOutOfAttributions() {
        String text = "\"We will win,\" Lopez said.\nMore From This Section\nAdvertisement\n\"We will not stop,\" Lopez added.";
        AttributionResult result = analyse(text);

        assertThat(result.boilerplate()).extracting(span -> span.text(text))
                .containsExactly("More From This Section", "Advertisement");
        assertThat(result.attributions()).hasSize(2)
                .noneMatch(a -> a.content().text(text).contains("More From"));
    }

    @Test
    void shouldFlagTheWritersOwnInferenceAsUnattributed() {
        String text = "The announcement seems to come as a surprise to the committee, which met on Monday.";
        AttributionResult result = analyse(text);

        assertThat(result.attributions()).isEmpty();
        assertThat(result.unattributed()).extracting(span -> span.text(text)).containsExactly(text);
    }

    @Test
    void shouldKeepAQuoteThatRunsOverParagraphsWithItsSpeaker() {
        String text = "Mayor Ana Ruiz spoke for an hour. She said: \"We built the bridge on time.\n"
                + "\"We built it on budget, and we will build the next one too.\"";
        AttributionResult result = analyse(text);

        assertThat(result.attributions()).anyMatch(a -> a.content().text(text).contains("on budget")
                && "Ana Ruiz".equals(a.source().name()));
    }

    @Test
    void shouldGiveOffsetsIntoTheTextAsReceived() {
        String text = "  “Tax cuts help everyone,” the minister said.\r\n";
        for (Attribution a : analyse(text).attributions()) {
            assertThat(a.content().end()).isLessThanOrEqualTo(text.length());
            assertThat(a.content().text(text)).isEqualTo(text.substring(a.content().start(), a.content().end()));
        }
        assertThat(analyse(text).attributions()).hasSize(1);
    }
}
