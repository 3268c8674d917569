package app.saidwho.report;

import app.saidwho.web.Link;
import io.quarkus.qute.TemplateExtension;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;

/** Links to a set's reports and attempts, for templates: {@code {report:report(slug)}}. */
@TemplateExtension(namespace = "report")
public final class ReportLinks {
    private static final Link REPORT = Link.to(ReportPages.class);
    private static final Link ATTEMPTS_CSV = Link.to(ReportPages.class, "attempts");
    private static final Link RESPONSES_CSV = Link.to(ReportPages.class, "responses");
    private static final Link ITEM_TYPES = Link.to(ReportPages.class, "itemTypes");
    private static final Link PAIRS_CSV = Link.to(ReportPages.class, "pairs");
    private static final Link WRITTEN_CSV = Link.to(ReportPages.class, "written");
    private static final Link SET_ATTEMPTS = Link.to(LearnerPages.class, "attempts");
    private static final Link ATTEMPT = Link.to(LearnerPages.class, "attempt");
    private static final Link DELETE_ATTEMPT = Link.to(LearnerPages.class, "deleteAttempt");

    private ReportLinks() {
    }

    /** The set's score report. */
    static String report(String slug) {
        return REPORT.with(slug);
    }

    /** The attempts CSV under the report's filters (dates as typed; unfinished attempts too unless finished only). */
    static String attemptsCsv(String slug, String from, String to, boolean finishedOnly) {
        return filtered(ATTEMPTS_CSV, from, to, finishedOnly).build(slug).toString();
    }

    static String responsesCsv(String slug, String from, String to, boolean finishedOnly) {
        return filtered(RESPONSES_CSV, from, to, finishedOnly).build(slug).toString();
    }

    private static UriBuilder filtered(Link csv, String from, String to, boolean finishedOnly) {
        UriBuilder link = csv.builder().queryParam("from", from == null ? "" : from)
                .queryParam("to", to == null ? "" : to);
        return finishedOnly ? link : link.queryParam("unfinished", "on");
    }

    static String itemTypes(String slug) {
        return ITEM_TYPES.with(slug);
    }

    static String pairsCsv(String slug) {
        return PAIRS_CSV.with(slug);
    }

    static String writtenCsv(String slug) {
        return WRITTEN_CSV.with(slug);
    }

    /** Every attempt of a set, newest first, one page of them. */
    static String setAttempts(String slug) {
        return SET_ATTEMPTS.with(slug);
    }

    static String attemptsPage(String slug, int page) {
        return SET_ATTEMPTS.builder().queryParam("page", page).build(slug).toString();
    }

    /** The set's attempts, saying that one was deleted. */
    static URI deletedFrom(String slug) {
        return SET_ATTEMPTS.builder().queryParam("deleted", 1).build(slug);
    }

    /** One attempt down to each answer. */
    static String attempt(long attemptId) {
        return ATTEMPT.with(attemptId);
    }

    static String deleteAttempt(long attemptId) {
        return DELETE_ATTEMPT.with(attemptId);
    }
}
