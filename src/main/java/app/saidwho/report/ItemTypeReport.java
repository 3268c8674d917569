package app.saidwho.report;

import app.saidwho.account.SetAccess;
import app.saidwho.play.Response;
import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.Question;
import app.saidwho.quiz.QuizSet;
import app.saidwho.quiz.RubricLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * What the overview cannot show of the new item types, over finished attempts: how often each pair of a MATCH
 * was matched right (one facility per pair), and how the written answers were scored on their rubric.
 */
@ApplicationScoped
public class ItemTypeReport {
    private final SetAccess access;

    ItemTypeReport(SetAccess access) {
        this.access = access;
    }

    /** One pair of a MATCH: how many learners matched it, and how many right. */
    public record PairRow(int number, String quotation, String speaker, long answers, long right) {
        public int facilityPercent() {
            return answers == 0 ? 0 : Math.round(100f * right / answers);
        }
    }

    public record MatchStats(String prompt, List<PairRow> pairs) {
    }

    /** A written question's answers by rubric level, and how many wait for a score. */
    public record WrittenStats(String prompt, long proficient, long emergent, long basic, long pending) {
        public long scored() {
            return proficient + emergent + basic;
        }
    }

    public record ItemTypes(String slug, String title, List<MatchStats> matches, List<WrittenStats> written) {
    }

    @Transactional
    public ItemTypes of(String slug) {
        QuizSet set = access.owned(slug);
        List<MatchStats> matches = new ArrayList<>();
        List<WrittenStats> written = new ArrayList<>();
        for (Question q : Question.listCurrent(set)) {
            if (q.type == ItemType.MATCH) {
                matches.add(match(q, finishedResponses(q)));
            } else if (q.type == ItemType.SHORT_ANSWER) {
                written.add(written(q, finishedResponses(q)));
            }
        }
        return new ItemTypes(set.slug, set.title, matches, written);
    }

    static List<Response> finishedResponses(Question q) {
        return Response.list("question = ?1 and attempt.finishedAt is not null order by answeredAt, id", q);
    }

    private static MatchStats match(Question q, List<Response> responses) {
        List<PairRow> rows = new ArrayList<>();
        for (int row = 0; row < q.pairs.size(); row++) {
            long answers = 0;
            long right = 0;
            for (Response r : responses) {
                if (row < r.pairChoices.size()) {
                    answers++;
                    right += q.rightPair(row, r.pairChoices.get(row)) ? 1 : 0;
                }
            }
            rows.add(new PairRow(row + 1, q.pairs.get(row).prompt, q.pairs.get(row).answer, answers, right));
        }
        return new MatchStats(q.prompt, rows);
    }

    private static WrittenStats written(Question q, List<Response> responses) {
        return new WrittenStats(q.prompt, level(responses, RubricLevel.PROFICIENT), level(responses, RubricLevel.EMERGENT),
                level(responses, RubricLevel.BASIC), responses.stream().filter(Response::pending).count());
    }

    private static long level(List<Response> responses, RubricLevel level) {
        return responses.stream().filter(r -> r.rubricLevel == level).count();
    }
}
