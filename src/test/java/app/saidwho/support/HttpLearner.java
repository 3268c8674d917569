package app.saidwho.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A learner on plain JDK HTTP (no test framework), for load runs against a server in another process:
 * starts attempts and answers the next question of each, remembering only what the server acknowledged.
 */
public final class HttpLearner {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;
    private String csrfToken;
    private String attempt;

    public HttpLearner(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** An answer the server confirmed with its 303: the attempt's path and the question's id. */
    public record Acknowledged(String attemptPath, long questionId) {
    }

    /** Starts a new attempt on the quiz; returns the attempt's path. */
    public String start(String slug, String name) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve("/quizzes/" + slug)).GET());
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IOException("no start form on the quiz page (" + page.statusCode() + ")");
        }
        csrfToken = token.group(1);
        HttpResponse<String> started = post("/quizzes/" + slug + "/attempts", "name=" + name.replace(' ', '+'));
        attempt = location(started).orElseThrow(() -> new IOException("start answered " + started.statusCode()));
        return attempt;
    }

    /** Answers the attempt's next question with {@code choice}; empty once the attempt is finished. */
    public Optional<Acknowledged> answerNext(int choice) throws IOException, InterruptedException {
        String next = location(send(HttpRequest.newBuilder(base.resolve(attempt)).GET())).orElseThrow();
        if (next.endsWith("/result")) {
            return Optional.empty();
        }
        HttpResponse<String> answered = post(next, "choice=" + choice);
        if (answered.statusCode() != 303) {
            throw new IOException("answer answered " + answered.statusCode());
        }
        return Optional.of(new Acknowledged(attempt, Long.parseLong(next.substring(next.lastIndexOf('/') + 1))));
    }

    /** The page of a question of this learner's attempts (feedback once answered). */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&csrf-token=" + csrfToken)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", ""));
    }
}
