package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rules every generated question must pass, each with the reason the teacher reads under "what the
 * validator left out". A rule returns that reason, or empty when the question passes it.
 */
final class Validator {
    static final int MIN_OPTIONS = 3;
    static final int MAX_OPTIONS = 4;
    private static final int MAX_PROMPT_WORDS = 60;
    /** The longest evidence passage or explanation, and option, a question keeps (a quoted paragraph can be longer). */
    static final int MAX_EVIDENCE_CHARS = 4000, MAX_OPTION_CHARS = 1000;
    private static final Pattern DOUBLED_MARKS = Pattern.compile("\"\\s*\"|“\\s*”|\"“|”\"|“\"|\"”|''");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)+\\b");
    private static final Pattern BAD_POSSESSIVE = Pattern.compile("\\b\\p{Lu}\\p{L}*s's\\b");
    private static final Pattern BAD_AGREEMENT = Pattern.compile(
            "\\b([Tt]hey|[Ww]e|officials|critics|experts|sources) (thinks|says|wants|feels|believes|knows|is|was|has)\\b"
            + "|\\bI (thinks|says|wants|feels|believes|knows|is|has)\\b");

    private final ArticleFacts facts;
    private final Set<String> questionsSeen = new HashSet<>();
    private final Set<app.saidwho.quiz.Skill> giveawaysSeen = new HashSet<>();
    private final Set<CharSpan> wordsAsked = new HashSet<>();
    private boolean flaggedSeen;
    private final List<Function<Candidate, Optional<String>>> rules = List.of(this::repeated, this::optionCount,
            this::sameOptions, this::oneEntityPerOption, this::optionsAreSpeakers, this::unsureKey, this::secondFlagged,
            this::wordsAskedAlready, this::doubledMarks,
            this::unbalanced, this::codes, this::grammar, this::orderContradicted, this::secondGiveaway, this::tooLong,
            this::oversized, this::evidenceMissing);

    Validator(ArticleFacts facts) {
        this.facts = facts;
    }

    /** The first rule the question breaks, or empty. */
    Optional<String> problem(Candidate c) {
        for (Function<Candidate, Optional<String>> rule : rules) {
            Optional<String> reason = rule.apply(c);
            if (reason.isPresent()) {
                return reason;
            }
        }
        return Optional.empty();
    }

    /** Remember an accepted question, for the rules that look across the quiz. */
    void accepted(Candidate c) {
        questionsSeen.add(Options.normal(c.prompt + " " + c.key));
        if (c.giveaway) {
            giveawaysSeen.add(c.skill);
        }
        if (c.claim != null) {
            wordsAsked.add(c.claim.words());
        }
        flaggedSeen |= needsCheck(c);
    }

    /** A speaker key the engine is only fairly sure of: kept, flagged "check this key". */
    boolean needsCheck(Candidate c) {
        return c.speakerKey && c.basis != null && Trust.of(facts.text, c.basis) == Trust.Level.MEDIUM;
    }

    /** One "check this key" question per quiz at most: a teacher checks one, not a quiz full of them. */
    Optional<String> secondFlagged(Candidate c) {
        return when(flaggedSeen && needsCheck(c), "a second question whose key the teacher would have to check");
    }

    /** "Who said X?" and "Which of these did Y say?" with X as the key give each other away. */
    Optional<String> wordsAskedAlready(Candidate c) {
        return when(c.claim != null && wordsAsked.contains(c.claim.words()), "another question already asks whose these words are");
    }

    Optional<String> repeated(Candidate c) {
        return when(questionsSeen.contains(Options.normal(c.prompt + " " + c.key)), "the same question was generated already");
    }

    Optional<String> optionCount(Candidate c) {
        if (c.distractors.size() + 1 < MIN_OPTIONS) {
            return Optional.of("not enough provably wrong options (" + c.distractors.size() + " found, "
                    + (MIN_OPTIONS - 1) + " needed)");
        }
        return when(c.distractors.size() + 1 > MAX_OPTIONS, "too many options");
    }

    Optional<String> sameOptions(Candidate c) {
        List<String> all = options(c);
        if (all.stream().anyMatch(String::isBlank)) {
            return Optional.of("an option is empty");
        }
        return when(all.stream().map(Options::normal).distinct().count() < all.size(), "two options read the same");
    }

    /** "Mr Doe" and "Jane Doe", or "Doe" and "Jane Doe", are one person: never two options. */
    Optional<String> oneEntityPerOption(Candidate c) {
        if (!c.speakerOptions) {
            return Optional.empty();
        }
        Set<String> entities = new HashSet<>();
        for (String option : options(c)) {
            if (!entities.add(Speakers.surname(option))) {
                return Optional.of("one person is offered twice (" + option + ")");
            }
        }
        return Optional.empty();
    }

    /** Every wrong option is someone the article presents as speaking, and never a person reported dead. */
    Optional<String> optionsAreSpeakers(Candidate c) {
        if (!c.speakerOptions) {
            return Optional.empty();
        }
        for (String d : c.distractors) {
            if (d.equals(Options.NO_SPEAKER)) {
                continue;
            }
            if (!facts.speakers.isSpeaker(d)) {
                return Optional.of("an option is not someone the article presents as speaking (" + d + ")");
            }
            if (facts.speakers.victim(d)) {
                return Optional.of("an option is a person the article reports dead (" + d + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * A speaker key needs an engine sure of it; a fairly sure one (kept, flagged) must name someone the article
     * presents as speaking elsewhere, and for a pronoun, the person named last before it.
     */
    Optional<String> unsureKey(Candidate c) {
        if (!c.speakerKey) {
            return Optional.empty();
        }
        if (c.basis == null || Trust.of(facts.text, c.basis) == Trust.Level.LOW) {
            return Optional.of("the engine is not sure who said it (low confidence)");
        }
        CharSpan words = c.claim == null ? null : c.claim.words();
        if (Trust.of(facts.text, c.basis) == Trust.Level.HIGH) {
            return PronounKeys.doubt(facts, c.basis, words);
        }
        String speaker = facts.speakers.fullName(c.basis.source().name(), c.basis.source().type());
        if (!facts.speakers.isSpeaker(speaker)) {
            return Optional.of("the engine is not sure who said it, and " + speaker + " speaks nowhere else in the article");
        }
        if (!facts.mentionIsPronoun(c.basis)) {
            return Optional.of("the engine is not sure who said it: " + Trust.uncertainty(facts.text, c.basis));
        }
        return PronounKeys.doubt(facts, c.basis, words);
    }

    Optional<String> doubledMarks(Candidate c) {
        return when(texts(c).stream().anyMatch(t -> DOUBLED_MARKS.matcher(t).find()), "doubled quotation marks");
    }

    Optional<String> unbalanced(Candidate c) {
        return texts(c).stream().filter(t -> !Excerpts.balanced(t)).findFirst()
                .map(t -> "an unclosed bracket or quotation in: " + String.join(" ", java.util.Arrays.asList(t.split("\\s+"))
                        .subList(0, Math.min(8, t.split("\\s+").length))) + " …");
    }

    Optional<String> codes(Candidate c) {
        return when(texts(c).stream().anyMatch(t -> CODE.matcher(t).find()), "a skill or category code instead of words");
    }

    Optional<String> grammar(Candidate c) {
        for (String t : texts(c)) {
            if (BAD_POSSESSIVE.matcher(t).find() || BAD_AGREEMENT.matcher(t).find()) {
                return Optional.of("the wording does not agree (possessive or plural)");
            }
        }
        return Optional.empty();
    }

    /** An explanation placing the cue before or after the quotation must match the article. */
    Optional<String> orderContradicted(Candidate c) {
        Attribution a = c.basis;
        if (a == null || a.cue() == null) {
            return Optional.empty();
        }
        String why = c.explanation.toLowerCase(Locale.ROOT);
        CharSpan cue = a.cue().span();
        boolean before = cue.end() <= a.content().start();
        boolean after = cue.start() >= a.content().end();
        boolean wrong = (why.contains("before the quotation") || why.contains("before the words")) && !before
                || (why.contains("after the quotation") || why.contains("after the words")) && !after
                || why.contains("between the two parts") && (before || after);
        return when(wrong, "the explanation puts the cue where the article does not");
    }

    Optional<String> secondGiveaway(Candidate c) {
        return when(c.giveaway && giveawaysSeen.contains(c.skill), "a second question of this skill the surface gives away");
    }

    Optional<String> tooLong(Candidate c) {
        return when(Excerpts.wordCount(c.prompt) > MAX_PROMPT_WORDS || c.explanation.isBlank(),
                "the prompt is too long or the explanation missing");
    }

    Optional<String> oversized(Candidate c) {
        if (c.evidence != null && c.evidence.end() - c.evidence.start() > MAX_EVIDENCE_CHARS
                || c.explanation.length() > MAX_EVIDENCE_CHARS) {
            return Optional.of("the evidence or the explanation is longer than " + MAX_EVIDENCE_CHARS + " characters");
        }
        return when(options(c).stream().anyMatch(o -> o.length() > MAX_OPTION_CHARS),
                "an option is longer than " + MAX_OPTION_CHARS + " characters");
    }

    Optional<String> evidenceMissing(Candidate c) {
        String text = facts.text;
        if (c.evidence == null || c.evidence.isEmpty() || c.evidence.end() > text.length()) {
            return Optional.of("no evidence in the article");
        }
        return when(text.indexOf(c.evidence.text(text)) != c.evidence.start(), "the evidence passage is not unique in the article");
    }

    private static List<String> options(Candidate c) {
        List<String> all = new ArrayList<>(c.distractors);
        all.add(c.key);
        return all;
    }

    private static List<String> texts(Candidate c) {
        List<String> all = options(c);
        all.add(c.prompt);
        all.add(c.explanation);
        return all;
    }

    private static Optional<String> when(boolean broken, String reason) {
        return broken ? Optional.of(reason) : Optional.empty();
    }
}
