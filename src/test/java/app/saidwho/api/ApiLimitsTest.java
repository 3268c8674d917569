package app.saidwho.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public API's limits: requests per address and analyses at once (the profile share per 60 s, 2 at once). */
@QuarkusTest
class ApiLimitsTest {
    static final String ARTICLE = "\"We need this park,\" Mayor Ana Lopez told reporters.";

    @Inject
    ApiLimits limits;

    @Inject
    app.saidwho.config.SaidWhoConfig config;

    @BeforeEach
    @AfterEach
    void forget() {
        limits.clear();
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceAnAddressSentItsShare() {
        for (int i = 0; i < config.api().requestsPerWindow(); i++) {
            given().contentType("text/plain; charset=UTF-8").body("").when().post("/api/v1/attributions")
                    .then().statusCode(400);
        }
        given().contentType("text/plain; charset=UTF-8").body(ARTICLE).when().post("/api/v1/quiz-drafts")
                .then().statusCode(429).header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("error", containsString("Too many requests"));
    }

    @Test
    void shouldRefuseMoreAnalysesAtOnceThanTheCap() throws Exception {
        String sentence = "\"We need this park,\" Mayor Ana Lopez told reporters. ";
        String longArticle = sentence.repeat(100_000 / sentence.length());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                posts.add(() -> given().contentType("text/plain; charset=UTF-8").body(longArticle)
                        .when().post("/api/v1/attributions").then().extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> done : pool.invokeAll(posts)) {
                statuses.add(done.get());
            }
            assertThat(statuses).containsOnly(200, 429).contains(429);
            assertThat(statuses.stream().filter(s -> s == 200).count()).isGreaterThanOrEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
