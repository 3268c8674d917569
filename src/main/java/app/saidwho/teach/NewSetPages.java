package app.saidwho.teach;

import app.saidwho.account.Account;
import app.saidwho.account.SetAccess;
import app.saidwho.config.SaidWhoConfig;
import app.saidwho.web.FormProblems;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A new quiz set from an article the teacher pastes or uploads as a .txt / .html file. */
@Path("/teach/sets")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.TEACHER)
public class NewSetPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newSet(QuizSetDrafts.ArticleForm form, String error);
    }

    private final QuizSetDrafts drafts;
    private final SetAccess access;
    private final Validator validator;
    private final int maxArticle;

    NewSetPages(QuizSetDrafts drafts, SetAccess access, Validator validator, SaidWhoConfig config) {
        this.drafts = drafts;
        this.access = access;
        this.validator = validator;
        this.maxArticle = config.api().maxArticleChars();
    }

    @GET
    @Path("new")
    public TemplateInstance newSet() {
        return Templates.newSet(new QuizSetDrafts.ArticleForm("", "", "", null, ""), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String title, @RestForm String publisher, @RestForm String url,
                           @RestForm String published, @RestForm String text) {
        QuizSetDrafts.ArticleForm form = new QuizSetDrafts.ArticleForm(strip(title), strip(publisher), strip(url),
                null, text == null ? "" : text.replace("\r\n", "\n"));
        String problem = problem(form, published);
        if (problem != null) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.newSet(form, problem)).build();
        }
        LocalDate date = published == null || published.isBlank() ? null : LocalDate.parse(published.strip());
        String slug = drafts.create(new QuizSetDrafts.ArticleForm(form.title(), form.publisher(),
                form.url().isEmpty() ? null : form.url(), date, form.text()), access.signedIn().id);
        return Response.seeOther(SetLinks.review(slug)).build();
    }

    /** The same form with the article from a .txt or .html file instead of the text box. */
    @POST
    @Path("from-file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response createFromFile(@RestForm String title, @RestForm String publisher, @RestForm String url,
                                   @RestForm String published, @RestForm("article") FileUpload article) {
        String text = "";
        if (article != null && article.size() > 0) {
            // A file may be larger than its text (HTML markup); four times the article limit is plenty.
            if (article.size() > 4L * maxArticle) {
                return fileProblem(413, title, publisher, url, "The file is too large.");
            }
            if (!ArticleFiles.readable(article.fileName())) {
                return fileProblem(415, title, publisher, url, "Only .txt and .html files can be read. For a Word or "
                        + "PDF document, copy its text into the box instead.");
            }
            try {
                text = ArticleFiles.text(article.fileName(),
                        Files.readString(article.uploadedFile(), StandardCharsets.UTF_8));
                if (text.indexOf('\0') >= 0) {
                    return fileProblem(415, title, publisher, url, "This file is not text, whatever its name says. "
                            + "Save the article as .txt or .html, or paste its text.");
                }
            } catch (IOException | UncheckedIOException e) {
                return fileProblem(400, title, publisher, url, "The file is not UTF-8 text.");
            }
        }
        return create(title, publisher, url, published, text);
    }

    private static Response fileProblem(int status, String title, String publisher, String url, String problem) {
        return Response.status(status).entity(Templates.newSet(new QuizSetDrafts.ArticleForm(strip(title),
                strip(publisher), strip(url), null, ""), problem)).build();
    }

    /** The first problem of the form, in the order of its fields; null when it can make a set. */
    private String problem(QuizSetDrafts.ArticleForm form, String published) {
        Map<String, String> problems = FormProblems.of(validator, form);
        if (!problems.isEmpty()) {
            return problems.values().iterator().next();
        }
        // The article limit is a setting, so it is checked here rather than by an annotation.
        if (form.text().length() > maxArticle) {
            return "The article is longer than " + maxArticle + " characters.";
        }
        if (published != null && !published.isBlank()) {
            try {
                LocalDate.parse(published.strip());
            } catch (DateTimeParseException e) {
                return "Give the date as YYYY-MM-DD, for example 2018-07-20.";
            }
        }
        return null;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
