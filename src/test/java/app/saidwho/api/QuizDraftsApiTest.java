package app.saidwho.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import app.saidwho.quiz.Question;
import app.saidwho.quiz.load.QuizSetImporter;
import app.saidwho.quiz.load.QuizSetLoader;
import app.saidwho.support.TestQuizzes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuizDraftsApiTest {
    static final String ARTICLE = "\"We will build more parks,\" Mayor Ana Lopez said on Monday.\n"
            + "\"Not with my money,\" Governor Tom Berg said in a tweet.\n"
            + "\"The city needs trees,\" said councillor Mia Chen.\n"
            // a second quotation of the mayor's: an EVIDENCE item never asks about words a WHO_SAID question keys
            + "\"The first trees go in next week,\" Lopez said on Friday.\n"
            + "Critics claimed the plan was far too expensive for a small town.\n"
            + "The park will open next spring after two years of building work.";

    @Inject
    QuizSetLoader loader;

    @Test
    void shouldReturnQuestionsWhoseAnswerIndexPointsAtTheKey() {
        JsonPath json = given().contentType("text/plain; charset=UTF-8").body(ARTICLE)
                .when().post("/api/v1/quiz-drafts")
                .then().statusCode(200).body("questions.size()", greaterThanOrEqualTo(5))
                .extract().jsonPath();

        List<Map<String, Object>> questions = json.getList("questions");
        Map<String, Object> whoSaid = questions.stream()
                .filter(q -> q.get("prompt").equals("Who said \"We will build more parks\"?")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<String> options = (List<String>) whoSaid.get("options");
        assertThat(options.get((Integer) whoSaid.get("answer"))).isEqualTo("Ana Lopez");
        @SuppressWarnings("unchecked")
        Map<String, Object> evidence = (Map<String, Object>) whoSaid.get("evidence");
        assertThat(ARTICLE.substring((Integer) evidence.get("start"), (Integer) evidence.get("end")))
                .isEqualTo(evidence.get("text")).contains("We will build more parks");
    }

    @Test
    void shouldGiveEachQuestionItsTypeWithPairsForAMatchAndARubricForAWrittenAnswer() {
        JsonPath json = given().contentType("text/plain; charset=UTF-8").body(ARTICLE)
                .when().post("/api/v1/quiz-drafts").then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> questions = json.getList("questions");
        assertThat(questions).allSatisfy(q -> assertThat(q.get("type")).isIn("CHOICE", "MATCH", "EVIDENCE", "SHORT_ANSWER"));
        Map<String, Object> match = questions.stream().filter(q -> q.get("type").equals("MATCH")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, String>> pairs = (List<Map<String, String>>) match.get("pairs");
        @SuppressWarnings("unchecked")
        List<String> pool = (List<String>) match.get("options");
        assertThat(pairs).contains(Map.of("prompt", "Not with my money", "answer", "Tom Berg"))
                .containsAnyOf(Map.of("prompt", "We will build more parks", "answer", "Ana Lopez"),
                        Map.of("prompt", "The first trees go in next week", "answer", "Ana Lopez"));
        assertThat(pool).hasSizeGreaterThanOrEqualTo(pairs.size())
                .containsAll(pairs.stream().map(p -> p.get("answer")).toList());
        assertThat(match).doesNotContainKey("answer");
        Map<String, Object> evidence = questions.stream().filter(q -> q.get("type").equals("EVIDENCE")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<String> passages = (List<String>) evidence.get("options");
        assertThat(passages).allSatisfy(p -> assertThat(ARTICLE).contains(p));
        assertThat(passages.get((Integer) evidence.get("answer"))).contains("said");
        Map<String, Object> written = questions.stream().filter(q -> q.get("type").equals("SHORT_ANSWER")).findFirst().orElseThrow();
        assertThat(written).containsKey("rubric").doesNotContainKey("options").doesNotContainKey("answer");
        @SuppressWarnings("unchecked")
        Map<String, String> rubric = (Map<String, String>) written.get("rubric");
        assertThat(rubric).containsOnlyKeys("proficient", "emergent", "basic");
    }

    @Test
    void shouldRejectBadBodiesLikeTheAttributionsEndpoint() {
        given().contentType("text/plain").body("").when().post("/api/v1/quiz-drafts").then().statusCode(400)
                .body("error", containsString("empty"));
        given().contentType("application/xml").body("<a/>").when().post("/api/v1/quiz-drafts").then().statusCode(415);
        given().contentType("text/plain").body("y".repeat(500_001)).when().post("/api/v1/quiz-drafts")
                .then().statusCode(413);
    }

    @Test
    void shouldExportADraftThatLoadsBackWithTheSameQuestions() {
        String yaml = given().contentType("text/plain; charset=UTF-8").body(ARTICLE)
                .queryParam("slug", "api-park-draft").queryParam("title", "Park draft")
                .when().post("/api/v1/quiz-set-files")
                .then().statusCode(200).header("Content-Disposition", containsString("api-park-draft.yaml"))
                .extract().asString();
        JsonPath draft = given().contentType("text/plain; charset=UTF-8").body(ARTICLE)
                .when().post("/api/v1/quiz-drafts").then().extract().jsonPath();

        QuizSetLoader.FileResult loaded = TestQuizzes.load(loader, "api-park-draft.yaml", yaml);

        assertThat(loaded.outcome()).isEqualTo(QuizSetImporter.Outcome.CREATED);
        List<Question> stored = QuarkusTransaction.requiringNew().call(() -> {
            List<Question> all = Question.listCurrent(app.saidwho.quiz.QuizSet.findBySlug("api-park-draft").orElseThrow());
            all.forEach(q -> q.options.size());
            return all;
        });
        List<String> prompts = draft.getList("questions.prompt");
        List<String> keys = draft.getList("questions").stream().map(q -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) q;
            @SuppressWarnings("unchecked")
            List<String> options = (List<String>) m.get("options");
            return m.get("answer") == null ? "" : options.get((Integer) m.get("answer"));
        }).toList();
        assertThat(stored).extracting(q -> q.prompt).containsExactlyElementsOf(prompts);
        assertThat(stored).extracting(Question::key).containsExactlyElementsOf(keys);
    }
}
