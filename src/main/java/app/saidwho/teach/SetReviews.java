package app.saidwho.teach;

import app.saidwho.account.SetAccess;
import app.saidwho.attribution.AttributionResult;
import app.saidwho.quiz.ArticleText;
import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.MatchPair;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuestionStatus;
import app.saidwho.quiz.Rubric;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.QuizSetStatus;
import app.saidwho.quiz.Skill;
import app.saidwho.quiz.analysis.ArticleAnalyses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** What the review page shows of a set: its questions by skill, what was dropped, the attributed article. */
@ApplicationScoped
public class SetReviews {

    /** A question as the review page shows it; {@code item} is how it is answered and what counts as right. */
    public record QuestionRow(long id, String skill, String prompt, List<String> options, String key,
                              String explanation, ArticleText.Passage passage, String status, ItemKey item) {
    }

    /** The type in words, and the MATCH pairs or the SHORT_ANSWER rubric a teacher checks beside the options. */
    public record ItemKey(String typeLabel, boolean match, boolean written, List<MatchPair> pairs, Rubric rubric) {
        static ItemKey of(Question q) {
            return new ItemKey(q.type.label, q.type == ItemType.MATCH, q.type == ItemType.SHORT_ANSWER, q.matchPairs(),
                    q.rubric());
        }
    }

    /** A dropped question as the review page shows it. */
    public record DroppedRow(String skill, String prompt, String reason) {
    }

    /** The questions of one skill, in the order learners meet them. */
    public record SkillGroup(String label, List<QuestionRow> questions) {
    }

    /** The whole review page. */
    public record Review(String slug, String title, String status, boolean published, String joinCode, int approved,
                         List<QuestionRow> questions, List<SkillGroup> groups, List<DroppedRow> dropped,
                         List<List<HighlightedArticle.Piece>> article, List<HighlightedArticle.Speaker> speakers) {
    }

    private final SetAccess access;
    private final ArticleAnalyses analyses;

    SetReviews(SetAccess access, ArticleAnalyses analyses) {
        this.access = access;
        this.analyses = analyses;
    }

    /** The review of the set at this address (owner or admin only). */
    @Transactional
    public Review review(String slug) {
        QuizSet set = access.owned(slug);
        String body = set.article.body;
        List<Question> current = Question.listCurrent(set);
        List<QuestionRow> rows = current.stream().map(q -> row(q, body)).toList();
        List<DroppedRow> dropped = LeftOutQuestion.listFor(set).stream()
                .map(d -> new DroppedRow(d.skill.label, d.prompt, d.reason)).toList();
        int approved = (int) current.stream().filter(q -> q.status == QuestionStatus.APPROVED).count();
        AttributionResult result = analyses.of(set.article);
        return new Review(set.slug, set.title, set.status.name().toLowerCase(), set.status == QuizSetStatus.PUBLISHED,
                set.joinCode, approved, rows,
                groups(rows), dropped, HighlightedArticle.paragraphs(result), HighlightedArticle.speakers(result));
    }

    /** Runs the engine on the set's article again (a teacher's request, e.g. after an engine update). */
    @Transactional
    public void reanalyse(String slug) {
        analyses.reanalyse(access.owned(slug).article);
    }

    private static QuestionRow row(Question q, String body) {
        return new QuestionRow(q.id, q.skill.label, q.prompt, List.copyOf(q.options), q.key(), q.explanation,
                ArticleText.passage(body, q.evidenceStart, q.evidenceEnd, q.evidenceText),
                q.status.name().toLowerCase(), ItemKey.of(q));
    }

    /** The rows grouped by skill, skills in their catalogue order, empty skills left out. */
    private static List<SkillGroup> groups(List<QuestionRow> rows) {
        return java.util.Arrays.stream(Skill.values())
                .map(skill -> new SkillGroup(skill.label, rows.stream().filter(r -> r.skill().equals(skill.label)).toList()))
                .filter(group -> !group.questions().isEmpty())
                .toList();
    }
}
