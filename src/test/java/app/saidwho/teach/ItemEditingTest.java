package app.saidwho.teach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import app.saidwho.account.Account;
import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.MatchPair;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.Rubric;
import app.saidwho.quiz.load.QuizSetLoader;
import app.saidwho.support.LearnerClient;
import app.saidwho.support.QuizFiles;
import app.saidwho.support.TestQuizzes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Teachers write and edit matching and written questions on their own forms. */
@QuarkusTest
class ItemEditingTest {
    static final String SLUG = "items-park";
    static boolean loaded;

    @Inject
    QuizSetLoader loader;

    LearnerClient teacher;

    @BeforeEach
    void loadTheSetOwnedByATeacher() {
        if (!loaded) {
            loaded = true;
            TestQuizzes.load(loader, SLUG + ".yaml", QuizFiles.everyType("Items quiz"));
            QuarkusTransaction.requiringNew().run(() -> QuizSet.<QuizSet>find("slug", SLUG).firstResult().ownerId =
                    Account.findByUsername("itemist").orElseGet(() -> Account.create("itemist", "itemist's password",
                            Account.TEACHER)).id);
        }
        teacher = new LearnerClient();
        teacher.post("/j_security_check", Map.of("j_username", "itemist", "j_password", "itemist's password"));
    }

    @Test
    void shouldAddAMatchWhosePoolHoldsEverySpeakerAndTheOthersOffered() {
        teacher.get("/teach/sets/" + SLUG + "/questions/new-item?type=MATCH").then().statusCode(200)
                .body(containsString("<label for=\"quotation-0\">Quotation 1</label>"))
                .body(containsString("<option value=\"WHO_SAID\" selected>Who said it</option>"));
        Map<String, String> form = new HashMap<>(Map.of("type", "MATCH", "skill", "WHO_SAID",
                "prompt", "Match each statement to its source.", "others", "The city council\nTom Berg",
                "explanation", "Each statement stands next to its source.", "evidence", "Critics claimed the plan"));
        LearnerClient.Fields fields = new LearnerClient.Fields(form)
                .repeat("quotation", List.of("This park is for everyone", "the plan was too expensive", "", "", "", ""))
                .repeat("speaker", List.of("Ana Lopez", "Critics", "", "", "", ""));
        teacher.submitFields("/teach/sets/" + SLUG + "/questions/new-item", fields).then().statusCode(303);

        Question added = find("Match each statement to its source.");
        assertThat(added.type).isEqualTo(ItemType.MATCH);
        assertThat(added.matchPairs()).containsExactly(new MatchPair("This park is for everyone", "Ana Lopez"),
                new MatchPair("the plan was too expensive", "Critics"));
        assertThat(added.options).containsExactly("Ana Lopez", "Critics", "The city council", "Tom Berg");
        assertThat(added.answerIndex).isEqualTo(-1);
        teacher.get("/teach/sets/" + SLUG).then().statusCode(200).body(containsString("<td>Critics</td>"));
    }

    @Test
    void shouldShowWhatIsMissingNextToTheRowsAndStoreNothing() {
        teacher.get("/teach/sets/" + SLUG + "/questions/new-item?type=MATCH");
        LearnerClient.Fields fields = new LearnerClient.Fields(Map.of("type", "MATCH", "skill", "WHO_SAID",
                "prompt", "Half a row", "others", "", "explanation", "Why.", "evidence", "Critics claimed the plan"))
                .repeat("quotation", List.of("This park is for everyone", "the plan was too expensive"))
                .repeat("speaker", List.of("Ana Lopez", ""));
        teacher.submitFields("/teach/sets/" + SLUG + "/questions/new-item", fields).then().statusCode(400)
                .body(containsString("Fill in both the quotation and its speaker on each row you use."))
                .body(containsString("value=\"the plan was too expensive\""));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Question.count("prompt", "Half a row"))).isZero();
    }

    @Test
    void shouldEditTheRubricOfAWrittenQuestion() {
        Question written = TestQuizzes.activeQuestions(SLUG).stream().filter(q -> q.type == ItemType.SHORT_ANSWER)
                .findFirst().orElseThrow();
        String page = "/teach/sets/" + SLUG + "/questions/" + written.id + "/edit-item";
        teacher.get(page).then().statusCode(200).body(containsString("Names who the critics are"));
        teacher.submit(page, Map.of("skill", "UNSOURCED", "prompt", written.prompt, "proficient", "Asks who the critics are.",
                "emergent", "Asks for any evidence.", "basic", "Repeats the claim.", "explanation", written.explanation,
                "evidence", written.evidenceText)).then().statusCode(303);

        Question edited = find(written.prompt);
        assertThat(edited.type).isEqualTo(ItemType.SHORT_ANSWER);
        assertThat(edited.rubric()).isEqualTo(new Rubric("Asks who the critics are.", "Asks for any evidence.",
                "Repeats the claim."));
        teacher.get("/teach/sets/" + SLUG + "/questions/" + written.id + "/edit").then().statusCode(409);
    }

    private static Question find(String prompt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Question q = Question.<Question>find("prompt = ?1 and retired = false and quizSet.slug = ?2", prompt, SLUG)
                    .firstResult();
            q.pairs.size();
            q.options.size();
            return q;
        });
    }
}
