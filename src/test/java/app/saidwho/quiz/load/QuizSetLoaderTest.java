package app.saidwho.quiz.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.load.QuizSetImporter.Outcome;
import app.saidwho.quiz.load.QuizSetLoader.FileResult;
import app.saidwho.support.LearnerClient;
import app.saidwho.support.QuizFiles;
import app.saidwho.support.TestQuizzes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuizSetLoaderTest {

    @Inject
    QuizSetLoader loader;

    @Test
    void shouldImportANewFileOnceAndSkipItWhenUnchanged() {
        Path dir = TestQuizzes.tempDir();
        QuizFiles.write(dir, "loader-new.yaml", QuizFiles.twoQuestions("New quiz", "published"));

        assertThat(loader.loadFolder(dir)).extracting(FileResult::outcome).containsExactly(Outcome.CREATED);
        assertThat(loader.loadFolder(dir)).extracting(FileResult::outcome).containsExactly(Outcome.UNCHANGED);
        assertThat(TestQuizzes.activeQuestions("loader-new")).hasSize(2);
    }

    @Test
    void shouldSkipBrokenFilesAndStillLoadTheOthers() {
        Path dir = TestQuizzes.tempDir();
        String good = QuizFiles.twoQuestions("Good quiz", "published");
        QuizFiles.write(dir, "loader-a-bad-yaml.yaml", "title: [unclosed\nquestions: -");
        QuizFiles.write(dir, "loader-b-bad-key.yaml", good.replace("key: Loaded", "key: Maybe"));
        QuizFiles.write(dir, "loader-c-good.yaml", good);
        QuizFiles.write(dir, "loader-d-bad-skill.yaml", good.replace("skill: WHO_SAID", "skill: SPELLING"));
        QuizFiles.write(dir, "loader-e-bad-evidence.yaml", good.replace("evidence: Critics claimed", "evidence: Critics say"));

        List<FileResult> results = loader.loadFolder(dir);

        assertThat(results).extracting(FileResult::loaded).containsExactly(false, false, true, false, false);
        assertThat(results.get(0).problems().get(0).line()).isPositive();
        assertThat(results.get(1).problems().get(0).toString()).contains("line " + lineOf(good, "key: Loaded"), "'Maybe') is not one of its options");
        assertThat(results.get(3).problems().get(0).reason()).contains("unknown skill 'SPELLING'");
        assertThat(results.get(4).problems().get(0).reason()).contains("not found word for word");
        long storedBroken = QuarkusTransaction.requiringNew().call(
                () -> QuizSet.count("slug like 'loader-%' and slug <> 'loader-c-good' and sourceFile like 'loader-_-bad%'"));
        assertThat(storedBroken).isZero();
    }

    @Test
    void shouldVersionAnAnsweredQuestionWhenItsFileChanges() {
        String slug = "loader-versioned";
        String original = QuizFiles.twoQuestions("Versioned quiz", "published");
        TestQuizzes.load(loader, slug + ".yaml", original);
        Question asked = TestQuizzes.activeQuestions(slug).get(0);
        LearnerClient learner = new LearnerClient();
        String attempt = learner.start(slug, "Early bird");
        learner.answer(learner.nextQuestion(attempt), asked.answerIndex);

        FileResult edited = TestQuizzes.load(loader, slug + ".yaml",
                original.replace("Who said \"This park is for everyone\"?", "Who told reporters the park is for everyone?"));

        assertThat(edited.outcome()).isEqualTo(Outcome.UPDATED);
        List<Question> current = TestQuizzes.activeQuestions(slug);
        assertThat(current.get(0).prompt).isEqualTo("Who told reporters the park is for everyone?");
        assertThat(current.get(0).version).isEqualTo(2);
        assertThat(current.get(0).id).isNotEqualTo(asked.id);
        // The early attempt still shows what it was asked, and is not asked the new version again.
        learner.get(attempt + "/questions/" + asked.id).then().statusCode(200)
                .body(containsString("Who said &quot;This park is for everyone&quot;?"));
        learner.get(learner.nextQuestion(attempt)).then().body(containsString("Question 2 of 2"));
    }

    @Test
    void shouldShowTheArticleAsItsFileNowHasItOnPagesAlreadyShown() {
        String slug = "loader-article-edit";
        String original = QuizFiles.twoQuestions("Edited article quiz", "published");
        TestQuizzes.load(loader, slug + ".yaml", original);
        // Off the home page (still playable by its address): the link crawl of PageLinksTest reads that page.
        QuarkusTransaction.requiringNew().run(() -> QuizSet.update("listed = false where slug = ?1", slug));
        LearnerClient learner = new LearnerClient();
        String question = learner.nextQuestion(learner.start(slug, "Reader"));
        learner.get(question).then().statusCode(200)
                .body(containsString("The mayor announced a new park on Monday"))
                .body(containsString("Page boilerplate, not part of the story: </span>More From This Section"));

        // The page keeps the article rendered: a new text must still show at once, and stay escaped.
        String newText = original.replace("The mayor announced a new park on Monday",
                "The mayor opened a <b>new</b> park on Tuesday");
        TestQuizzes.load(loader, slug + ".yaml", newText);
        learner.get(question).then().statusCode(200)
                .body(containsString("The mayor opened a &lt;b&gt;new&lt;/b&gt; park on Tuesday"))
                .body(not(containsString("announced a new park on Monday")));

        // Only the boilerplate lines change: the line is shown as part of the story again.
        TestQuizzes.load(loader, slug + ".yaml", newText.replace("  boilerplate:\n    - More From This Section\n", ""));
        learner.get(question).then().statusCode(200)
                .body(containsString("<p>More From This Section</p>"))
                .body(not(containsString("Page boilerplate")));
    }

    @Test
    void shouldEditAnUnansweredQuestionInPlaceAndRetireARemovedOne() {
        String slug = "loader-in-place";
        String original = QuizFiles.twoQuestions("In-place quiz", "published");
        TestQuizzes.load(loader, slug + ".yaml", original);
        Question before = TestQuizzes.activeQuestions(slug).get(0);

        String edited = original.replace("The quote ends with", "Look at the end of the quote, which says");
        String withoutSecond = edited.substring(0, edited.indexOf("  - id: cue"));
        TestQuizzes.load(loader, slug + ".yaml", withoutSecond);

        List<Question> current = TestQuizzes.activeQuestions(slug);
        assertThat(current).hasSize(1);
        assertThat(current.get(0).id).isEqualTo(before.id);
        assertThat(current.get(0).explanation).startsWith("Look at the end of the quote, which says");
    }

    @Test
    void shouldShowAnUnansweredQuestionAsEditedOnAPageAlreadyShown() {
        String slug = "loader-question-edit";
        TestQuizzes.load(loader, slug + ".yaml", QuizFiles.twoQuestions("Edited question quiz", "published"));
        QuarkusTransaction.requiringNew().run(() -> QuizSet.update("listed = false where slug = ?1", slug));
        long id = TestQuizzes.activeQuestions(slug).get(0).id;
        LearnerClient learner = new LearnerClient();
        String question = learner.nextQuestion(learner.start(slug, "Reader"));
        learner.get(question).then().statusCode(200)
                .body(containsString("Who said &quot;This park is for everyone&quot;?"))
                .body(containsString("The city council"));

        // The page keeps each question's content: an edit in place (as a teacher's edit of a question no one has
        // answered yet, which leaves the article as it is) must show at once.
        QuarkusTransaction.requiringNew().run(() -> Question.<Question>findById(id).prompt = "Whose words open the <i>story</i>?");
        learner.get(question).then().statusCode(200)
                .body(containsString("Whose words open the &lt;i&gt;story&lt;/i&gt;?"))
                .body(not(containsString("This park is for everyone&quot;?")));

        // Only an option changes (the question's own row stays as it was): the new option shows too.
        QuarkusTransaction.requiringNew().run(() -> Question.<Question>findById(id).options.set(1, "The park board"));
        learner.get(question).then().statusCode(200)
                .body(containsString("The park board"))
                .body(not(containsString("The city council")));
    }

    @Test
    void shouldLoadTheSeedQuizAtStart() {
        List<Question> seed = TestQuizzes.activeQuestions("helsinki-summit");

        assertThat(seed).hasSizeGreaterThanOrEqualTo(12);
        assertThat(seed.stream().map(q -> q.skill).distinct().count()).isGreaterThanOrEqualTo(5);
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
