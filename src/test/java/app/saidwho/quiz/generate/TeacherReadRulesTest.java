package app.saidwho.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.AttributionResult;
import app.saidwho.attribution.Channel;
import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.Skill;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules from reading generated quizzes as a teacher would, each on a small made-up article: passages that never
 * begin inside a quotation, verbs asked about only when their stance is plain, statements that are whole clauses.
 */
class TeacherReadRulesTest {
    private static QuizDraft draft(String article) {
        return new QuizGenerator().generate(QuizGeneratorTest.ENGINE.analyse(article));
    }

    private static ArticleFacts facts(String article) {
        return new ArticleFacts(QuizGeneratorTest.ENGINE.analyse(article));
    }

    /** The questions one generator makes on its own, with every passage still free. */
    private static QuizDraft alone(QuestionGenerator generator, String article) {
        Sink sink = new Sink(facts(article));
        generator.generate(facts(article), sink);
        return sink.draft();
    }

    private static List<DraftQuestion> of(QuizDraft draft, Skill skill) {
        return draft.questions().stream().filter(q -> q.skill() == skill && q.type() == ItemType.CHOICE).toList();
    }

    @Test
    void shouldQuoteACueStancePassageFromTheStartOfItsQuotationNotFromAnAbbreviation() {
        QuizDraft draft = draft("Voters in Millbrook met the candidates on Monday.\n"
                + "\"Gov. Ames, come back when you have a plan! Nobody here believes you,\" one farmer shouted.\n"
                + "\"The town has waited ten years for this bridge, and it will wait no longer,\" Mayor Ruth Cole boasted.\n"
                + "\"We will build it by spring,\" Cole said.\n");
        assertThat(of(draft, Skill.CUE_STANCE)).isNotEmpty().allSatisfy(q -> {
            assertThat(q.prompt()).startsWith("In \"‘");
            assertThat(Excerpts.balanced(q.prompt().replace('‘', '“').replace('’', '”'))).isTrue();
        });
    }

    @Test
    void shouldAskAboutAVerbOnlyWhenItsStanceIsPlain() {
        QuizDraft draft = draft("The council met on Monday to vote on the new budget for the town.\n"
                + "Council leader Ruth Cole noted that the budget had grown by a third in two years.\n"
                + "Treasurer Tom Brandt warned that the town would run out of money by the summer.\n"
                + "Resident Ana Ruiz claimed that the council had hidden the figures from the public for months.\n");
        List<DraftQuestion> stance = of(draft, Skill.CUE_STANCE);
        assertThat(stance).noneMatch(q -> q.prompt().contains("\"noted\"") || q.prompt().contains("\"warned\""));
        assertThat(stance).anyMatch(q -> q.prompt().contains("\"claimed\"") && q.key().startsWith("Loaded"));
    }

    @Test
    void shouldShowQuoteOrParaphraseWordsWithoutATrailingCommaOrATimeBeforeThat() {
        assertThat(QuoteOrParaphraseGenerator.shownWords("“We will build the bridge by the spring, whatever it costs,”"))
                .isEqualTo("We will build the bridge by the spring, whatever it costs");
        assertThat(QuoteOrParaphraseGenerator.shownWords("Monday night that the bridge would open in the spring"))
                .isEqualTo("the bridge would open in the spring");
        assertThat(QuoteOrParaphraseGenerator.shownWords("that the bridge was late — not his fault, he said, but the state's"))
                .isNull();
        assertThat(QuoteOrParaphraseGenerator.shownWords("that the plan was no different from the one of George H.W.")).isNull();
    }

    @Test
    void shouldOfferOnlyWholeStatementsAsSourcedOnesAndNeverTheSameTwice() {
        QuizDraft draft = draft("The town of Millbrook will close its library in March.\n"
                + "Mayor Ruth Cole said that the town could no longer pay for the building and its staff.\n"
                + "Cole urged residents to give books to the school library before the end of the year.\n"
                + "Treasurer Tom Brandt said that the library had cost the town more than any other service.\n"
                + "Librarian Ana Ruiz said that the closure would hurt children and old people most of all.\n"
                + "Ruiz said that nobody on the council had visited the library in ten years or more.\n"
                + "Teacher Mia Chen said that her pupils would lose the only quiet place they had to study.\n"
                + "Chen said that the school library was too small for the whole town to use every day.\n"
                + "The library opened in 1921 and holds more than forty thousand books and maps.\n"
                + "About two hundred people visit the library on a normal weekday, most of them students.\n");
        List<DraftQuestion> unsourced = draft.questions().stream()
                .filter(q -> q.skill() == Skill.UNSOURCED && q.prompt().startsWith("Which of these")).toList();
        assertThat(unsourced).isNotEmpty().allSatisfy(q -> assertThat(q.options())
                .noneMatch(o -> o.matches("(?i)(residents|to|them) .*")));
        List<String> wrong = unsourced.stream().flatMap(q -> q.options().stream().filter(o -> !o.equals(q.key()))).toList();
        assertThat(wrong).doesNotHaveDuplicates();
    }

    @Test
    void shouldTellAStatementFromAPhraseARequestOrAQuestion() {
        assertThat(UnsourcedGenerator.statement("the town could no longer pay for the library")).isTrue();
        assertThat(UnsourcedGenerator.statement("for new talks with the county before the vote")).isFalse();
        assertThat(UnsourcedGenerator.statement("residents to give books to the school library")).isFalse();
        assertThat(UnsourcedGenerator.statement("where the council would find the money next year")).isFalse();
        assertThat(UnsourcedGenerator.statement("concern that the council had hidden the figures")).isFalse();
    }

    @Test
    void shouldNotAskWhatToCheckAboutADateline() {
        QuizDraft draft = draft("MILLBROOK (AP) — The town council voted to close its only library on Monday night.\n"
                + "\"We had no choice,\" Mayor Ruth Cole said after the vote.\n"
                + "The library has been open since 1921 and lends more than forty thousand books a year to residents.\n");
        assertThat(draft.questions()).filteredOn(q -> q.type() == ItemType.SHORT_ANSWER && q.skill() == Skill.UNSOURCED)
                .allSatisfy(q -> assertThat(q.prompt()).doesNotContain("(AP)"));
    }

    @Test
    void shouldAskWhyAnInsiderIsUnnamedButNotAPasserBy() {
        QuizDraft passerBy = draft("The mayor spoke at the fair on Monday.\n"
                + "\"Mayor Cole, where is the bridge you promised us last year?\" one person tweeted.\n");
        assertThat(passerBy.questions()).noneMatch(q -> q.type() == ItemType.SHORT_ANSWER && q.skill() == Skill.ANONYMITY);
        QuizDraft insider = draft("The council will vote on the budget on Monday.\n"
                + "\"The mayor does not have the votes,\" a senior council official said.\n");
        assertThat(insider.questions()).anyMatch(q -> q.type() == ItemType.SHORT_ANSWER && q.skill() == Skill.ANONYMITY);
    }

    @Test
    void shouldNotOfferADescribingPhraseAsASpeaker() {
        assertThat(Speakers.canSpeak("Democratic-leaning Millbrook voted.", "Democratic-leaning Millbrook",
                app.saidwho.attribution.SourceType.ORGANISATION)).isFalse();
        assertThat(Speakers.canSpeak("Anna Lee-Smith said so.", "Anna Lee-Smith", app.saidwho.attribution.SourceType.PERSON))
                .isTrue();
    }

    @Test
    void shouldNotTakeAddedToAsSpeech() {
        AttributionResult result = QuizGeneratorTest.ENGINE.analyse("Cole won the vote in Millbrook on Monday.\n"
                + "Brandt lost the north of the town to his rival Ruth Cole, who added to her lead in the south.\n");
        assertThat(new ArticleFacts(result).attributions()).noneMatch(a -> a.cue() != null && a.cue().lemma().equals("add"));
    }

    @Test
    void shouldReadWordsToldToANewsOutletAsAnInterview() {
        AttributionResult result = QuizGeneratorTest.ENGINE.analyse("The county will not pay for the road.\n"
                + "\"We cannot pay for this road,\" budget director Maria Lopez told Reuters on Tuesday.\n"
                + "\"Nobody asked us,\" resident Ana Ruiz told reporters.\n");
        List<Attribution> all = result.attributions();
        assertThat(all).anyMatch(a -> a.content().text(result.text()).contains("cannot pay") && a.channel() == Channel.INTERVIEW);
        assertThat(all).filteredOn(a -> a.content().text(result.text()).contains("Nobody asked"))
                .allSatisfy(a -> assertThat(a.channel()).isNull());
    }

    @Test
    void shouldCallAQuotationThatOpensMidClauseNoDirectQuote() {
        QuizDraft draft = alone(new QuoteOrParaphraseGenerator(), "The council met on Monday.\n"
                + "The mayor's plan would \"end every bus route in the north of the town for good,\" Ana Ruiz declared.\n"
                + "Tom Brandt said: \"The buses will run as they always have, and nobody will lose a route.\"\n");
        assertThat(of(draft, Skill.QUOTE_OR_PARAPHRASE)).noneMatch(q -> q.prompt().contains("end every bus route")
                && q.key().equals(Labels.kind(app.saidwho.attribution.Kind.DIRECT)));
        assertThat(of(draft, Skill.QUOTE_OR_PARAPHRASE)).anyMatch(q -> q.prompt().contains("The buses will run")
                && q.key().equals(Labels.kind(app.saidwho.attribution.Kind.DIRECT)));
    }

    @Test
    void shouldNotTakeAQuotedLabelForAPartialQuote() {
        QuizDraft draft = draft("The council met on Monday.\n"
                + "The pause of the bus routes was the mayor's idea.\n"
                + "Mayor Ruth Cole said that the town would \"pause\" the new bus routes until the summer holidays.\n");
        assertThat(of(draft, Skill.QUOTE_OR_PARAPHRASE)).noneMatch(q -> q.key().equals(Labels.kind(app.saidwho.attribution.Kind.MIXED)));
    }

    @Test
    void shouldAskAtMostTwoQuestionsOnOnePassage() {
        String article = "The council met on Monday to vote on the bus plan.\n"
                + "\"This plan will end every bus route in the north of the town,\" Mayor Ruth Cole boasted at a press conference.\n"
                + "\"We will keep every route,\" Treasurer Tom Brandt said.\n"
                + "\"Nobody asked the drivers,\" driver Ana Ruiz said.\n";
        long onIt = draft(article).questions().stream()
                .filter(q -> q.type() == ItemType.CHOICE && q.evidence().text(article).contains("This plan will end")).count();
        assertThat(onIt).isBetween(1L, (long) TeacherChecks.QUESTIONS_PER_PASSAGE);
    }

    @Test
    void shouldNeverNameSomeoneTheArticleReportsDeadAsTheSpeaker() {
        String article = "Officer Sean Pell was killed in the attack on the embassy in 2012.\n"
                + "\"We were never told the truth,\" Pell said at the hearing on Tuesday.\n"
                + "\"The embassy asked for more guards,\" said Senator Tom Brandt.\n"
                + "\"Every request was answered,\" Minister Ana Ruiz said.\n";
        assertThat(TeacherChecks.reportedDead(article, "Sean Pell")).isTrue();
        assertThat(TeacherChecks.reportedDead(article, "Tom Brandt")).isFalse();
        assertThat(TeacherChecks.reportedDead("Mary Pell, the mother of Sean Pell, who was killed, spoke.", "Mary Pell")).isFalse();
        assertThat(draft(article).questions()).noneMatch(q -> q.key().equals("Sean Pell") || q.explanation().contains("Sean Pell's"));
    }

    @Test
    void shouldLeaveOutQuestionsBuiltAroundSwearing() {
        assertThat(TeacherChecks.unfitWords(List.of("Who said \"that is political bullshit\"?"))).isPresent();
        assertThat(TeacherChecks.unfitWords(List.of("Who said \"Scunthorpe will win\"?"))).isEmpty();
        assertThat(TeacherChecks.unfitWords(List.of("Who said \"the plan is full of s---\"?"))).as("a masked swear word").isPresent();
        assertThat(TeacherChecks.unfitWords(List.of("Who said \"we won -- again\"?"))).isEmpty();
    }

    @Test
    void shouldNotCountTheHeadlineOrASentenceAfterAPollAsUnsourced() {
        String text = "Most voters back the bus plan\nAccording to a new poll by the Ledger, most voters back the plan.\n"
                + "Forty percent of them said they take a bus every day.\nThe plan will cost the town four million dollars a year.\n";
        assertThat(UnsourcedGenerator.carriedFromBefore(text, new app.saidwho.attribution.CharSpan(0, 29))).isTrue();
        int forty = text.indexOf("Forty");
        assertThat(UnsourcedGenerator.carriedFromBefore(text, new app.saidwho.attribution.CharSpan(forty, forty + 10))).isTrue();
        int plan = text.indexOf("The plan will");
        assertThat(UnsourcedGenerator.carriedFromBefore(text, new app.saidwho.attribution.CharSpan(plan, plan + 10))).isFalse();
    }

    @Test
    void shouldNotCallTheAideAnonymousWhenTheArticleMayHaveNamedHim() {
        assertThat(Insiders.keptUnnamed("the Sanders aide", "\"We will fight on,\" the Sanders aide said.")).isFalse();
        assertThat(Insiders.keptUnnamed("the aide", "the aide, who asked not to be named, said.")).isTrue();
        assertThat(Insiders.keptUnnamed("a senior aide", "a senior aide said.")).isTrue();
    }

    @Test
    void shouldNotTakeMaintainingALeadForSpeech() {
        AttributionResult result = QuizGeneratorTest.ENGINE.analyse("The vote is on Tuesday.\n"
                + "Ruth Cole maintains a commanding lead over Tom Brandt in the north of the town.\n");
        ArticleFacts facts = new ArticleFacts(result);
        assertThat(facts.attributions()).noneMatch(a -> a.cue() != null && a.cue().lemma().equals("maintain"));
    }

    @Test
    void shouldNotKeyAManCalledMrAsTheWomanOfTheSameSurname() {
        assertThat(app.saidwho.attribution.FirstNames.titleContradicts("Mr.", "Michelle Pell")).isTrue();
        assertThat(app.saidwho.attribution.FirstNames.titleContradicts("Mrs.", "Michelle Pell")).isFalse();
        assertThat(app.saidwho.attribution.FirstNames.titleContradicts("Senator", "Michelle Pell")).isFalse();
    }

    @Test
    void shouldAskNothingUnsourcedOfAPieceToldInTheFirstPerson() {
        assertThat(UnsourcedGenerator.firstPersonPiece(facts("My father ran a shop. I remember the night it burned. "
                + "My mother never spoke of it."))).isTrue();
        assertThat(UnsourcedGenerator.firstPersonPiece(facts("The shop burned. \"I remember it,\" Cole said. \"My father cried.\"")))
                .isFalse();
    }

    @Test
    void shouldNotOfferQuotedWordsWithoutTheirSubjectAsAStatement() {
        QuizDraft draft = draft("The council voted on the bus plan on Monday.\n"
                + "Treasurer Tom Brandt said the plan \"is a misguided approach to a real problem.\"\n"
                + "\"We will keep every route in the north,\" Mayor Ruth Cole said.\n"
                + "\"Nobody asked the drivers what they think,\" driver Ana Ruiz said.\n"
                + "\"The buses are always late and always full,\" resident Mia Chen said.\n");
        assertThat(draft.questions()).filteredOn(q -> q.skill() == Skill.WHAT_SAID)
                .allSatisfy(q -> assertThat(q.options()).noneMatch(o -> o.startsWith("Is ")));
    }

    @Test
    void shouldNotShowThePeopleSpokenToAsTheWordsOfAParaphrase() {
        QuizDraft draft = draft("The mayor spoke to parents on Monday.\n"
                + "Mayor Ruth Cole told parents at the school this weekend the town would build a new playground by spring.\n");
        assertThat(of(draft, Skill.QUOTE_OR_PARAPHRASE)).noneMatch(q -> q.prompt().contains("parents at the school"));
    }

    @Test
    void shouldNotCallASourceCitingItsReasonsSecondHand() {
        assertThat(Firsthand.PASSED_ON_SOURCE.matcher("Cole said, citing the release of prisoners and new elections").find())
                .isFalse();
        assertThat(Firsthand.PASSED_ON_SOURCE.matcher("Cole said, citing unnamed officials").find()).isTrue();
        assertThat(Firsthand.PASSED_ON_SOURCE.matcher("Cole said, citing a new poll").find()).isTrue();
    }

    @Test
    void shouldNeverKeyASpeakersPlaceOrAWrongTitleAsTheSpeaker() {
        String article = "The vote on the bridge is on Tuesday.\n"
                + "\"We will build it,\" said Representative Charles B. Rangel of New York.\n"
                + "\"It will cost too much,\" Senator Ana Ruiz said.\n"
                + "\"Nobody asked the town,\" Mayor Tom Brandt said.\n"
                + "\"The plan is sound,\" engineer Mia Chen said.\n";
        QuizDraft draft = draft(article);
        assertThat(draft.questions()).allSatisfy(q -> {
            assertThat(q.key()).isNotEqualTo("New York");
            q.pairs().forEach(p -> assertThat(p.answer()).isNotEqualTo("New York"));
        });
    }

    @Test
    void shouldAskNoQuoteOrVerbQuestionOfAMemoir() {
        QuizDraft draft = draft("My father ran a shop on Main Street for forty years.\n"
                + "I remember the night he came home late. \"We will open again tomorrow,\" my father said.\n"
                + "My mother never spoke of that night again, and I never asked her about it.\n");
        assertThat(draft.questions()).noneMatch(q -> q.skill() == Skill.QUOTE_OR_PARAPHRASE || q.skill() == Skill.CUE_STANCE);
    }

    @Test
    void shouldQuoteAnInvertedTagAsTheArticleWordsIt() {
        String article = "The vote on the bridge is on Tuesday.\n"
                + "\"We will build it by the spring,\" said Mayor Ruth Cole.\n"
                + "\"It will cost far too much money,\" Senator Ana Ruiz said.\n"
                + "\"Nobody asked the town about it,\" said Tom Brandt.\n"
                + "\"The plan is sound and it is safe,\" engineer Mia Chen said.\n";
        assertThat(draft(article).questions()).filteredOn(q -> q.type() == ItemType.MATCH).singleElement().satisfies(q -> {
            assertThat(q.pairs()).extracting(app.saidwho.quiz.MatchPair::answer).contains("Ruth Cole");
            assertThat(q.explanation()).doesNotContain("Brandt said").doesNotContain("Cole said").contains("said Mayor Ruth Cole");
        });
    }
}
