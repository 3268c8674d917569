package app.saidwho.report;

import app.saidwho.account.Account;
import app.saidwho.account.SetAccess;
import app.saidwho.quiz.QuizSet;
import app.saidwho.report.ItemTypeReport.ItemTypes;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** A quiz set's score report, the report on its matching and written questions, and their CSV exports (owner or admin). */
@Path("/teach/sets/{slug}/report")
@RolesAllowed(Account.TEACHER)
public class ReportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Report report, String from, String to, String dateError);

        static native TemplateInstance itemTypes(ItemTypes report);
    }

    private final SetAccess access;
    private final ReportService reports;
    private final ReportCsv csv;
    private final ItemTypeReport itemTypes;

    ReportPages(SetAccess access, ReportService reports, ReportCsv csv, ItemTypeReport itemTypes) {
        this.access = access;
        this.reports = reports;
        this.csv = csv;
        this.itemTypes = itemTypes;
    }

    /** The report; dates that cannot be read are said next to the date fields (400) and left out. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response report(@PathParam("slug") String slug, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("unfinished") String unfinished) {
        QuizSet set = owned(slug);
        boolean withUnfinished = "on".equals(unfinished);
        try {
            ReportFilter filter = filter(set, from, to, withUnfinished);
            return Response.ok(Templates.report(reports.report(filter), text(from), text(to), null)).build();
        } catch (BadDates e) {
            Report report = reports.report(new ReportFilter(set, null, null, !withUnfinished));
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.report(report, text(from), text(to), e.getMessage())).build();
        }
    }

    @GET
    @Path("attempts.csv")
    @Produces("text/csv")
    public Response attempts(@PathParam("slug") String slug, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("unfinished") String unfinished) {
        ReportFilter filter = csvFilter(slug, from, to, unfinished);
        return download(slug + "-attempts.csv", out -> csv.attempts(filter, out));
    }

    @GET
    @Path("responses.csv")
    @Produces("text/csv")
    public Response responses(@PathParam("slug") String slug, @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam("unfinished") String unfinished) {
        ReportFilter filter = csvFilter(slug, from, to, unfinished);
        return download(slug + "-responses.csv", out -> csv.responses(filter, out));
    }

    /** Matching and written questions over finished attempts: facility per pair, answers per rubric level. */
    @GET
    @Path("item-types")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance itemTypes(@PathParam("slug") String slug) {
        return Templates.itemTypes(itemTypes.of(slug));
    }

    @GET
    @Path("pairs.csv")
    @Produces("text/csv")
    public Response pairs(@PathParam("slug") String slug) {
        List<Object[]> rows = new ArrayList<>();
        itemTypes.of(slug).matches().forEach(m -> m.pairs().forEach(p -> rows.add(new Object[] {m.prompt(), p.number(),
                p.quotation(), p.speaker(), p.answers(), p.right(), p.facilityPercent()})));
        return download(slug + "-pairs.csv", out -> ReportCsv.write(out, new String[] {"question", "pair",
                "quotation", "speaker", "answers", "right", "facility_percent"}, rows.stream()));
    }

    @GET
    @Path("written.csv")
    @Produces("text/csv")
    public Response written(@PathParam("slug") String slug) {
        List<Object[]> rows = new ArrayList<>();
        itemTypes.of(slug).written().forEach(w -> rows.add(new Object[] {w.prompt(), w.proficient(), w.emergent(),
                w.basic(), w.pending()}));
        return download(slug + "-written.csv", out -> ReportCsv.write(out, new String[] {"question", "proficient",
                "emergent", "basic", "pending"}, rows.stream()));
    }

    private static Response download(String fileName, StreamingOutput body) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private ReportFilter csvFilter(String slug, String from, String to, String unfinished) {
        try {
            return filter(owned(slug), from, to, "on".equals(unfinished));
        } catch (BadDates e) {
            throw PageException.badRequest(e.getMessage() + " Go back to the report and correct the dates.");
        }
    }

    private QuizSet owned(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> access.owned(slug));
    }

    private static ReportFilter filter(QuizSet set, String from, String to, boolean withUnfinished) {
        Instant start = day(from, 0);
        Instant end = day(to, 1);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new BadDates("The first date is after the second one.");
        }
        return new ReportFilter(set, start, end, !withUnfinished);
    }

    private static Instant day(String value, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new BadDates("Give dates as YYYY-MM-DD, for example 2024-05-06.");
        }
    }

    private static String text(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.length() > 20 ? stripped.substring(0, 20) : stripped;
    }

    /** Dates a teacher typed that do not make a range. */
    private static final class BadDates extends RuntimeException {
        BadDates(String message) {
            super(message, null, false, false);
        }
    }
}
