package app.saidwho.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without JavaScript: keeps cookies, reads forms from the HTML, follows redirects by hand. */
public final class LearnerClient {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String lastCsrfToken;

    public Response get(String path) {
        Response response = given().redirects().follow(false).cookies(cookies).when().get(path);
        remember(response);
        return response;
    }

    public Response post(String path, Map<String, String> form) {
        Response response = given().redirects().follow(false).cookies(cookies)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(form).when().post(path);
        remember(response);
        return response;
    }

    /** Posts the form with the CSRF token taken from the last page read. */
    public Response submit(String path, Map<String, String> fields) {
        Map<String, String> form = new HashMap<>(fields);
        form.put("csrf-token", lastCsrfToken);
        return post(path, form);
    }

    /** Posts a form whose fields may repeat (a select per MATCH row), with the CSRF token of the last page read. */
    public Response submitRepeated(String path, String field, java.util.List<String> values) {
        Response response = given().redirects().follow(false).cookies(cookies)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", lastCsrfToken).formParam(field, values.toArray())
                .when().post(path);
        remember(response);
        return response;
    }

    /** Form fields, some repeated (one box per row), in the order a browser sends them. */
    public record Fields(Map<String, String> single, Map<String, java.util.List<String>> repeated) {
        public Fields(Map<String, String> single) {
            this(single, Map.of());
        }

        public Fields repeat(String name, java.util.List<String> values) {
            Map<String, java.util.List<String>> more = new java.util.LinkedHashMap<>(repeated);
            more.put(name, values);
            return new Fields(single, more);
        }
    }

    /** Posts single and repeated fields with the CSRF token of the last page read. */
    public Response submitFields(String path, Fields fields) {
        var request = given().redirects().follow(false).cookies(cookies)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", lastCsrfToken).formParams(fields.single());
        fields.repeated().forEach((name, values) -> request.formParam(name, values.toArray()));
        Response response = request.when().post(path);
        remember(response);
        return response;
    }

    /** Starts an attempt on the quiz page and returns the attempt's path. */
    public String start(String slug, String name) {
        get("/quizzes/" + slug).then().statusCode(200);
        Response started = submit("/quizzes/" + slug + "/attempts", Map.of("name", name));
        started.then().statusCode(303);
        return path(started.header("Location"));
    }

    /** Follows the attempt link to the page of the next question and returns that page's path. */
    public String nextQuestion(String attemptPath) {
        return path(get(attemptPath).then().statusCode(303).extract().header("Location"));
    }

    /** Reads the question page and answers with the option whose stored index is given. */
    public Response answer(String questionPath, int choice) {
        String html = get(questionPath).then().statusCode(200).extract().asString();
        Matcher action = FORM_ACTION.matcher(html);
        if (!action.find()) {
            throw new AssertionError("no answer form on " + questionPath);
        }
        return submit(action.group(1), Map.of("choice", String.valueOf(choice)));
    }

    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    public String csrfToken() {
        return lastCsrfToken;
    }

    public static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private void remember(Response response) {
        cookies.putAll(response.getCookies());
        Matcher token = CSRF.matcher(response.asString());
        if (token.find()) {
            lastCsrfToken = token.group(1);
        }
    }
}
