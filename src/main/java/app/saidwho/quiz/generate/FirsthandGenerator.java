package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.Kind;
import app.saidwho.quiz.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FIRSTHAND: was the source in a position to know? Keys only from explicit words: the source took part ("I
 * saw", "we agreed", "he and the minister reached"), passes on what others said ("according to reports", "was
 * told", "citing"), or says it does not know ("I don't know what happened").
 */
final class FirsthandGenerator implements QuestionGenerator {
    private static final int LIMIT = 2;
    static final Pattern TOOK_PART = Pattern.compile("\\b(?:I|[Ww]e)\\s+(?:saw|watched|met|agreed|discussed|negotiated|"
            + "attended|signed|was there|were there|was in the room|were in the room)\\b"
            + "|^(?:that\\s+)?(?:he|she|they)\\s+and\\s+[^,.;]{2,40}?\\s+(?:reached|agreed|discussed|met|signed|negotiated)\\b"
            + "|\\b(?:eyewitness|who witnessed|who was there|who attended|who took part)\\b");
    static final Pattern PASSED_ON = Pattern.compile("(?i)\\baccording to (?:news |media |press )?reports\\b|\\bciting\\b"
            + "|\\breportedly\\b|\\b(?:was|were|had been|have been|has been) told\\b|\\bheard from\\b|\\bsecond-hand\\b");
    static final Pattern NOT_KNOWING = Pattern.compile("(?i)\\b(?:I|we|he|she|they)\\s+(?:do|does|did)\\s*(?:n't|n’t|\\s+not)"
            + "\\s+know\\b|\\b(?:had|has|have)\\s+no idea\\b|\\bwas(?:n't|n’t| not) told\\b");

    /** The three answers, in the order of {@link #key}. */
    enum Position { TOOK_PART, PASSED_ON, DOES_NOT_KNOW }

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        java.util.Set<String> asked = new java.util.HashSet<>();
        for (Attribution a : facts.attributions()) {
            if (asked.size() == LIMIT) {
                return;
            }
            Optional<Position> position = SpeakerKeys.sure(facts, a) ? key(facts.content(a), facts.clause(a), a.kind())
                    : Optional.empty();
            if (position.isEmpty() || !asked.add(a.source().name())) {
                continue;
            }
            String name = facts.display(a);
            String words = Excerpts.words(Excerpts.unquoted(facts.content(a)).replaceFirst("^that ", ""), 15);
            List<String> options = options(name);
            String key = options.get(position.get().ordinal());
            List<String> distractors = new ArrayList<>(options);
            distractors.remove(key);
            sink.offer(Skill.FIRSTHAND, "Was " + name + " in a position to know this first-hand: \"" + words + "\"?",
                    key, distractors, explanation(position.get(), name, shownBy(position.get(), facts.content(a),
                            facts.clause(a))), facts.evidence(a), Difficulty.HARD);
        }
    }

    /** The one position the words make explicit, or empty when none or more than one does. */
    static Optional<Position> key(String content, String clause, Kind kind) {
        List<Position> found = new ArrayList<>();
        if (TOOK_PART.matcher(content).find() && (kind != Kind.INDIRECT || !content.matches("(?s).*\\b(?:I|we)\\b.*"))) {
            found.add(Position.TOOK_PART);
        }
        if (PASSED_ON.matcher(clause).find()) {
            found.add(Position.PASSED_ON);
        }
        if (NOT_KNOWING.matcher(content).find()) {
            found.add(Position.DOES_NOT_KNOW);
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    static List<String> options(String name) {
        return List.of("Yes: " + name + " took part or saw it first-hand",
                "No: " + name + " passes on what others said or wrote",
                "No: the article quotes " + name + " as not knowing what happened");
    }

    /** The words that make the position explicit, to quote in the explanation. */
    private static String shownBy(Position position, String content, String clause) {
        Matcher m = switch (position) {
            case TOOK_PART -> TOOK_PART.matcher(content);
            case PASSED_ON -> PASSED_ON.matcher(clause);
            case DOES_NOT_KNOW -> NOT_KNOWING.matcher(content);
        };
        return m.find() ? m.group().strip() : "";
    }

    private static String explanation(Position position, String name, String words) {
        return "The words \"" + words + "\" " + switch (position) {
            case TOOK_PART -> "show that " + name + " was part of what is described, so " + name
                    + " could know it first-hand.";
            case PASSED_ON -> "show that " + name + " heard this from others (a report, a document or someone else), "
                    + "so " + name + " was not a witness.";
            case DOES_NOT_KNOW -> "show that " + name + " does not know what happened, so " + name
                    + " was not in a position to know it.";
        } + " Look at the highlighted passage.";
    }
}
