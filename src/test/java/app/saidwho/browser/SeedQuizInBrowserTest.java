package app.saidwho.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.saidwho.quiz.Question;
import app.saidwho.support.SystemPackages;
import app.saidwho.support.TestQuizzes;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A learner takes the seed quiz in headless Chromium: every answer, the score, and accessibility. */
@QuarkusTest
class SeedQuizInBrowserTest {
    static Playwright playwright;
    static Browser browser;

    @TestHTTPResource("/")
    URL home;

    @BeforeAll
    static void launchBrowser() {
        Path chromium = SystemPackages.chromium();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void shouldTakeTheSeedQuizAndShowTheScoreOfTheAnswersGiven() {
        Map<String, Question> byPrompt = TestQuizzes.activeQuestions("helsinki-summit").stream()
                .collect(Collectors.toMap(q -> q.prompt, Function.identity()));
        Page page = browser.newPage();
        page.navigate(home.toString());
        page.getByText("Trump invites Putin after the Helsinki summit").click();
        page.getByLabel("Your name").fill("Browser Learner");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Start the quiz")).click();

        int asked = 0;
        int right = 0;
        while (!page.url().endsWith("/result")) {
            Question question = byPrompt.get(page.locator("legend").innerText().strip());
            assertThat(question).as("the prompt on the page is a question of the seed set").isNotNull();
            assertThat(page.locator(".progress-line span").innerText()).isEqualTo(
                    "Question " + (asked + 1) + " of " + byPrompt.size());
            if (asked == 0) {
                assertNoSeriousAccessibilityProblems(page);
                screenshot(page, "question");
            }
            boolean answerRight = asked % 3 != 1;
            String choice = answerRight ? question.key()
                    : question.options.stream().filter(o -> !o.equals(question.key())).findFirst().orElseThrow();
            page.getByLabel(choice, new Page.GetByLabelOptions().setExact(true)).check();
            page.getByText("Check my answer").click();

            assertThat(page.locator(".verdict").innerText()).contains(answerRight ? "Right" : "Not right");
            assertThat(page.locator(".evidence mark").innerText()).isEqualTo(question.evidenceText);
            if (asked == 0) {
                assertNoSeriousAccessibilityProblems(page);
                screenshot(page, "feedback");
            }
            asked++;
            right += answerRight ? 1 : 0;
            page.locator(".feedback a.button").click();
        }

        assertThat(asked).isEqualTo(byPrompt.size());
        assertThat(page.locator(".score").innerText())
                .isEqualTo("You got " + right + " of " + asked + " points (" + Math.round(100f * right / asked) + "%).");
        assertThat(page.locator("table.skills tbody tr").count()).isEqualTo(
                (int) byPrompt.values().stream().map(q -> q.skill).distinct().count());
        assertNoSeriousAccessibilityProblems(page);
        screenshot(page, "result");
        page.close();
    }

    @Test
    void shouldFitAQuestionOnA320PixelPhone() {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(320, 640));
        page.navigate(home.toString() + "quizzes/helsinki-summit");
        page.getByLabel("Your name").fill("Small Screen");
        page.getByText("Start the quiz").click();

        assertThat(page.locator("legend").isVisible()).isTrue();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in pixels").isLessThanOrEqualTo(0);
        screenshot(page, "question-phone");
        page.close();
    }

    @Test
    void shouldTakeATeacherFromAPastedArticleThroughApproveAllAndOneEditToAQuizALearnerCompletes() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            if (app.saidwho.account.Account.findByUsername("cleo").isEmpty()) {
                app.saidwho.account.Account.create("cleo", "cleo's long password", app.saidwho.account.Account.TEACHER);
            }
        });
        Page teacher = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
        teacher.navigate(home + "login");
        teacher.getByLabel("User name").fill("cleo");
        teacher.getByLabel("Password").fill("cleo's long password");
        teacher.getByText("Sign in", new Page.GetByTextOptions().setExact(true)).last().click();
        teacher.getByText("New quiz set from an article").click();
        teacher.locator("#title").fill("A new park for the city");
        teacher.locator("#publisher").fill("Test Gazette");
        teacher.locator("#text").fill("The council will vote on the park plan on Friday, the mayor's office has announced.\n"
                + "\"We will build more parks,\" Mayor Ana Lopez said on Monday.\n"
                + "\"Not with my money,\" Governor Tom Berg said in a tweet.\n"
                + "\"The city needs trees,\" said councillor Mia Chen.\n"
                + "Critics claimed the plan was far too expensive for a small town.\n"
                + "The park will open next spring after two years of building work on the old factory site.");
        teacher.getByText("Write draft questions", new Page.GetByTextOptions().setExact(true)).click();

        assertThat(teacher.locator(".hl-source").count()).isPositive();
        double firstQuestionTop = ((Number) teacher.evaluate(
                "() => document.querySelector('.question-card').getBoundingClientRect().top + window.scrollY")).doubleValue();
        assertThat(firstQuestionTop).as("top of the first question, in pixels from the page top")
                .isLessThan(1.5 * 900);
        int questions = teacher.locator(".question-card").count();
        assertThat(questions).isPositive();
        assertNoSeriousAccessibilityProblems(teacher);
        teacher.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "teacher-review.png")));

        teacher.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Approve all " + questions + " drafts")).click();
        assertThat(teacher.locator(".notice").innerText()).contains("Every draft question is approved");
        assertThat(teacher.locator(".question-card .badge-approved").count()).isEqualTo(questions);

        teacher.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Edit question 1").setExact(true)).click();
        double optionWidth = ((Number) teacher.evaluate(
                "() => Math.min(...[...document.querySelectorAll('.option input[type=text]')].map(i => i.getBoundingClientRect().width))"))
                .doubleValue();
        assertThat(optionWidth).as("narrowest option text box, in pixels").isGreaterThanOrEqualTo(200);
        assertNoSeriousAccessibilityProblems(teacher);
        teacher.locator("#prompt").fill("Who promised the city more parks?");
        teacher.getByText("Save the question").click();
        assertThat(teacher.locator(".question-card .prompt").first().innerText()).isEqualTo("Who promised the city more parks?");

        teacher.getByText("Publish the approved questions").click();
        assertThat(teacher.locator("h1 .badge").innerText()).isEqualToIgnoringCase("published");
        teacher.getByText("Projector page").click();
        String code = teacher.locator(".join-code").innerText();
        assertNoSeriousAccessibilityProblems(teacher);

        Page learner = browser.newPage();
        learner.navigate(home.toString());
        learner.getByLabel("Got a code from your teacher?").fill(code);
        learner.getByText("Join", new Page.GetByTextOptions().setExact(true)).click();
        learner.getByLabel("Your name").fill("Code Joiner");
        learner.getByText("Start the quiz").click();
        assertThat(learner.locator(".keep-link").innerText()).contains("Keep this link to come back");
        int answered = 0;
        java.util.Set<String> types = new java.util.HashSet<>();
        while (!learner.url().endsWith("/result")) {
            types.add(answerWithTheKeyboard(learner));
            learner.locator(".feedback a.button").click();
            answered++;
        }
        assertThat(answered).isEqualTo(questions);
        assertThat(types).as("item types the learner met").contains("choice", "match", "written");
        assertThat(learner.locator(".score").innerText()).contains(" points (");
        assertThat(learner.locator("body").innerText()).contains("One written answer waits for your teacher's score");
        assertNoSeriousAccessibilityProblems(learner);

        // The projector's script updates the counts without a reload.
        teacher.waitForCondition(() -> teacher.locator("#finished").innerText().equals("1"),
                new Page.WaitForConditionOptions().setTimeout(10_000));
        assertThat(teacher.locator("#joined").innerText()).isEqualTo("1");
        teacher.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "projector.png")));

        teacher.getByText("Back to the quiz set").click();
        teacher.getByText("Score report").click();
        assertThat(teacher.locator("svg.chart rect.bar-fill").count()).isGreaterThanOrEqualTo(10);
        assertThat(teacher.locator("#started").innerText()).isEqualTo("1");
        assertNoSeriousAccessibilityProblems(teacher);
        screenshot(teacher, "teacher-report");
        teacher.close();
        learner.close();
    }

    /**
     * Answers the question on the page with the keyboard only, whatever its type: a select per MATCH row, a
     * textarea for a written answer, radio buttons otherwise; checks the form is axe-clean first. Returns the type.
     */
    private static String answerWithTheKeyboard(Page page) {
        assertNoSeriousAccessibilityProblems(page);
        String type;
        if (page.locator("form.question select").count() > 0) {
            type = "match";
            int rows = page.locator("form.question select").count();
            for (int row = 0; row < rows; row++) {
                page.locator("#pair-" + row).focus();
                page.keyboard().press("ArrowDown");
            }
        } else if (page.locator("form.question textarea").count() > 0) {
            type = "written";
            page.locator("#text").focus();
            page.keyboard().type("I would ask who the critics are and look for the cost in the council's plan.");
        } else {
            type = "choice";
            page.locator("input[type=radio]").first().focus();
            page.keyboard().press("Space");
        }
        page.locator("form.question button[type=submit]").focus();
        page.keyboard().press("Enter");
        page.waitForSelector(".feedback");
        return type;
    }

    private static void assertNoSeriousAccessibilityProblems(Page page) {
        AxeResults results = new AxeBuilder(page).setLegacyMode(true).analyze();
        assertThat(results.getPasses()).as("axe-core checked the page").isNotEmpty();
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(SeedQuizInBrowserTest::describe)
                .toList();
        assertThat(serious).as("serious or critical axe-core violations on " + page.url()).isEmpty();
    }

    /** Pages as a learner sees them, for docs/ and for looking at after a run: target/screenshots. */
    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", name + ".png")));
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp();
    }
}
