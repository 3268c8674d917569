package app.saidwho.quiz.generate;

import app.saidwho.attribution.CharSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Rules from reading quizzes as a teacher would, beside the {@link Validator}'s: a passage feeds at most two
 * multiple-choice questions (a third tests the same sentence again), no one the article reports dead is named as a speaker, and no
 * question is built around swearing or a slur.
 */
final class TeacherChecks {
    static final int QUESTIONS_PER_PASSAGE = 2;
    private static final Set<String> UNFIT = unfitWords();
    private final ArticleFacts facts;
    private final List<CharSpan> passages = new ArrayList<>();
    private final java.util.Map<String, Boolean> dead = new java.util.HashMap<>();

    TeacherChecks(ArticleFacts facts) {
        this.facts = facts;
    }

    Optional<String> passageOverused(CharSpan evidence) {
        return evidence != null && overlapping(evidence) >= QUESTIONS_PER_PASSAGE
                ? Optional.of("a third question on the same passage") : Optional.empty();
    }

    /** The first of these rules a multiple-choice question breaks, or empty. */
    Optional<String> problem(Candidate c) {
        List<String> texts = new ArrayList<>(c.distractors);
        texts.addAll(List.of(c.prompt, c.key, c.explanation == null ? "" : c.explanation));
        return unfitWords(texts).or(() -> deadSpeaker(c)).or(() -> titleAgainstName(c)).or(() -> passageOverused(c.evidence));
    }

    /** "Mr. Obama said" keyed as Michelle Obama: the title in the article says it is someone else. */
    Optional<String> titleAgainstName(Candidate c) {
        if (c.basis == null || c.basis.source() == null || c.basis.source().name() == null) {
            return Optional.empty();
        }
        return SpeakerKeys.titleAgainstName(facts, c.basis)
                ? Optional.of("the title in the article (\"" + facts.mention(c.basis).strip().split("\\s+")[0]
                + "\") does not fit " + facts.speakers.fullName(c.basis.source().name(), c.basis.source().type()))
                : Optional.empty();
    }

    /** The same for a MATCH, EVIDENCE or SHORT_ANSWER item. */
    Optional<String> problem(DraftQuestion q) {
        List<String> texts = new ArrayList<>(q.options());
        texts.addAll(List.of(q.prompt(), q.explanation()));
        q.pairs().forEach(p -> texts.add(p.prompt()));
        return unfitWords(texts);
    }

    Optional<String> deadSpeaker(Candidate c) {
        return c.basis != null && c.basis.source() != null && c.basis.source().name() != null
                && dead.computeIfAbsent(c.basis.source().name(), n -> reportedDead(facts.text, n))
                ? Optional.of("the speaker is someone the article reports dead") : Optional.empty();
    }

    /**
     * Whether the article reports this person (a full name) killed or dead: "the death of … Jon Pell", "killed Jon
     * Pell", "Jon Pell, who was killed", "Jon Pell died". Words a dead person once said are rare in news; a speaker
     * resolved to such a name is far more often a relative of the same surname the engine mixed up.
     */
    static boolean reportedDead(String text, String name) {
        if (!name.strip().contains(" ")) {
            return false;
        }
        String n = java.util.regex.Pattern.quote(name.strip());
        return java.util.regex.Pattern.compile("\\b(deaths? of|killed|killing of|murder of|murdered|slain|funeral (of|for))"
                + "[^.]{0,120}?" + n + "\\b|\\b" + n + "(,? who| \\([^)]*\\))? (was|were|had been) (killed|murdered|slain|shot dead)"
                + "|\\b" + n + ",? (who )?died\\b").matcher(text).find();
    }

    private static final java.util.regex.Pattern MASKED = java.util.regex.Pattern.compile("\\b\\p{L}{1,2}(-{2,}|\\*{2,})");

    static Optional<String> unfitWords(List<String> texts) {
        for (String text : texts) {
            if (MASKED.matcher(text).find()) {
                return Optional.of("words not fit for a classroom quiz"); // "full of s---": the paper hid a swear word
            }
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (UNFIT.contains(word)) {
                    return Optional.of("words not fit for a classroom quiz");
                }
            }
        }
        return Optional.empty();
    }

    /** Remember the passage of an accepted multiple-choice question (MATCH, EVIDENCE and written items ask otherwise). */
    void accepted(CharSpan evidence) {
        if (evidence != null) {
            passages.add(evidence);
        }
    }

    private long overlapping(CharSpan span) {
        return passages.stream().filter(p -> p.start() < span.end() && span.start() < p.end()).count();
    }

    private static Set<String> unfitWords() {
        return Set.copyOf(WordLists.lines("/quiz/unfit-words.txt"));
    }
}
