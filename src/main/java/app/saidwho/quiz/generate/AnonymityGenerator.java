package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.SourceType;
import app.saidwho.quiz.Skill;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ANONYMITY: why an unnamed source is not named. The key is the reason in the article's own words ("because the
 * talks are private"); when the article gives no reason anywhere, the key says so.
 */
final class AnonymityGenerator implements QuestionGenerator {
    static final Pattern REASON = Pattern.compile("(?i)\\b(?:speaking|spoke|talking|talked)\\s+on\\s+(?:the\\s+)?condition"
            + "\\s+of\\s+anonymity|\\b(?:asking|asked|requesting|requested)\\s+not\\s+to\\s+be\\s+(?:identified|named)"
            + "|\\b(?:declined|did\\s+not\\s+want|didn't\\s+want|would\\s+not|could\\s+not)\\s+(?:to\\s+)?be\\s+(?:identified|named)"
            + "|\\bon\\s+background\\b|\\banonymity\\b"
            + "|\\bnot\\s+authori[sz]ed\\s+to\\s+(?:speak|talk|comment|discuss)"
            + "(?:\\s+(?:publicly|on\\s+the\\s+record|to\\s+the\\s+press|to\\s+reporters|about\\s+it))?");
    private static final Pattern BECAUSE = Pattern.compile("\\G,?\\s*((?:because|as|since)\\s+[^.,;\"”]{3,80})");
    static final String NO_REASON = "The article does not say why";
    static final List<String> REASONS = List.of("Because the talks are private",
            "Because the source was not allowed to speak publicly", "Because the source feared losing their job");

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        boolean anyReason = REASON.matcher(facts.text).find();
        for (Attribution a : facts.attributions()) {
            if (a.source() == null || a.source().type() != SourceType.ANONYMOUS || a.parent() >= 0
                    || !ArticleFacts.reportsWords(a) || facts.mentionIsPronoun(a)) {
                continue;
            }
            String clause = facts.clause(a);
            Optional<String> reason = reason(clause);
            if (reason.isEmpty() && anyReason) {
                continue;
            }
            String key = reason.map(AnonymityGenerator::capitalised).orElse(NO_REASON);
            List<String> distractors = new java.util.ArrayList<>(REASONS.stream()
                    .filter(r -> !Roles.overlap(r, key)).toList());
            if (reason.isPresent()) {
                distractors.add(0, NO_REASON);
            }
            String mention = facts.mention(a);
            String explanation = reason.map(r -> "Next to \"" + mention + "\" the article gives the reason: \"" + r + "\".")
                    .orElse("The article never says why \"" + mention + "\" is not named. A careful reader notices "
                            + "that, because an unnamed source cannot be checked.") + " Look at the highlighted passage.";
            sink.offer(Skill.ANONYMITY, "Why does the article not name \"" + mention + "\"?", key,
                    Options.pick(key, distractors, Sink.MAX_OPTIONS - 1), explanation, facts.evidence(a), Difficulty.MEDIUM);
            return;
        }
    }

    /** The reason the clause gives for keeping the source's name back ("because the talks are private"). */
    static Optional<String> reason(String clause) {
        Matcher m = REASON.matcher(clause);
        if (!m.find()) {
            return Optional.empty();
        }
        Matcher because = BECAUSE.matcher(clause);
        if (because.find(m.end())) {
            return Optional.of(because.group(1).strip());
        }
        String said = m.group().strip();
        return said.toLowerCase().startsWith("not authori") ? Optional.of("The source was " + said) : Optional.empty();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
