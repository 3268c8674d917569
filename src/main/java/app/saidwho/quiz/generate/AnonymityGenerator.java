package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.SourceType;
import app.saidwho.quiz.Skill;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ANONYMITY: why an unnamed source is not named, and what kind of insider it is. The key is the reason in the
 * article's own words ("because the talks are private"), or, for a source given no reason, the kind its own
 * description makes it ("a senior administration official": someone in the government, {@link InsiderKinds});
 * "the article does not say why" only when the article gives no reason anywhere and no kind fits.
 */
final class AnonymityGenerator implements QuestionGenerator {
    static final Pattern REASON = Pattern.compile("(?i)\\b(?:speaking|spoke|talking|talked)\\s+on\\s+(?:the\\s+)?condition"
            + "\\s+of\\s+anonymity|\\b(?:asking|asked|requesting|requested)\\s+not\\s+to\\s+be\\s+(?:identified|named)"
            + "|\\b(?:declined|did\\s+not\\s+want|didn't\\s+want|would\\s+not|could\\s+not)\\s+(?:to\\s+)?be\\s+(?:identified|named)"
            + "|\\bon\\s+background\\b|\\banonymity\\b"
            + "|\\bnot\\s+authori[sz]ed\\s+to\\s+(?:speak|talk|comment|discuss)"
            + "(?:\\s+(?:publicly|on\\s+the\\s+record|to\\s+the\\s+press|to\\s+reporters|about\\s+it))?");
    /** The reason right after the anonymity words: "because …", "for fear of …", "to speak candidly", "to discuss …". */
    private static final Pattern BECAUSE = Pattern.compile("\\G,?\\s*((?:because|as|since)\\s+[^.,;\"”]{3,80}"
            + "|for\\s+fear\\s+(?:of|that)\\s+[^.,;\"”]{3,60}"
            + "|to\\s+(?:speak|talk|discuss|describe|reveal|share|offer|provide|avoid|protect|detail|characteri[sz]e|comment"
            + "|preview|relay|candidly|freely)\\b[^.,;\"”]{0,70})");
    private static final int MAX_REASON_WORDS = 14;
    static final String NO_REASON = "The article does not say why";
    static final List<String> REASONS = List.of("Because the talks are private",
            "Because the source was not allowed to speak publicly", "Because the source feared losing their job");
    /**
     * What each typical reason is about: one is a distractor only when the article's reason shares none of its
     * themes (so "to discuss the private meeting" never stands against "Because the talks are private").
     */
    private static final List<Pattern> THEMES = List.of(
            Pattern.compile("(?i)privat|internal|sensitiv|confidential|classified|deliberation|talks|meeting|conversation"
                    + "|candid|freely|frank|details|schedule|plans?\\b|secret"),
            Pattern.compile("(?i)authori[sz]|allowed|permi|rules?\\b|policy|protocol|publicly|on the record|candid|freely"),
            Pattern.compile("(?i)fear|afraid|job|employ|retaliat|reprisal|safety|damag|harm|protect|career|trouble|losing"));

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        boolean anyReason = REASON.matcher(facts.text).find();
        boolean reasonAsked = false;
        boolean kindAsked = false;
        java.util.Set<String> heads = new java.util.HashSet<>();
        for (Attribution a : facts.attributions()) {
            if (reasonAsked && kindAsked) {
                return;
            }
            if (a.source() == null || !unnamed(facts, a) || a.parent() >= 0
                    || !ArticleFacts.reportsWords(a) || facts.mentionIsPronoun(a) || pointsBack(facts.mention(a))
                    || heads.contains(head(described(facts, a)))) {
                continue; // one question per kind of unnamed source: "U.S. officials" and "officials" may be the same
            }
            // a group the engine calls vague ("several experts") is asked only what kind of source it is
            boolean group = a.source().type() != SourceType.ANONYMOUS;
            Optional<String> reason = group ? Optional.empty() : reason(facts.clause(a));
            Optional<InsiderKinds.Kind> kind = InsiderKinds.of(described(facts, a));
            long before = sink.count(Skill.ANONYMITY);
            if (reason.isPresent() && !reasonAsked) {
                reasonAsked = offerReason(facts, sink, a, reason);
            } else if (kind.isPresent() && !kindAsked) {
                kindAsked = offerKind(facts, sink, a, kind.get());
            } else if (reason.isEmpty() && !anyReason && !reasonAsked && !group) {
                reasonAsked = offerReason(facts, sink, a, reason);
            }
            if (sink.count(Skill.ANONYMITY) > before) {
                heads.add(head(described(facts, a)));
            }
        }
    }

    /** An unnamed source: the engine's anonymous kind, or a group it calls vague that a kind fits ("several experts"). */
    private static boolean unnamed(ArticleFacts facts, Attribution a) {
        return a.source().type() == SourceType.ANONYMOUS
                || a.source().type() == SourceType.VAGUE && InsiderKinds.of(described(facts, a)).isPresent();
    }

    /**
     * The mention as the article goes on with it: the engine may end "sources familiar" before "with the talks", which
     * says what kind of source it is.
     */
    static String described(ArticleFacts facts, Attribution a) {
        String mention = inSentence(facts.text, facts.mention(a));
        if (!mention.matches("(?is).*\\b(?:familiar|close|briefed|knowledgeable)$")) {
            return mention;
        }
        Matcher rest = DANGLING.matcher(facts.text.substring(a.source().span().end(),
                Math.min(facts.text.length(), a.source().span().end() + 80)));
        return rest.find() ? mention + rest.group() : mention;
    }

    /**
     * "Several experts" opening a sentence reads "several experts" inside a prompt; a word the article also writes in
     * lower case is capitalised only as the sentence's first ("Clinton aides" keeps its name).
     */
    static String inSentence(String text, String mention) {
        Matcher first = Pattern.compile("^(\\p{Lu})(\\p{Ll}+)\\b").matcher(mention);
        if (!first.find()) {
            return mention;
        }
        String lower = first.group(1).toLowerCase(java.util.Locale.ROOT) + first.group(2);
        // "Democratic" is also written "democratic" ("a democratic socialist") but capitalised inside sentences
        boolean capitalisedInside = Pattern.compile("\\p{Ll}[,;]?\\s+" + first.group() + "\\b").matcher(text).find();
        return !capitalisedInside && Pattern.compile("(?<![\\p{L}-])" + lower + "(?![\\p{L}-])").matcher(text).find()
                ? lower + mention.substring(first.end()) : mention;
    }

    private static final Pattern DANGLING = Pattern.compile("^\\s+(?:with|to|on|about)(?:\\s+[\\p{L}'’-]+){1,6}?(?=[,.;:\"”]|\\s+(?:said|says|told|who|and)\\b|$)");

    /** "officials" for "U.S. officials", "source" for "sources familiar with the effort": what the source is. */
    static String head(String mention) {
        return InsiderKinds.head(mention).orElseGet(() -> {
            String[] words = mention.toLowerCase(java.util.Locale.ROOT).split("\\s+");
            return words[words.length - 1];
        }).replaceAll("s$", "");
    }

    /** "Why does the article not name …?": the reason in the article's words, or that it gives none. */
    private static boolean offerReason(ArticleFacts facts, Sink sink, Attribution a, Optional<String> reason) {
        String key = reason.map(AnonymityGenerator::capitalised).orElse(NO_REASON);
        List<String> distractors = new java.util.ArrayList<>(distractors(key));
        if (reason.isPresent()) {
            distractors.add(0, NO_REASON);
        }
        String mention = described(facts, a);
        String explanation = reason.map(r -> "Next to \"" + mention + "\" the article gives the reason: \"" + r + "\".")
                .orElse("The article never says why \"" + mention + "\" " + (Grammar.plural(facts, a) ? "are" : "is")
                        + " not named. A careful reader notices "
                        + "that, because an unnamed source cannot be checked.") + " Look at the highlighted passage.";
        long before = sink.count(Skill.ANONYMITY);
        sink.offer(Skill.ANONYMITY, "Why does the article not name \"" + mention + "\"?", key,
                Options.pick(key, distractors, Sink.MAX_OPTIONS - 1), explanation, facts.evidence(a), Difficulty.MEDIUM);
        return sink.count(Skill.ANONYMITY) > before;
    }

    /** "What does the article tell you about who … is?": the kind of insider its own description makes the source. */
    private static boolean offerKind(ArticleFacts facts, Sink sink, Attribution a, InsiderKinds.Kind kind) {
        String mention = described(facts, a);
        boolean plural = InsiderKinds.plural(mention);
        String label = kind.label(plural);
        String explanation = "The article calls " + (plural ? "these sources" : "the source") + " \"" + mention + "\": "
                + Character.toLowerCase(label.charAt(0)) + label.substring(1) + ". It gives no name, so a reader cannot "
                + "check who exactly " + (plural ? "they are" : "it is") + ". Look at the highlighted passage.";
        long before = sink.count(Skill.ANONYMITY);
        sink.offer(Skill.ANONYMITY, "The article gives no name" + (plural ? "s" : "") + " for \"" + mention + "\". What does it tell you about who "
                        + (plural ? "these sources are" : "this source is") + "?", label,
                Options.pick(label, InsiderKinds.distractors(kind, plural, facts.text), Sink.MAX_OPTIONS - 1), explanation,
                facts.evidence(a), Difficulty.EASY);
        return sink.count(Skill.ANONYMITY) > before;
    }

    /**
     * "His chief aide", "the spokesman": a mention that points back may mean someone the article names
     * ("Lopez's campaign manager Jon Reyes … His chief aide said"), so it is no unnamed source.
     */
    static boolean pointsBack(String mention) {
        return mention.matches("(?i)(?:his|her|their|its|the|this|that|these|those)\\b.*");
    }

    /** The reason the clause gives for keeping the source's name back ("because the talks are private"). */
    static Optional<String> reason(String clause) {
        Matcher m = REASON.matcher(clause);
        if (!m.find()) {
            return Optional.empty();
        }
        Matcher because = BECAUSE.matcher(clause);
        if (because.find(m.end()) && Excerpts.wordCount(because.group(1)) <= MAX_REASON_WORDS) {
            return Optional.of(because.group(1).strip());
        }
        String said = m.group().strip();
        return said.toLowerCase().startsWith("not authori") ? Optional.of("The source was " + said) : Optional.empty();
    }

    /** The typical reasons that share no word and no theme with the article's reason. */
    static List<String> distractors(String key) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < REASONS.size(); i++) {
            boolean sameTheme = !key.equals(NO_REASON) && THEMES.get(i).matcher(key).find();
            if (!Roles.overlap(REASONS.get(i), key) && !sameTheme) {
                out.add(REASONS.get(i));
            }
        }
        return out;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
