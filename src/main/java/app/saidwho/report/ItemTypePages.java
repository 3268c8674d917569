package app.saidwho.report;

import app.saidwho.account.Account;
import app.saidwho.report.ItemTypeReport.ItemTypes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The report on matching and written questions: facility per pair, the rubric distribution, and their CSVs. */
@Path("/teach/sets/{slug}/report")
@RolesAllowed(Account.TEACHER)
public class ItemTypePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance itemTypes(ItemTypes report);
    }

    private final ItemTypeReport reports;

    ItemTypePages(ItemTypeReport reports) {
        this.reports = reports;
    }

    @GET
    @Path("item-types")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance itemTypes(@PathParam("slug") String slug) {
        return Templates.itemTypes(reports.of(slug));
    }

    @GET
    @Path("pairs.csv")
    @Produces("text/csv")
    public Response pairs(@PathParam("slug") String slug) {
        List<Object[]> rows = new ArrayList<>();
        reports.of(slug).matches().forEach(m -> m.pairs().forEach(p -> rows.add(new Object[] {m.prompt(), p.number(),
                p.quotation(), p.speaker(), p.answers(), p.right(), p.facilityPercent()})));
        return csv(slug + "-pairs.csv", new String[] {"question", "pair", "quotation", "speaker",
                "answers", "right", "facility_percent"}, rows);
    }

    @GET
    @Path("written.csv")
    @Produces("text/csv")
    public Response written(@PathParam("slug") String slug) {
        List<Object[]> rows = new ArrayList<>();
        reports.of(slug).written().forEach(w -> rows.add(new Object[] {w.prompt(), w.proficient(), w.emergent(),
                w.basic(), w.pending()}));
        return csv(slug + "-written.csv", new String[] {"question", "proficient", "emergent", "basic",
                "pending"}, rows);
    }

    /** A small CSV (one row per pair or question), cells neutralised like the other exports. */
    private static Response csv(String fileName, String[] header, List<Object[]> rows) {
        StreamingOutput body = out -> {
            CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.RFC4180.builder().setHeader(header).get());
            for (Object[] row : rows) {
                Object[] cells = new Object[row.length];
                for (int i = 0; i < row.length; i++) {
                    cells[i] = ReportCsv.neutralise(row[i]);
                }
                printer.printRecord(cells);
            }
            printer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
