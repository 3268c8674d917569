package app.saidwho.teach;

import app.saidwho.account.Account;
import app.saidwho.account.SetAccess;
import app.saidwho.quiz.file.QuizFileException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A teacher's quiz sets as quiz-set files: download one, upload one as a new set. */
@Path("/teach/sets")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.TEACHER)
public class SetFilePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(List<String> problems);
    }

    private final SetFiles files;
    private final SetAccess access;

    SetFilePages(SetFiles files, SetAccess access) {
        this.files = files;
        this.access = access;
    }

    @GET
    @Path("{slug}/export")
    @Produces("application/yaml")
    public Response export(@PathParam("slug") String slug) {
        return Response.ok(files.export(slug))
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".yaml\"").build();
    }

    @GET
    @Path("upload")
    public TemplateInstance uploadForm() {
        return Templates.upload(List.of());
    }

    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file) {
        if (file == null || file.size() == 0) {
            return problems(400, List.of("Choose a quiz-set file (.yaml) to upload."));
        }
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
            return problems(415, List.of("A quiz-set file ends in .yaml (or .yml). To make a set from an article in a "
                    + ".txt or .html file, use “New quiz set” instead."));
        }
        try {
            String content = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            String slug = files.upload(file.fileName(), content, access.signedIn().id);
            return Response.seeOther(SetLinks.review(slug)).build();
        } catch (QuizFileException e) {
            return problems(422, e.problems().stream().map(Object::toString).toList());
        } catch (IOException | UncheckedIOException e) {
            return problems(400, List.of("The file is not UTF-8 text."));
        }
    }

    private static Response problems(int status, List<String> problems) {
        return Response.status(status).entity(Templates.upload(problems)).build();
    }
}
