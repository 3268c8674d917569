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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What the review page shows of a set: its questions in learners' order, what was dropped, the attributed article. */
@ApplicationScoped
public class SetReviews {

    /** A question as the review page shows it; {@code number} is its place in the order learners meet. */
    public record QuestionRow(long id, int number, int total, String skill, String prompt, List<String> options,
                              String key, String explanation, ArticleText.Passage passage, QuestionStatus state,
                              String checkReason, ItemKey item) {
        public String status() {
            return state.name().toLowerCase(Locale.ROOT);
        }

        public boolean approved() {
            return state == QuestionStatus.APPROVED;
        }

        public boolean rejected() {
            return state == QuestionStatus.REJECTED;
        }

        public boolean draft() {
            return state == QuestionStatus.DRAFT;
        }

        public boolean first() {
            return number == 1;
        }

        public boolean last() {
            return number == total;
        }
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

    /** A skill for the filter: its name as sent and its label as read. */
    public record SkillChoice(String name, String label) {
    }

    /** The whole review page. */
    public record Review(String slug, String title, QuizSetStatus state, String joinCode, int approved, int drafts,
                         int total, List<QuestionRow> questions, ReviewFilter filter, List<SkillChoice> skills,
                         List<DroppedRow> dropped, List<List<HighlightedArticle.Piece>> article,
                         List<HighlightedArticle.Speaker> speakers, SetSettings.View settings) {
        public boolean published() {
            return state == QuizSetStatus.PUBLISHED;
        }

        public String status() {
            return state.name().toLowerCase(Locale.ROOT);
        }
    }

    private final SetAccess access;
    private final ArticleAnalyses analyses;
    private final SetSettings settings;

    SetReviews(SetAccess access, ArticleAnalyses analyses, SetSettings settings) {
        this.access = access;
        this.analyses = analyses;
        this.settings = settings;
    }

    /** The review of the set at this address (owner or admin only), its questions narrowed by the filter. */
    @Transactional
    public Review review(String slug, ReviewFilter filter) {
        QuizSet set = access.owned(slug);
        String body = set.article.body;
        List<Question> current = Question.listCurrent(set);
        List<QuestionRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            if (filter.accepts(current.get(i))) {
                rows.add(row(current.get(i), i + 1, current.size(), body));
            }
        }
        List<DroppedRow> dropped = LeftOutQuestion.listFor(set).stream()
                .map(d -> new DroppedRow(d.skill.label, d.prompt, d.reason)).toList();
        int approved = count(current, QuestionStatus.APPROVED);
        AttributionResult result = analyses.of(set.article);
        return new Review(set.slug, set.title, set.status, set.joinCode, approved, count(current, QuestionStatus.DRAFT),
                current.size(), rows, filter, skills(), dropped, HighlightedArticle.paragraphs(result),
                HighlightedArticle.speakers(result), settings.view(set));
    }

    /** Runs the engine on the set's article again (a teacher's request, e.g. after an engine update). */
    @Transactional
    public void reanalyse(String slug) {
        analyses.reanalyse(access.owned(slug).article);
    }

    /** The set's title (owner or admin only), for pages about the set as a whole. */
    @Transactional
    public String title(String slug) {
        return access.owned(slug).title;
    }

    /** Whether learners can take the set now: then changes to its questions reach them. */
    @Transactional
    public boolean live(String slug) {
        return access.owned(slug).status == QuizSetStatus.PUBLISHED;
    }

    private static int count(List<Question> questions, QuestionStatus status) {
        return (int) questions.stream().filter(q -> q.status == status).count();
    }

    private static QuestionRow row(Question q, int number, int total, String body) {
        return new QuestionRow(q.id, number, total, q.skill.label, q.prompt, List.copyOf(q.options), q.key(),
                q.explanation, ArticleText.passage(body, q.evidenceStart, q.evidenceEnd, q.evidenceText), q.status,
                q.checkReason, ItemKey.of(q));
    }

    private static List<SkillChoice> skills() {
        return Arrays.stream(Skill.values()).map(s -> new SkillChoice(s.name(), s.label)).toList();
    }
}
