package app.saidwho.quiz.generate;

import app.saidwho.quiz.Skill;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects generated questions through the validator: a question that breaks a rule is dropped with its
 * reason, never shipped; one whose key the engine is only fairly sure of is kept, flagged "check this key".
 * Caps per skill keep a quiz balanced, and the work per article bounded.
 */
final class Sink {
    static final int MAX_OPTIONS = Validator.MAX_OPTIONS;
    private static final Map<Skill, Integer> CAP = new EnumMap<>(Map.of(Skill.WHO_SAID, 3, Skill.WHAT_SAID, 2,
            Skill.CHANNEL, 2, Skill.QUOTE_OR_PARAPHRASE, 3, Skill.CUE_STANCE, 3, Skill.SOURCE_TYPE, 3,
            Skill.UNSOURCED, 3, Skill.NESTED, 2));
    /** Offers per skill before a generator stops looking: the validator may refuse some, but not without end. */
    private static final int TRIES_PER_PLACE = 4;
    /** Items one quotation feeds where the article has other quotations to ask about, and at most. */
    static final int ITEMS_PER_QUOTATION = 2;
    static final int MAX_ITEMS_PER_QUOTATION = 3;

    private final ArticleFacts facts;
    private final Validator validator;
    private final TeacherChecks teacher;
    private final List<DraftQuestion> accepted = new ArrayList<>();
    private final List<DroppedQuestion> dropped = new ArrayList<>();
    private final Map<Skill, Integer> offers = new EnumMap<>(Skill.class);
    /** Each question decided so far (prompt and key), kept or not: a later round offering it again gets the same answer. */
    private final Map<String, Boolean> verdicts = new java.util.HashMap<>();
    private int roundCap = Integer.MAX_VALUE;

    Sink(ArticleFacts facts) {
        this.facts = facts;
        this.validator = new Validator(facts);
        this.teacher = new TeacherChecks(facts);
    }

    /**
     * The first round takes one question per skill, so every skill has a claim on the article's passages (a
     * passage feeds two questions) before any skill takes its second; the next round fills up to the caps. "Who
     * said it", the heart of the quiz, takes its questions in the first round: the other skills leave its words alone.
     */
    void firstRound() {
        roundCap = 1;
    }

    void nextRound() {
        roundCap = Integer.MAX_VALUE;
        offers.clear();
    }

    /** Whether the question is in the draft: kept now, or in an earlier round. */
    boolean offer(Candidate c) {
        String id = Options.normal(c.prompt + " " + c.key);
        if (verdicts.containsKey(id)) {
            return verdicts.get(id);
        }
        offers.merge(c.skill, 1, Integer::sum);
        Optional<String> problem = validator.problem(c).or(() -> teacher.problem(c));
        if (problem.isPresent()) {
            verdicts.put(id, false);
            drop(c.skill, c.prompt, problem.get());
            return false;
        }
        verdicts.put(id, true);
        validator.accepted(c);
        teacher.accepted(c.evidence);
        Options.Shuffled shuffled = Options.shuffle(c.key, c.distractors, Options.normal(c.prompt).hashCode());
        String checkKey = validator.needsCheck(c) ? Trust.doubt(facts.text, c.basis) : null;
        accepted.add(new DraftQuestion(c.skill, c.prompt, shuffled.options(), shuffled.answer(), c.explanation,
                c.evidence, c.difficulty, checkKey, c.claim));
        return true;
    }

    /** A multiple-choice question on judging a source (no speaker key), held to the same validator rules. */
    boolean offer(Skill skill, String prompt, String key, List<String> distractors, String explanation,
                  app.saidwho.attribution.CharSpan evidence, Difficulty difficulty) {
        return offer(new Candidate(skill, prompt, key, distractors).explained(explanation, evidence).difficulty(difficulty));
    }

    /** A MATCH, EVIDENCE or SHORT_ANSWER draft, held to its type's rules ({@link ItemChecks}); whether it was kept. */
    boolean offerItem(DraftQuestion question) {
        java.util.Optional<String> problem = ItemChecks.problem(question, facts.text).or(() -> teacher.problem(question))
                .or(() -> quotationOverused(question));

        if (problem.isPresent()) {
            drop(question.skill(), question.prompt(), problem.get());
            return false;
        }
        accepted.add(question.type() == app.saidwho.quiz.ItemType.EVIDENCE ? shuffled(question) : question);
        return true;
    }

    /**
     * A quotation feeds two items of a quiz where the article has other quotations (MATCH and EVIDENCE take the
     * least used first), three at most where it has not: a WHO_SAID question, the MATCH row that repeats it, an
     * EVIDENCE item and a verb question on it test the same words four times over. A written answer asks otherwise.
     */
    private Optional<String> quotationOverused(DraftQuestion q) {
        if (q.type() == app.saidwho.quiz.ItemType.SHORT_ANSWER) {
            return Optional.empty();
        }
        List<app.saidwho.attribution.CharSpan> words = quotations(q);
        return words.stream().anyMatch(w -> itemsOn(w) >= MAX_ITEMS_PER_QUOTATION)
                ? Optional.of("a quotation in a fourth item of the quiz") : Optional.empty();
    }

    /** How many accepted items of any type use these words of the article. */
    long itemsOn(app.saidwho.attribution.CharSpan words) {
        return accepted.stream().filter(q -> quotations(q).stream().anyMatch(w -> w.overlaps(words))).count();
    }

    /** The article's words an item is about: a MATCH its rows' quotations, the others their evidence passage. */
    private static List<app.saidwho.attribution.CharSpan> quotations(DraftQuestion q) {
        if (q.type() == app.saidwho.quiz.ItemType.MATCH) {
            return q.pairClaims().stream().map(DraftQuestion.KeyClaim::words).toList();
        }
        return q.evidence() == null ? List.of() : List.of(q.evidence());
    }

    /** An EVIDENCE question with its passages in a seeded order, so the key is not always first. */
    private static DraftQuestion shuffled(DraftQuestion q) {
        Options.Shuffled order = Options.shuffle(q.key(), q.options().stream().filter(o -> !o.equals(q.key())).toList(),
                Options.normal(q.prompt()).hashCode());
        return Items.evidence(q.skill(), q.prompt(), order.options(), order.answer(), q.explanation(), q.evidence());
    }

    void drop(Skill skill, String prompt, String reason) {
        dropped.add(new DroppedQuestion(skill, prompt, reason));
    }

    /** Whether a MATCH row or an EVIDENCE item already asks whose these words are. */
    boolean askedByItem(app.saidwho.attribution.CharSpan words) {
        return accepted.stream().filter(q -> q.skill() == Skill.WHO_SAID).anyMatch(q -> q.pairClaims().stream()
                .anyMatch(c -> c.words().overlaps(words))
                || q.type() == app.saidwho.quiz.ItemType.EVIDENCE && q.evidence().overlaps(words));
    }

    /** Whether a "How did Ana Lopez say this: “…”?" prompt prints these words beside their speaker's name (read9). */
    boolean printedBesideSpeaker(app.saidwho.attribution.CharSpan words) {
        return evidenceAsked(Skill.CHANNEL).stream().anyMatch(w -> w.overlaps(words));
    }

    /** Whether a generator should stop: the skill has its questions, or has been tried often enough. */
    boolean full(Skill skill) {
        int cap = skill == Skill.WHO_SAID ? CAP.get(skill) - (roundCap == 1 ? 1 : 0) : Math.min(CAP.getOrDefault(skill, 2), roundCap);
        return count(skill) >= cap || offers.getOrDefault(skill, 0) >= cap * TRIES_PER_PLACE;
    }

    /** The article's words whose speaker an accepted question of {@code skill} keys; MATCH rows when asked. */
    List<app.saidwho.attribution.CharSpan> wordsKeyed(Skill skill, boolean matchRows) {
        List<app.saidwho.attribution.CharSpan> words = new ArrayList<>();
        for (DraftQuestion q : accepted) {
            if (q.skill() == skill && q.claim() != null) {
                words.add(q.claim().words());
            }
            if (q.skill() == skill && matchRows) {
                q.pairClaims().forEach(c -> words.add(c.words()));
                if (q.type() == app.saidwho.quiz.ItemType.EVIDENCE) {
                    words.add(q.evidence()); // "which passage shows who said …" names the speaker of these words
                }
            }
        }
        return words;
    }

    /** The evidence passages of the accepted questions of {@code skill}. */
    List<app.saidwho.attribution.CharSpan> evidenceAsked(Skill skill) {
        return accepted.stream().filter(q -> q.skill() == skill).map(DraftQuestion::evidence).toList();
    }

    long count(Skill skill) {
        return accepted.stream().filter(q -> q.skill() == skill).count();
    }

    /** The questions by skill, multiple choice before the other types, each in the order made. */
    QuizDraft draft() {
        List<DraftQuestion> ordered = new ArrayList<>(accepted);
        ordered.sort(java.util.Comparator.comparing((DraftQuestion q) -> q.type() != app.saidwho.quiz.ItemType.CHOICE)
                .thenComparing(DraftQuestion::skill));
        return new QuizDraft(List.copyOf(ordered), List.copyOf(dropped));
    }
}
