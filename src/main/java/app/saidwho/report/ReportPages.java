package app.saidwho.report;

import app.saidwho.account.Account;
import app.saidwho.account.SetAccess;
import app.saidwho.quiz.QuizSet;
import app.saidwho.web.PageException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A quiz set's score report and its CSV exports (owner or admin). */
@Path("/teach/sets/{slug}/report")
@RolesAllowed(Account.TEACHER)
public class ReportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Report report, String from, String to, boolean finishedOnly);
    }

    private final SetAccess access;
    private final ReportService reports;
    private final ReportCsv csv;

    ReportPages(SetAccess access, ReportService reports, ReportCsv csv) {
        this.access = access;
        this.reports = reports;
        this.csv = csv;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance report(@PathParam("slug") String slug, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @QueryParam("finished") String finished) {
        ReportFilter filter = filter(slug, from, to, finished);
        return Templates.report(reports.report(filter), from == null ? "" : from, to == null ? "" : to,
                filter.finishedOnly());
    }

    @GET
    @Path("attempts.csv")
    @Produces("text/csv")
    public Response attempts(@PathParam("slug") String slug, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("finished") String finished) {
        ReportFilter filter = filter(slug, from, to, finished);
        return download(slug + "-attempts.csv", out -> csv.attempts(filter, out));
    }

    @GET
    @Path("responses.csv")
    @Produces("text/csv")
    public Response responses(@PathParam("slug") String slug, @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam("finished") String finished) {
        ReportFilter filter = filter(slug, from, to, finished);
        return download(slug + "-responses.csv", out -> csv.responses(filter, out));
    }

    private static Response download(String fileName, StreamingOutput body) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private ReportFilter filter(String slug, String from, String to, String finished) {
        QuizSet set = QuarkusTransaction.requiringNew().call(() -> access.owned(slug));
        return new ReportFilter(set, day(from, 0), day(to, 1), "on".equals(finished) || "true".equals(finished));
    }

    private static java.time.Instant day(String value, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw PageException.badRequest("Give dates as YYYY-MM-DD, for example 2024-05-06.");
        }
    }
}
