package app.saidwho.teach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.saidwho.attribution.EngineVersion;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuestionContent;
import app.saidwho.quiz.Questions;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.analysis.ArticleAnalyses;
import app.saidwho.quiz.analysis.ArticleAnalysis;
import app.saidwho.support.LearnerClient;
import app.saidwho.support.Teachers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A set's analysis is stored when it is made; the review page rests on it; only current versions change. */
@QuarkusTest
class StoredAnalysisTest {
    static final String ARTICLE = "\"The bridge opens in May,\" Mayor Ines Varga said on Monday.\n"
            + "\"We have not seen the budget,\" councillor Piet Aldo said.\n";
    static final String SPEAKER = "<section class=\"speaker\">";

    @Inject
    QuizSetDrafts drafts;

    @Inject
    ArticleAnalyses analyses;

    @Inject
    Questions questions;

    String slug;
    LearnerClient teacher;

    @BeforeEach
    void aNewSetOfASignedInTeacher() {
        slug = drafts.create(new QuizSetDrafts.ArticleForm("Bridge", "Gazette", null, null, ARTICLE),
                Teachers.account("analyst"));
        teacher = Teachers.signedIn("analyst");
    }

    @Test
    void shouldStoreTheAnalysisOfThisEngineVersionWhenTheSetIsMade() {
        ArticleAnalysis stored = QuarkusTransaction.requiringNew().call(() -> ArticleAnalysis.findFor(set().article)
                .orElseThrow());
        assertThat(stored.engineVersion).isEqualTo(analyses.engineVersion());
        assertThat(stored.resultJson).contains("Ines Varga").contains("Piet Aldo");
    }

    @Test
    void shouldShowTheStoredAnalysisUntilTheTeacherAsksForANewOne() {
        // A speaker's section of the "who said what" panel comes only from the analysis.
        teacher.get("/teach/sets/" + slug).then().statusCode(200).body(containsString(SPEAKER));
        QuarkusTransaction.requiringNew().run(() -> ArticleAnalysis.findFor(set().article).orElseThrow().resultJson =
                "{\"attributions\":[],\"unattributed\":[],\"boilerplate\":[]}");
        teacher.get("/teach/sets/" + slug).then().statusCode(200).body(not(containsString(SPEAKER)));
        teacher.submit("/teach/sets/" + slug + "/analysis", Map.of()).then().statusCode(303);
        teacher.get("/teach/sets/" + slug).then().statusCode(200).body(containsString(SPEAKER));
    }

    @Test
    void shouldKeepTheStoredAnalysisForThisEngineVersionAndMakeItAgainForAnother() {
        String empty = "{\"attributions\":[],\"unattributed\":[],\"boilerplate\":[]}";
        QuarkusTransaction.requiringNew().run(() -> ArticleAnalysis.findFor(set().article).orElseThrow().resultJson = empty);
        assertThat(QuarkusTransaction.requiringNew().call(() -> analyses.of(set().article).attributions()))
                .as("the same engine version: the stored analysis, as stored").isEmpty();
        QuarkusTransaction.requiringNew().run(() -> ArticleAnalysis.findFor(set().article).orElseThrow().engineVersion =
                "rules-0+0000000000000000");
        assertThat(QuarkusTransaction.requiringNew().call(() -> analyses.of(set().article).attributions()))
                .as("another engine version: the engine runs again").isNotEmpty();
        ArticleAnalysis remade = QuarkusTransaction.requiringNew().call(() -> ArticleAnalysis.findFor(set().article)
                .orElseThrow());
        assertThat(remade.engineVersion).isEqualTo(EngineVersion.current());
        assertThat(remade.resultJson).contains("Ines Varga");
    }

    @Test
    void shouldRefuseToApproveARetiredVersion() {
        long[] ids = QuarkusTransaction.requiringNew().call(() -> {
            Question old = Question.listCurrent(set()).get(0);
            Question next = questions.add(old.quizSet, old.questionKey, old.position, QuestionContent.of(old),
                    old.status, old.origin);
            old.retired = true;
            return new long[] {old.id, next.id, next.version};
        });
        assertThat(ids[2]).as("the next version of the key").isEqualTo(2);
        teacher.get("/teach/sets/" + slug);
        teacher.submit("/teach/sets/" + slug + "/questions/" + ids[0], Map.of("decision", "approve"))
                .then().statusCode(404);
        teacher.submit("/teach/sets/" + slug + "/questions/" + ids[1], Map.of("decision", "approve"))
                .then().statusCode(303);
    }

    private QuizSet set() {
        return QuizSet.findBySlug(slug).orElseThrow();
    }
}
