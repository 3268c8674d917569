package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.attribution.AttributionEngine;
import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.MatchPair;
import app.saidwho.quiz.Skill;
import app.saidwho.quiz.file.QuizSetFileParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** MATCH, EVIDENCE, SHORT_ANSWER and the new skills generated from a made-up article and from the seed. */
class NewItemsGenerationTest {
    static final AttributionEngine ENGINE = QuizGeneratorTest.ENGINE;
    static final String PARK = """
            The council will vote on the park plan on Friday.
            "We will build more parks," Mayor Ana Lopez said on Monday.
            "Not with my money," Governor Tom Berg said in a tweet.
            "The city needs trees," said councillor Mia Chen.
            The park will open next spring after two years of building work on the old factory site.""";

    @Test
    void shouldMatchEachQuotationToItsOwnSpeakerFromAPoolAtLeastAsLarge() {
        QuizDraft draft = new QuizGenerator().generate(ENGINE.analyse(PARK));

        DraftQuestion match = only(draft, ItemType.MATCH);
        assertThat(match.pairs()).contains(new MatchPair("We will build more parks", "Ana Lopez"),
                new MatchPair("Not with my money", "Tom Berg"), new MatchPair("The city needs trees", "Mia Chen"));
        assertThat(match.options()).hasSizeGreaterThanOrEqualTo(match.pairs().size())
                .containsAll(match.pairs().stream().map(MatchPair::answer).toList());
    }

    /** The park article with a second quotation of the mayor's, which no WHO_SAID question or MATCH row asks about. */
    static final String PARK_MORE = PARK + """

            "The first trees go in next week," Lopez said on Friday.
            "Two hundred young oaks are on order," Chen said on Friday.
            The old factory closed in 1998 and the site has stood empty since then, the council's records show.""";

    @Test
    void shouldKeyTheEvidenceOnThePassageWithTheSourceAndTheCue() {
        QuizDraft draft = new QuizGenerator().generate(ENGINE.analyse(PARK_MORE));

        List<DraftQuestion> evidence = draft.questions().stream().filter(q -> q.type() == ItemType.EVIDENCE).toList();
        assertThat(evidence).isNotEmpty().allSatisfy(q -> {
            assertThat(q.options()).allSatisfy(option -> assertThat(PARK_MORE).contains(option));
            // every option is a speech tag, each of another speaker: the learner must find the quotation itself
            assertThat(q.options()).hasSizeGreaterThanOrEqualTo(3).allMatch(o -> o.matches(".*\\b(said|say|says)\\b.*"));
            String words = q.prompt().replaceFirst("(?s).*who said \"", "").replaceFirst("\"\\?$", "");
            assertThat(PARK_MORE).as("the key is the tag beside the quotation asked about").contains(words + ",\" " + q.key());
            String surname = q.key().replaceAll(".*\\b(Lopez|Berg|Chen)\\b.*", "$1");
            assertThat(q.options()).filteredOn(o -> o.contains(surname)).containsExactly(q.key());
        });
    }

    @Test
    void shouldNeverAskForTheEvidenceOfWordsAWhoSaidQuestionAlreadyKeys() {
        QuizDraft draft = new QuizGenerator().generate(ENGINE.analyse(PARK_MORE));
        assertThat(draft.questions()).filteredOn(q -> q.type() == ItemType.MATCH).singleElement()
                .satisfies(q -> assertThat(q.pairClaims()).as("the MATCH keys the first quotation of each speaker").hasSize(3));
        List<String> whoSaid = draft.questions().stream().filter(q -> q.type() == ItemType.CHOICE && q.skill() == Skill.WHO_SAID)
                .map(DraftQuestion::prompt).toList();
        assertThat(whoSaid).isNotEmpty();
        assertThat(draft.questions()).filteredOn(q -> q.type() == ItemType.EVIDENCE).isNotEmpty().allSatisfy(q -> {
            String words = q.prompt().replaceFirst("(?s).*who said \"", "").replaceFirst("\"\\?$", "");
            assertThat(whoSaid).noneMatch(p -> p.contains(words));
        });
    }

    @Test
    void shouldLeaveAQuotationToEvidenceBeforeWhoSaidTakesItsLast() {
        QuizDraft draft = new QuizGenerator().generate(ENGINE.analyse(PARK.replace(" in a tweet", "")));

        // three quotations: two "who said it" questions, and the third for "which passage shows who said it"
        assertThat(draft.questions()).filteredOn(q -> q.type() == ItemType.CHOICE && q.skill() == Skill.WHO_SAID).hasSize(2)
                .noneMatch(q -> q.prompt().contains("The city needs trees"));
        assertThat(draft.questions()).filteredOn(q -> q.type() == ItemType.EVIDENCE).singleElement()
                .satisfies(q -> assertThat(q.key()).isEqualTo("said councillor Mia Chen"));
    }

    @Test
    void shouldNeverAskWhoseWordsAHowDidTheySayItPromptAlreadyTells() {
        QuizDraft draft = new QuizGenerator().generate(ENGINE.analyse(PARK));

        // "How did Tom Berg say this: “Not with my money”?" names the speaker beside the words (read9)
        assertThat(draft.questions()).filteredOn(q -> q.skill() == Skill.CHANNEL)
                .anySatisfy(q -> assertThat(q.prompt()).contains("Tom Berg").contains("Not with my money"));
        assertThat(draft.questions()).filteredOn(q -> q.type() != ItemType.MATCH
                        && (q.skill() == Skill.WHO_SAID || q.skill() == Skill.WHAT_SAID))
                .isNotEmpty().noneMatch(q -> q.prompt().contains("Not with my money") || q.options().contains("Not with my money"));
    }

    @Test
    void shouldAskForAWrittenAnswerOnAClaimWithNoSource() {
        QuizDraft draft = new QuizGenerator().generate(ENGINE.analyse(PARK));

        DraftQuestion written = only(draft, ItemType.SHORT_ANSWER);
        assertThat(written.prompt()).startsWith("Read this claim from the article:")
                .contains("\"The park will open next spring after two years of building work on the old factory site.\"").endsWith("What would you check before trusting it?");
        assertThat(written.rubric().proficient()).contains("second independent source");
        assertThat(written.options()).isEmpty();
    }

    @Test
    void shouldGiveTheSeedAMatchAnEvidenceAndTwoNewSkills() throws Exception {
        String file = Files.readString(Path.of("quizzes", "helsinki-summit.yaml"));
        String seed = new QuizSetFileParser().parse("helsinki-summit.yaml", file).article().text();
        QuizDraft draft = new QuizGenerator().generate(ENGINE.analyse(seed));

        assertThat(draft.questions()).anyMatch(q -> q.type() == ItemType.MATCH);
        assertThat(draft.questions()).anyMatch(q -> q.type() == ItemType.EVIDENCE);
        Set<Skill> newSkills = EnumSet.of(Skill.FIRSTHAND, Skill.ROLE, Skill.ANONYMITY, Skill.WRITER_VOICE);
        assertThat(draft.questions().stream().map(DraftQuestion::skill).filter(newSkills::contains).distinct().count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldBuildEveryNewItemSoundly() throws Exception {
        for (DraftQuestion q : new QuizGenerator().generate(ENGINE.analyse(PARK)).questions()) {
            assertThat(PARK.indexOf(q.evidence().text(PARK))).as("evidence is unique").isEqualTo(q.evidence().start());
            assertThat(q.explanation()).as(q.prompt()).isNotBlank();
            switch (q.type()) {
                case MATCH -> assertThat(q.answer()).isEqualTo(-1);
                case SHORT_ANSWER -> assertThat(q.rubric()).isNotNull();
                case EVIDENCE, CHOICE -> assertThat(q.options()).hasSizeBetween(3, 4).doesNotHaveDuplicates();
            }
        }
    }

    private static DraftQuestion only(QuizDraft draft, ItemType type) {
        List<DraftQuestion> found = draft.questions().stream().filter(q -> q.type() == type).toList();
        assertThat(found).as(type + " questions").hasSize(1);
        return found.get(0);
    }
}
