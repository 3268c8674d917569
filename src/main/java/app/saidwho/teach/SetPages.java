package app.saidwho.teach;

import app.saidwho.quiz.ArticleText;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuestionStatus;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.QuizSetStatus;
import app.saidwho.web.PageException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** A teacher's quiz sets: paste an article, review the generated questions, publish. */
@Path("/teach/sets")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.TEACHER)
public class SetPages {
    static final int MAX_ARTICLE = 500_000;

    /** A question as the review page shows it. */
    public record QuestionRow(long id, String skill, String prompt, List<String> options, String key,
                              String explanation, ArticleText.Passage passage, String status) {
    }

    /** A dropped question as the review page shows it. */
    public record DroppedRow(String skill, String prompt, String reason) {
    }

    /** The whole review page. */
    /** The questions of one skill, in the order learners meet them. */
    public record SkillGroup(String label, List<QuestionRow> questions) {
    }

    public record Review(String slug, String title, String status, String joinCode, int approved,
                         List<QuestionRow> questions, List<SkillGroup> groups, List<DroppedRow> dropped,
                         List<List<HighlightedArticle.Piece>> article, List<HighlightedArticle.Speaker> speakers) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newSet(QuizSetDrafts.ArticleForm form, String error);

        static native TemplateInstance review(Review review, String notice);

        static native TemplateInstance edit(String slug, long id, QuestionEdits.Edit edit, Map<String, String> problems);

        static native TemplateInstance add(String slug, List<String> skills, String skill, QuestionEdits.Edit edit,
                                           Map<String, String> problems, List<String> paragraphs);

        static native TemplateInstance upload(List<String> problems);
    }

    private final SecurityIdentity identity;
    private final QuizSetDrafts drafts;
    private final QuestionEdits edits;
    private final app.saidwho.attribution.AttributionEngine engine;
    private final SetFiles files;

    SetPages(SecurityIdentity identity, QuizSetDrafts drafts, QuestionEdits edits,
             app.saidwho.attribution.AttributionEngine engine, SetFiles files) {
        this.identity = identity;
        this.drafts = drafts;
        this.edits = edits;
        this.engine = engine;
        this.files = files;
    }

    @GET
    @Path("{slug}/export")
    @Produces("application/yaml")
    @Transactional
    public Response export(@PathParam("slug") String slug) {
        QuizSet set = owned(slug);
        return Response.ok(files.export(set))
                .header("Content-Disposition", "attachment; filename=\"" + set.slug + ".yaml\"").build();
    }

    @GET
    @Path("upload")
    public TemplateInstance uploadForm() {
        return Templates.upload(List.of());
    }

    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") org.jboss.resteasy.reactive.multipart.FileUpload file) {
        if (file == null || file.size() == 0) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.upload(List.of("Choose a quiz-set file (.yaml) to upload."))).build();
        }
        try {
            String content = java.nio.file.Files.readString(file.uploadedFile(), java.nio.charset.StandardCharsets.UTF_8);
            String slug = files.upload(file.fileName(), content, identity.getPrincipal().getName());
            return Response.seeOther(URI.create("/teach/sets/" + slug)).build();
        } catch (app.saidwho.quiz.file.QuizFileException e) {
            return Response.status(422).entity(Templates.upload(e.problems().stream().map(Object::toString).toList()))
                    .build();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.upload(List.of("The file is not UTF-8 text."))).build();
        }
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
                form.url().isEmpty() ? null : form.url(), date, form.text()), identity.getPrincipal().getName());
        return Response.seeOther(URI.create("/teach/sets/" + slug)).build();
    }

    /** The same form with the article from a .txt or .html file instead of the text box. */
    @POST
    @Path("from-file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response createFromFile(@RestForm String title, @RestForm String publisher, @RestForm String url,
                                   @RestForm String published,
                                   @RestForm("article") org.jboss.resteasy.reactive.multipart.FileUpload article) {
        String text = "";
        if (article != null && article.size() > 0) {
            if (article.size() > 4L * MAX_ARTICLE) {
                return Response.status(413).entity(Templates.newSet(new QuizSetDrafts.ArticleForm(strip(title),
                        strip(publisher), strip(url), null, ""), "The file is too large.")).build();
            }
            try {
                text = ArticleFiles.text(article.fileName(),
                        java.nio.file.Files.readString(article.uploadedFile(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                return Response.status(Response.Status.BAD_REQUEST).entity(Templates.newSet(new QuizSetDrafts.ArticleForm(
                        strip(title), strip(publisher), strip(url), null, ""), "The file is not UTF-8 text.")).build();
            }
        }
        return create(title, publisher, url, published, text);
    }

    @GET
    @Path("{slug}")
    @Transactional
    public TemplateInstance review(@PathParam("slug") String slug) {
        return Templates.review(review(owned(slug)), null);
    }

    @POST
    @Path("{slug}/questions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response decide(@PathParam("slug") String slug, @PathParam("id") long id, @RestForm String decision) {
        QuizSet set = owned(slug);
        Question question = Question.<Question>findByIdOptional(id).filter(q -> q.quizSet.id.equals(set.id))
                .orElseThrow(() -> PageException.notFound("This question is not part of this quiz set."));
        question.status = switch (decision == null ? "" : decision) {
            case "approve" -> QuestionStatus.APPROVED;
            case "reject" -> QuestionStatus.REJECTED;
            case "draft" -> QuestionStatus.DRAFT;
            default -> throw PageException.badRequest("Choose approve or reject.");
        };
        set.updatedAt = Instant.now();
        return Response.seeOther(URI.create("/teach/sets/" + slug + "#question-" + id)).build();
    }

    @GET
    @Path("{slug}/questions/{id}/edit")
    @Transactional
    public TemplateInstance editForm(@PathParam("slug") String slug, @PathParam("id") long id) {
        Question q = question(owned(slug), id);
        List<String> boxes = new java.util.ArrayList<>(q.options);
        while (boxes.size() < 6) {
            boxes.add("");
        }
        return Templates.edit(slug, id, new QuestionEdits.Edit(q.prompt, boxes, q.answerIndex, q.explanation,
                q.evidenceText), Map.of());
    }

    @POST
    @Path("{slug}/questions/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response edit(@PathParam("slug") String slug, @PathParam("id") long id, @RestForm String prompt,
                         @RestForm("option") List<String> options, @RestForm String key, @RestForm String explanation,
                         @RestForm String evidence) {
        QuizSet set = owned(slug);
        question(set, id);
        QuestionEdits.Edit edit = edit(prompt, options, key, explanation, evidence);
        Map<String, String> problems = QuestionEdits.problems(edit, set.article.body);
        if (!problems.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.edit(slug, id, edit, problems)).build();
        }
        edits.save(set, id, edit);
        return Response.seeOther(URI.create("/teach/sets/" + slug)).build();
    }

    @GET
    @Path("{slug}/questions/new")
    @Transactional
    public TemplateInstance addForm(@PathParam("slug") String slug) {
        QuizSet set = owned(slug);
        return Templates.add(slug, skillNames(), "WHO_SAID", new QuestionEdits.Edit("", blankOptions(), 0, "", ""),
                Map.of(), paragraphs(set));
    }

    @POST
    @Path("{slug}/questions/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response add(@PathParam("slug") String slug, @RestForm String skill, @RestForm String prompt,
                        @RestForm("option") List<String> options, @RestForm String key, @RestForm String explanation,
                        @RestForm String evidence, @RestForm String pick) {
        QuizSet set = owned(slug);
        List<String> paragraphs = paragraphs(set);
        String chosen = evidence;
        if ((chosen == null || chosen.isBlank()) && pick != null && pick.matches("\\d+")
                && Integer.parseInt(pick) < paragraphs.size()) {
            chosen = paragraphs.get(Integer.parseInt(pick));
        }
        QuestionEdits.Edit edit = edit(prompt, options, key, explanation, chosen);
        java.util.Optional<app.saidwho.quiz.Skill> parsed = app.saidwho.quiz.Skill.parse(skill);
        Map<String, String> problems = new java.util.LinkedHashMap<>(QuestionEdits.problems(edit, set.article.body));
        if (parsed.isEmpty()) {
            problems.put("skill", "Choose the skill the question trains.");
        }
        if (!problems.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.add(slug, skillNames(),
                    skill == null ? "" : skill, edit, problems, paragraphs(set))).build();
        }
        long id = edits.add(set, parsed.get(), edit);
        return Response.seeOther(URI.create("/teach/sets/" + slug + "#question-" + id)).build();
    }

    @POST
    @Path("{slug}/questions/{id}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response move(@PathParam("slug") String slug, @PathParam("id") long id, @RestForm String direction) {
        QuizSet set = owned(slug);
        question(set, id);
        edits.move(set, id, "up".equals(direction) ? -1 : 1);
        return Response.seeOther(URI.create("/teach/sets/" + slug + "#question-" + id)).build();
    }

    private static List<String> skillNames() {
        return java.util.Arrays.stream(app.saidwho.quiz.Skill.values()).map(Enum::name).toList();
    }

    private static List<String> blankOptions() {
        return List.of("", "", "", "", "", "");
    }

    private static List<String> paragraphs(QuizSet set) {
        return ArticleText.paragraphs(set.article.body, set.article.boilerplate).stream()
                .filter(p -> !p.boilerplate()).map(ArticleText.Paragraph::text).toList();
    }

    private static QuestionEdits.Edit edit(String prompt, List<String> options, String key, String explanation,
                                           String evidence) {
        List<String> boxes = new java.util.ArrayList<>(options == null ? List.of() : options);
        while (boxes.size() < 6) {
            boxes.add("");
        }
        int keyBox;
        try {
            keyBox = key == null ? -1 : Integer.parseInt(key.strip());
        } catch (NumberFormatException e) {
            keyBox = -1;
        }
        return new QuestionEdits.Edit(strip(prompt), boxes.subList(0, 6), keyBox, strip(explanation),
                evidence == null ? "" : evidence.replace("\r\n", "\n").strip());
    }

    private static Question question(QuizSet set, long id) {
        return Question.<Question>findByIdOptional(id).filter(q -> q.quizSet.id.equals(set.id) && !q.retired)
                .orElseThrow(() -> PageException.notFound("This question is not part of this quiz set."));
    }

    @POST
    @Path("{slug}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response publish(@PathParam("slug") String slug, @RestForm String action) {
        QuizSet set = owned(slug);
        if ("unpublish".equals(action)) {
            set.status = QuizSetStatus.DRAFT;
        } else if (Question.listActive(set).isEmpty()) {
            return Response.status(422).entity(Templates.review(review(set),
                    "Approve at least one question before you publish.")).build();
        } else {
            set.status = QuizSetStatus.PUBLISHED;
        }
        set.updatedAt = Instant.now();
        return Response.seeOther(URI.create("/teach/sets/" + slug)).build();
    }

    private QuizSet owned(String slug) {
        return SetAccess.owned(slug, identity);
    }

    private Review review(QuizSet set) {
        String body = set.article.body;
        List<QuestionRow> rows = Question.listCurrent(set).stream()
                .map(q -> new QuestionRow(q.id, q.skill.label, q.prompt, List.copyOf(q.options), q.key(), q.explanation,
                        ArticleText.passage(body, q.evidenceStart, q.evidenceEnd, q.evidenceText),
                        q.status.name().toLowerCase()))
                .toList();
        List<DroppedRow> dropped = DroppedQuestion.listFor(set).stream()
                .map(d -> new DroppedRow(d.skill.label, d.prompt, d.reason)).toList();
        int approved = (int) rows.stream().filter(r -> r.status().equals("approved")).count();
        app.saidwho.attribution.AttributionResult result = engine.analyse(body);
        Map<String, List<QuestionRow>> bySkill = new java.util.LinkedHashMap<>();
        for (app.saidwho.quiz.Skill skill : app.saidwho.quiz.Skill.values()) {
            List<QuestionRow> ofSkill = rows.stream().filter(r -> r.skill().equals(skill.label)).toList();
            if (!ofSkill.isEmpty()) {
                bySkill.put(skill.label, ofSkill);
            }
        }
        List<SkillGroup> groups = bySkill.entrySet().stream().map(e -> new SkillGroup(e.getKey(), e.getValue())).toList();
        return new Review(set.slug, set.title, set.status.name().toLowerCase(), set.joinCode, approved, rows, groups, dropped,
                HighlightedArticle.paragraphs(result), HighlightedArticle.speakers(result));
    }

    private static String problem(QuizSetDrafts.ArticleForm form, String published) {
        if (form.title().isEmpty() || form.title().length() > 300) {
            return "Give the quiz a title of 1 to 300 characters.";
        }
        if (form.publisher().isEmpty() || form.publisher().length() > 200) {
            return "Name the publisher of the article (up to 200 characters).";
        }
        if (form.url().length() > 1000 || !form.url().isEmpty() && !form.url().matches("https?://\\S+")) {
            return "The address must start with http:// or https://.";
        }
        if (form.text().isBlank()) {
            return "Paste the text of the article.";
        }
        if (form.text().length() > MAX_ARTICLE) {
            return "The article is longer than " + MAX_ARTICLE + " characters.";
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
