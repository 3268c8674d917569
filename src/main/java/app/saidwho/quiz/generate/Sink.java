package app.saidwho.quiz.generate;

import app.saidwho.attribution.CharSpan;
import app.saidwho.quiz.Skill;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects generated questions through the validator: a question whose key is not provably right or whose
 * options are not provably distinct is dropped with its reason, never shipped.
 */
final class Sink {
    static final int MIN_OPTIONS = 3;
    static final int MAX_OPTIONS = 4;
    private static final int MAX_PROMPT_WORDS = 60;

    private final String text;
    private final List<DraftQuestion> accepted = new ArrayList<>();
    private final List<DroppedQuestion> dropped = new ArrayList<>();
    private final Set<String> prompts = new HashSet<>();

    Sink(String text) {
        this.text = text;
    }

    void offer(Skill skill, String prompt, String key, List<String> distractors, String explanation, CharSpan evidence,
               Difficulty difficulty) {
        String problem = problem(prompt + " " + key, key, distractors, explanation, evidence);
        if (problem != null) {
            drop(skill, prompt, problem);
            return;
        }
        Options.Shuffled shuffled = Options.shuffle(key, distractors, Options.normal(prompt).hashCode());
        prompts.add(Options.normal(prompt + " " + key));
        accepted.add(new DraftQuestion(skill, prompt, shuffled.options(), shuffled.answer(), explanation, evidence, difficulty));
    }

    /** A MATCH, EVIDENCE or SHORT_ANSWER draft, held to its type's rules ({@link ItemChecks}). */
    void offerItem(DraftQuestion question) {
        java.util.Optional<String> problem = ItemChecks.problem(question, text);
        if (problem.isPresent()) {
            drop(question.skill(), question.prompt(), problem.get());
            return;
        }
        accepted.add(question.type() == app.saidwho.quiz.ItemType.EVIDENCE ? shuffled(question) : question);
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

    long count(Skill skill) {
        return accepted.stream().filter(q -> q.skill() == skill).count();
    }

    QuizDraft draft() {
        return new QuizDraft(List.copyOf(accepted), List.copyOf(dropped));
    }

    private String problem(String prompt, String key, List<String> distractors, String explanation, CharSpan evidence) {
        if (prompts.contains(Options.normal(prompt))) {
            return "the same question was generated already";
        }
        if (distractors.size() + 1 < MIN_OPTIONS) {
            return "not enough provably wrong options (" + distractors.size() + " found, " + (MIN_OPTIONS - 1) + " needed)";
        }
        if (distractors.size() + 1 > MAX_OPTIONS) {
            return "too many options";
        }
        List<String> all = new ArrayList<>(distractors);
        all.add(key);
        if (all.stream().anyMatch(String::isBlank)) {
            return "an option is empty";
        }
        if (all.stream().map(Options::normal).distinct().count() < all.size()) {
            return "two options read the same";
        }
        if (Excerpts.wordCount(prompt) > MAX_PROMPT_WORDS || explanation.isBlank()) {
            return "the prompt is too long or the explanation missing";
        }
        if (evidence == null || evidence.isEmpty() || evidence.end() > text.length()) {
            return "no evidence in the article";
        }
        if (text.indexOf(evidence.text(text)) != evidence.start()) {
            return "the evidence passage is not unique in the article";
        }
        return null;
    }
}
