package app.saidwho.teach;

import app.saidwho.account.Account;
import app.saidwho.quiz.Skill;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** Add a question by hand; its evidence is typed or picked from a paragraph of the article. */
@Path("/teach/sets")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.TEACHER)
public class AddPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance add(String slug, List<SetReviews.SkillChoice> skills, String skill, QuestionForm edit,
                                           Map<String, String> problems, List<String> paragraphs);
    }

    private final QuestionEdits edits;

    AddPages(QuestionEdits edits) {
        this.edits = edits;
    }

    @GET
    @Path("{slug}/questions/new")
    public TemplateInstance addForm(@PathParam("slug") String slug) {
        return Templates.add(slug, skillNames(), "WHO_SAID", QuestionForm.blank(), Map.of(), edits.paragraphs(slug));
    }

    @POST
    @Path("{slug}/questions/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("slug") String slug, @RestForm String skill, @RestForm String prompt,
                        @RestForm("option") List<String> options, @RestForm String key, @RestForm String explanation,
                        @RestForm String evidence, @RestForm String pick) {
        List<String> paragraphs = edits.paragraphs(slug);
        QuestionForm edit = QuestionForm.of(prompt, options, key, explanation, evidence);
        if (edit.evidence().isEmpty() && pick != null && pick.matches("\\d{1,6}")
                && Integer.parseInt(pick) < paragraphs.size()) {
            edit = edit.withEvidence(paragraphs.get(Integer.parseInt(pick)));
        }
        Optional<Skill> parsed = Skill.parse(skill);
        Map<String, String> problems = new LinkedHashMap<>(edits.problems(slug, edit));
        if (parsed.isEmpty()) {
            problems.put("skill", "Choose the skill the question trains.");
        }
        if (!problems.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.add(slug, skillNames(),
                    skill == null ? "" : skill, edit, problems, paragraphs)).build();
        }
        long id = edits.add(slug, parsed.get(), edit);
        return Response.seeOther(SetLinks.question(slug, id)).build();
    }

    /** Skills by their labels, as teachers read them ("Who said it"), sent as their names. */
    private static List<SetReviews.SkillChoice> skillNames() {
        return Arrays.stream(Skill.values()).map(s -> new SetReviews.SkillChoice(s.name(), s.label)).toList();
    }
}
