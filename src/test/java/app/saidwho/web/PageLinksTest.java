package app.saidwho.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.account.Account;
import app.saidwho.support.LearnerClient;
import app.saidwho.support.QuizFiles;
import app.saidwho.support.Teachers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every link on the teacher's, the admin's and the learner's pages leads to a page; every form posts to a route. */
@QuarkusTest
class PageLinksTest {
    static final Pattern HREF = Pattern.compile("<a [^>]*href=\"(/[^\"]*)\"");
    static final Pattern POST_FORM = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"");
    static final int MAX_PAGES = 60;

    @Test
    void shouldLeadEveryLinkOfATeachersSetToAPage() {
        LearnerClient teacher = Teachers.signedIn("link-walker");
        String review = upload(teacher, QuizFiles.everyType("Linked quiz"));
        teacher.get(review);
        teacher.submit(review + "/approve-all", Map.of()).then().statusCode(303);
        teacher.get(review);
        teacher.submit(review + "/publish", Map.of("action", "publish")).then().statusCode(303);
        String slug = review.substring(review.lastIndexOf('/') + 1);
        LearnerClient learner = new LearnerClient();
        String question = learner.nextQuestion(learner.start(slug, "Walker"));
        learner.answer(question, 0).then().statusCode(303);

        Set<String> seen = crawl(teacher, "/teach", review);
        assertThat(seen).as("the crawl reached the set's pages").anyMatch(p -> p.endsWith("/edit-item"))
                .anyMatch(p -> p.contains("/report/item-types")).anyMatch(p -> p.startsWith("/teach/learners/attempts/"));
        assertThat(crawl(learner, "/", question)).anyMatch(p -> p.endsWith("/article"));
        assertThat(postedWithoutToken(teacher, review + "/no-such-action")).as("the check can fail").isEqualTo(404);
    }

    @Test
    void shouldLeadEveryLinkOfTheAdminsListToAPage() {
        QuarkusTransaction.requiringNew().run(() -> Account.findByUsername("link-admin")
                .orElseGet(() -> Account.create("link-admin", "link-admin's password", Account.ADMIN)));
        Teachers.account("link-listed");
        LearnerClient admin = new LearnerClient();
        admin.post("/j_security_check", Map.of("j_username", "link-admin", "j_password", "link-admin's password"));
        assertThat(crawl(admin, "/teach/teachers")).contains("/teach/teachers");
    }

    /** Reads pages from the starts on, link by link; fails on a link that is no page or a form that posts nowhere. */
    private static Set<String> crawl(LearnerClient client, String... starts) {
        Set<String> seen = new LinkedHashSet<>(List.of(starts));
        Deque<String> next = new ArrayDeque<>(seen);
        List<String> broken = new ArrayList<>();
        while (!next.isEmpty() && seen.size() < MAX_PAGES) {
            String page = next.poll();
            var response = client.get(page);
            if (response.statusCode() >= 400) {
                broken.add(page + " -> " + response.statusCode());
                continue;
            }
            String html = response.asString();
            for (String form : all(POST_FORM, html)) {
                // Posted without its CSRF token, nothing changes: a route refuses it (400), no route is 404.
                int status = postedWithoutToken(client, form);
                if (status == 404 || status == 405) {
                    broken.add("form on " + page + " posts to " + form + " -> " + status);
                }
            }
            for (String link : all(HREF, html)) {
                if (!link.equals("/logout") && seen.add(link)) {
                    next.add(link);
                }
            }
        }
        assertThat(broken).isEmpty();
        return seen;
    }

    private static int postedWithoutToken(LearnerClient client, String path) {
        return given().redirects().follow(false).cookies(client.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("x", "y").post(path).statusCode();
    }

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(1).replace("&amp;", "&").replaceFirst("#.*", ""));
        }
        return found;
    }

    private static String upload(LearnerClient teacher, String content) {
        teacher.get("/teach/sets/upload").then().statusCode(200);
        return LearnerClient.path(given().redirects().follow(false).cookies(teacher.cookies())
                .multiPart("csrf-token", teacher.csrfToken()).multiPart("file", "linked.yaml", content.getBytes())
                .when().post("/teach/sets/upload").then().statusCode(303).extract().header("Location"));
    }
}
