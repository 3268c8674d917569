package app.saidwho.teach;

import app.saidwho.web.Link;
import io.quarkus.qute.TemplateExtension;

/** Links to a teacher's set and its questions, for templates: {@code {teach:set(review.slug)}}. */
@TemplateExtension(namespace = "teach")
public final class TeachLinks {
    private static final Link SET = Link.to(ReviewPages.class, "review");
    private static final Link ANALYSIS = Link.to(ReviewPages.class, "reanalyse");
    private static final Link PUBLISH = Link.to(PublishPages.class, "publish");
    private static final Link APPROVE_ALL = Link.to(SetActionPages.class, "approveAll");
    private static final Link RENAME = Link.to(SetActionPages.class, "rename");
    private static final Link DUPLICATE = Link.to(SetActionPages.class, "duplicate");
    private static final Link ARCHIVE = Link.to(SetActionPages.class, "archive");
    private static final Link DELETE = Link.to(SetActionPages.class, "delete");
    private static final Link PREVIEW = Link.to(PreviewPages.class);
    private static final Link PRESENT = Link.to(SittingPages.class, "present");
    private static final Link SITTING = Link.to(SittingPages.class, "sitting");
    private static final Link SETTINGS = Link.to(SittingPages.class, "save");
    private static final Link EXPORT = Link.to(SetFilePages.class, "export");
    private static final Link TO_SCORE = Link.to(ScoringPages.class, "toScore");
    private static final Link SCORE = Link.to(ScoringPages.class, "score");
    private static final Link ADD = Link.to(AddPages.class, "addForm");
    private static final Link ADD_ITEM = Link.to(ItemPages.class, "addForm");
    private static final Link NEW_ITEM = Link.to(ItemPages.class, "add");
    private static final Link DECIDE = Link.to(DecisionPages.class, "decide");
    private static final Link EDIT = Link.to(EditPages.class, "editForm");
    private static final Link EDIT_ITEM = Link.to(ItemPages.class, "editForm");
    private static final Link MOVE = Link.to(MovePages.class, "move");

    private TeachLinks() {
    }

    /** The set's review page. */
    static String set(String slug) {
        return SET.with(slug);
    }

    static String analysis(String slug) {
        return ANALYSIS.with(slug);
    }

    static String publish(String slug) {
        return PUBLISH.with(slug);
    }

    static String approveAll(String slug) {
        return APPROVE_ALL.with(slug);
    }

    static String rename(String slug) {
        return RENAME.with(slug);
    }

    static String duplicate(String slug) {
        return DUPLICATE.with(slug);
    }

    static String archive(String slug) {
        return ARCHIVE.with(slug);
    }

    /** The confirmation page, and where it posts. */
    static String delete(String slug) {
        return DELETE.with(slug);
    }

    static String preview(String slug) {
        return PREVIEW.with(slug);
    }

    /** The projector page. */
    static String present(String slug) {
        return PRESENT.with(slug);
    }

    static String sitting(String slug) {
        return SITTING.with(slug);
    }

    static String settings(String slug) {
        return SETTINGS.with(slug);
    }

    /** The set as a quiz-set file. */
    static String export(String slug) {
        return EXPORT.with(slug);
    }

    /** The written answers to score. */
    static String toScore(String slug) {
        return TO_SCORE.with(slug);
    }

    static String score(String slug, long responseId) {
        return SCORE.with(slug, responseId);
    }

    /** The form for a choice question by hand. */
    static String addQuestion(String slug) {
        return ADD.with(slug);
    }

    /** The form for a MATCH or SHORT_ANSWER question ({@code type} is the item type's name). */
    static String addItem(String slug, String type) {
        return ADD_ITEM.builder().queryParam("type", type).build(slug).toString();
    }

    /** Where the form for a new MATCH or SHORT_ANSWER question posts. */
    static String newItem(String slug) {
        return NEW_ITEM.with(slug);
    }

    /** Approve, reject or back to draft. */
    static String decide(String slug, long questionId) {
        return DECIDE.with(slug, questionId);
    }

    static String edit(String slug, long questionId) {
        return EDIT.with(slug, questionId);
    }

    static String editItem(String slug, long questionId) {
        return EDIT_ITEM.with(slug, questionId);
    }

    static String move(String slug, long questionId) {
        return MOVE.with(slug, questionId);
    }
}
