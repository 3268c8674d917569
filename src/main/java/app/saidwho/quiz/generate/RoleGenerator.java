package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.SourceType;
import app.saidwho.quiz.Skill;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ROLE: who a source is, as the article introduces them ("press secretary", "a critic of the plan"). The
 * distractors are the roles the article gives its other sources, none sharing a word with the key.
 */
final class RoleGenerator implements QuestionGenerator {
    private static final int LIMIT = 2;

    @Override
    public void generate(ArticleFacts facts, Sink sink) {
        Map<String, String> roles = new LinkedHashMap<>();
        Map<String, Attribution> firstWords = new LinkedHashMap<>();
        for (Attribution a : facts.attributions()) {
            if (SpeakerKeys.sure(facts, a) && a.source().type() == SourceType.PERSON && Roles.personName(a.source().name())
                    && !roles.containsKey(a.source().name())) {
                Roles.of(facts.text, a.source().name()).ifPresent(role -> {
                    roles.put(a.source().name(), role);
                    firstWords.put(a.source().name(), a);
                });
            }
        }
        // what kind of source the role makes someone is the judgement; recalling the words is only a check of
        // reading, so the kinds come first, one question a kind, then at most one "how does the article describe"
        // item, none of its options a role another prompt has shown (read8: two such items on one pool, or a role
        // just printed in a prompt, answered each other)
        java.util.Set<RoleKinds.Kind> kinds = java.util.EnumSet.noneOf(RoleKinds.Kind.class);
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (Map.Entry<String, String> entry : roles.entrySet()) {
            Optional<RoleKinds.Kind> kind = RoleKinds.of(entry.getValue());
            if (shown.size() < LIMIT && kind.isPresent() && kinds.add(kind.get())) {
                offerKind(sink, entry.getKey(), entry.getValue(), kind.get(), evidence(facts, firstWords, entry));
                shown.add(entry.getValue());
            }
        }
        for (Map.Entry<String, String> entry : roles.entrySet()) {
            String name = entry.getKey();
            String key = entry.getValue();
            List<String> others = otherRoles(facts, roles, name, key);
            others.removeAll(shown);
            if (shown.size() < LIMIT && !shown.contains(key) && others.size() >= 2) {
                String explanation = "The article introduces " + name + " as \"" + key + "\". " + side(key)
                        + " The other descriptions belong to other people in the article. Look at the highlighted passage.";
                sink.offer(Skill.ROLE, "How does the article describe " + name + "?", key,
                        Options.pick(key, others, Sink.MAX_OPTIONS - 1), explanation, evidence(facts, firstWords, entry),
                        Difficulty.MEDIUM);
                return;
            }
        }
    }

    private static CharSpan evidence(ArticleFacts facts, Map<String, Attribution> firstWords, Map.Entry<String, String> role) {
        return introduction(facts, role.getKey(), role.getValue()).orElse(facts.evidence(firstWords.get(role.getKey())));
    }

    /**
     * The roles of the article's other people, none sharing a word with the key and of the key's shape: bare titles
     * ("Senator") beside a bare title, descriptions ("a critic of the plan") beside a description (read8: a lone
     * description among titles gives itself away).
     */
    private static List<String> otherRoles(ArticleFacts facts, Map<String, String> roles, String name, String key) {
        List<String> others = new ArrayList<>();
        Map<String, String> everyone = new LinkedHashMap<>(roles);
        Roles.ofPeopleIn(facts.text).forEach(everyone::putIfAbsent);
        everyone.forEach((other, role) -> {
            // Another name sharing a word may be the same person ("Ana Lopez", "Ana Maria Lopez"): never a distractor.
            if (!Roles.overlap(other, name) && !Roles.overlap(role, key) && bareTitle(role) == bareTitle(key)
                    && others.stream().noneMatch(o -> Roles.overlap(o, role))) {
                others.add(role);
            }
        });
        return others;
    }

    /** "Senator", "Secretary of State", "Tax Foundation economist": a title of five words at most, no description. */
    static boolean bareTitle(String role) {
        return Excerpts.wordCount(role) <= 5 && !DESCRIBES.matcher(role).find();
    }

    /** An article, a possessive or a relative clause makes a role a description ("a critic of the plan", "Berg's aide"). */
    private static final java.util.regex.Pattern DESCRIBES = java.util.regex.Pattern.compile("(?i)^(?:a|an|the|his|her|its"
            + "|their)\\b|['’]s?\\s|\\b(?:who|which|whose)\\b");

    /** What kind of source the role makes the person, asked when that is plain (`RoleKinds`). */
    private static void offerKind(Sink sink, String name, String role, RoleKinds.Kind kind, CharSpan evidence) {
        String explanation = "The article introduces " + name + " as \"" + role + "\". " + side(role)
                + " Look at the highlighted passage.";
        sink.offer(Skill.ROLE, "The article introduces " + name + " as \"" + role + "\". What kind of source is that?",
                kind.label, Options.pick(kind.label, RoleKinds.distractors(kind), Sink.MAX_OPTIONS - 1),
                explanation, evidence, Difficulty.EASY);
    }

    /** What the kind of role tells a reader about whose side the source speaks for; the first kind that fits. */
    static String side(String role) {
        String lower = Roles.head(role).toLowerCase(Locale.ROOT);
        for (String[] kind : SIDES) {
            if (lower.matches(".*\\b(?:" + kind[0] + ")\\b.*")) {
                return kind[1];
            }
        }
        return "The article tells you their position, which helps you judge what they know and whose side they may be on.";
    }

    private static final String[][] SIDES = {
        {"spokes\\w*|press secretary|aide|adviser|advisor|strategist|pollster|campaign manager|communications director"
                + "|campaign chairman|surrogate|speechwriter|staffer|chief of staff|consultant|operative",
            "A spokesperson, aide or adviser works for a person, a campaign or a body, so their words give that side's view."},
        {"critic|supporter|opponent|ally|backer|donor", "The article tells you this source takes a side."},
        {"professor|analyst|researcher|expert|economist|scientist|historian|scholar|fellow",
            "An expert speaks from knowledge of the field; check whether the article ties them to either side."},
        {"executive|ceo|founder|owner|employee|worker|manager",
            "Someone who works for a company or group speaks from inside it, often for its interests."},
        {"senator|governor|president|minister|mayor|secretary|official|representative|congressman|congresswoman"
                + "|lawmaker|ambassador|judge|commissioner|chancellor|premier|sheriff|prosecutor|councillor|councilor"
                + "|director|chairman|chairwoman|chair|leader|attorney general",
            "Someone who holds an office speaks in that role, usually for their side, their government or their organisation."},
        {"resident|witness|parent|student|teacher|nurse|doctor|voter|neighbor|neighbour",
            "They speak from their own life or work, not for an organisation; check what they saw themselves."}
    };

    /** The passage that introduces the person with the role, as evidence. */
    private static Optional<CharSpan> introduction(ArticleFacts facts, String name, String role) {
        // the article's own spelling of the title ("Gov. Jon Reyes" read as "Governor")
        String abbreviated = role.replaceAll("\\bSenator$", "Sen.").replaceAll("\\bGovernor$", "Gov.")
                .replaceAll("\\bRepresentative$", "Rep.").replaceAll("\\bLieutenant$", "Lt.");
        for (String phrase : List.of(role + " " + name, name + ", " + role, abbreviated + " " + name)) {
            int at = facts.text.indexOf(phrase);
            if (at >= 0 && facts.text.indexOf(phrase, at + 1) < 0) {
                return Optional.of(new CharSpan(at, at + phrase.length()));
            }
        }
        return Optional.empty();
    }
}
