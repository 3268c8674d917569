package app.saidwho.teach;

import app.saidwho.account.Account;
import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.Skill;
import app.saidwho.web.PageException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** Write or edit a matching question (quotations to speakers) or a written one (with its rubric). */
@Path("/teach/sets/{slug}/questions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.TEACHER)
public class ItemPages {

    /** A skill as the form offers it: its name for the form, its label for the teacher. */
    public record SkillChoice(String name, String label) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance item(String slug, String action, List<SkillChoice> skills, String skill,
                                            ItemForm form, Map<String, String> problems);
    }

    private final ItemEdits edits;

    ItemPages(ItemEdits edits) {
        this.edits = edits;
    }

    @GET
    @Path("new-item")
    public TemplateInstance addForm(@PathParam("slug") String slug, @QueryParam("type") String type) {
        ItemForm form = ItemForm.blank(itemType(type));
        return Templates.item(slug, TeachLinks.newItem(slug), skills(), form.match() ? "WHO_SAID" : "ANONYMITY", form, Map.of());
    }

    @POST
    @Path("new-item")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("slug") String slug, @RestForm String type, @RestForm String skill,
                        @RestForm String prompt, @RestForm("quotation") List<String> quotations,
                        @RestForm("speaker") List<String> speakers, @RestForm String others,
                        @RestForm String proficient, @RestForm String emergent, @RestForm String basic,
                        @RestForm String explanation, @RestForm String evidence) {
        ItemForm form = ItemForm.of(itemType(type), prompt, quotations, speakers, others, proficient, emergent, basic,
                explanation, evidence);
        Optional<Skill> parsed = Skill.parse(skill);
        Map<String, String> problems = parsed.isEmpty() ? Map.of("skill", "Choose the skill the question trains.")
                : edits.add(slug, parsed.get(), form);
        return answer(slug, TeachLinks.newItem(slug), skill, form, problems);
    }

    @GET
    @Path("{id}/edit-item")
    public TemplateInstance editForm(@PathParam("slug") String slug, @PathParam("id") long id) {
        return Templates.item(slug, TeachLinks.editItem(slug, id), skills(), edits.skillOf(slug, id).name(), edits.current(slug, id),
                Map.of());
    }

    @POST
    @Path("{id}/edit-item")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("slug") String slug, @PathParam("id") long id, @RestForm String type,
                         @RestForm String skill, @RestForm String prompt, @RestForm("quotation") List<String> quotations,
                         @RestForm("speaker") List<String> speakers, @RestForm String others,
                         @RestForm String proficient, @RestForm String emergent, @RestForm String basic,
                         @RestForm String explanation, @RestForm String evidence) {
        ItemForm form = ItemForm.of(edits.current(slug, id).type(), prompt, quotations, speakers, others, proficient,
                emergent, basic, explanation, evidence);
        Map<String, String> problems = edits.save(slug, id, Skill.parse(skill), form);
        return answer(slug, TeachLinks.editItem(slug, id), skill, form, problems);
    }

    /** 303 to the review when stored ({@code action}: where the form posts); the form again with its problems (400) otherwise. */
    private static Response answer(String slug, String action, String skill, ItemForm form, Map<String, String> problems) {
        if (problems.isEmpty()) {
            return Response.seeOther(SetLinks.review(slug)).build();
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.item(slug, action, skills(), skill == null ? "" : skill, form, problems)).build();
    }

    private static ItemType itemType(String type) {
        return ItemType.parse(type).filter(t -> t == ItemType.MATCH || t == ItemType.SHORT_ANSWER)
                .orElseThrow(() -> PageException.badRequest("Choose a matching (MATCH) or a written (SHORT_ANSWER) "
                        + "question."));
    }

    private static List<SkillChoice> skills() {
        return Arrays.stream(Skill.values()).map(s -> new SkillChoice(s.name(), s.label)).toList();
    }
}
