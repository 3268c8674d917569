package app.saidwho.quiz;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One question of any {@link ItemType}. CHOICE and EVIDENCE have options and a key index; MATCH has pairs
 * (quotation → speaker) and its options are the pool of speakers; SHORT_ANSWER has a rubric and no key. A question that learners have answered is never changed: an edit
 * retires it and adds a new version, so old responses keep pointing at what was actually asked.
 */
@Entity
public class Question extends PanacheEntity {
    @ManyToOne(optional = false)
    public QuizSet quizSet;

    /** Stable id of the question within its set (the {@code id} in the quiz-set file). */
    public String questionKey;
    public int version;
    public int position;

    @Enumerated(EnumType.STRING)
    public Skill skill;

    /** How the question is answered; CHOICE for every question made before item types existed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type")
    public ItemType type = ItemType.CHOICE;

    public String prompt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "option_text")
    public List<String> options = new ArrayList<>();

    /** The key's index in {@link #options}; -1 for MATCH and SHORT_ANSWER, which have no single key. */
    public int answerIndex;
    public String explanation;

    /** MATCH only: the quotations and their speakers, in the order the rows are shown. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_pair", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    public List<Pair> pairs = new ArrayList<>();

    /** SHORT_ANSWER only: what an answer shows at each level (null for the other types). */
    public String rubricProficient;
    public String rubricEmergent;
    public String rubricBasic;

    /** Where the evidence lies in the article body: UTF-16 offsets, end exclusive, and its text. */
    public int evidenceStart;
    public int evidenceEnd;
    public String evidenceText;

    @Enumerated(EnumType.STRING)
    public QuestionStatus status;

    @Enumerated(EnumType.STRING)
    public QuestionOrigin origin;

    public boolean retired;

    /** Why the generator asks the teacher to check the key, in words; null when there is nothing to check. */
    public String checkReason;

    /**
     * Raised by Hibernate whenever the row or its options and pairs change (unlike {@link #version}, which counts
     * the versions learners may have answered): the learner pages keep a question's content per (id, row version).
     */
    @Version
    public long rowVersion;

    public static List<Question> listActive(QuizSet set) {
        return list("quizSet = ?1 and retired = false and status = ?2 order by position, id",
                set, QuestionStatus.APPROVED);
    }

    /** How many questions a learner is asked in the set now. */
    public static long countActive(QuizSet set) {
        return count("quizSet = ?1 and retired = false and status = ?2", set, QuestionStatus.APPROVED);
    }

    /**
     * The question with its options and a MATCH's pairs in one query (issue 16: the pairs came in a second
     * query for every question shown, even for the types without pairs). Both are indexed lists (an order
     * column), so fetching the two together is allowed: the rows are options × pairs, a few dozen at most.
     */
    public static Optional<Question> findWithOptions(long id) {
        // Not firstResultOptional: a row limit on a collection fetch is applied in memory (HHH90003004).
        return find("from Question q left join fetch q.options left join fetch q.pairs where q.id = ?1", id)
                .singleResultOptional();
    }

    public static List<Question> listCurrent(QuizSet set) {
        return list("quizSet = ?1 and retired = false order by position, id", set);
    }

    /** The question with this id when it belongs to the set and is its current (not retired) version. */
    public static Optional<Question> findCurrent(QuizSet set, long id) {
        return find("id = ?1 and quizSet = ?2 and retired = false", id, set).firstResultOptional();
    }

    public boolean isKey(int choice) {
        return answerIndex >= 0 && choice == answerIndex;
    }

    /** The text of the key; empty for the types without a single key. */
    public String key() {
        return answerIndex >= 0 && answerIndex < options.size() ? options.get(answerIndex) : "";
    }

    public List<MatchPair> matchPairs() {
        return pairs.stream().map(p -> new MatchPair(p.prompt, p.answer)).toList();
    }

    public void setMatchPairs(List<MatchPair> wanted) {
        pairs = new ArrayList<>(wanted.stream().map(Pair::of).toList());
    }

    /** The rubric of a SHORT_ANSWER question, or null. */
    public Rubric rubric() {
        return rubricProficient == null ? null : new Rubric(rubricProficient, rubricEmergent, rubricBasic);
    }

    public void setRubric(Rubric rubric) {
        rubricProficient = rubric == null ? null : rubric.proficient();
        rubricEmergent = rubric == null ? null : rubric.emergent();
        rubricBasic = rubric == null ? null : rubric.basic();
    }

    /** The points a full answer earns: one per pair for MATCH, the rubric's top for SHORT_ANSWER, else one. */
    public int maxPoints() {
        return switch (type) {
            case MATCH -> pairs.size();
            case SHORT_ANSWER -> RubricLevel.MAX_POINTS;
            case CHOICE, EVIDENCE -> 1;
        };
    }

    /** MATCH: one point for each row whose chosen option (an index into the pool) is that row's speaker. */
    public int matchPoints(List<Integer> rowChoices) {
        int points = 0;
        for (int row = 0; row < pairs.size() && row < rowChoices.size(); row++) {
            if (rightPair(row, rowChoices.get(row))) {
                points++;
            }
        }
        return points;
    }

    public boolean rightPair(int row, int choice) {
        return choice >= 0 && choice < options.size() && options.get(choice).equals(pairs.get(row).answer);
    }

    /** One stored row of a MATCH question. */
    @Embeddable
    public static class Pair {
        @Column(name = "prompt")
        public String prompt;
        @Column(name = "answer")
        public String answer;

        static Pair of(MatchPair pair) {
            Pair row = new Pair();
            row.prompt = pair.prompt();
            row.answer = pair.answer();
            return row;
        }
    }
}
