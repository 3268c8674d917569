package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
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
        int made = 0;
        for (Map.Entry<String, String> entry : roles.entrySet()) {
            if (made == LIMIT) {
                return;
            }
            String name = entry.getKey();
            String key = entry.getValue();
            List<String> others = new ArrayList<>();
            java.util.Map<String, String> everyone = new LinkedHashMap<>(roles);
            Roles.ofPeopleIn(facts.text).forEach(everyone::putIfAbsent);
            everyone.forEach((other, role) -> {
                // Another name sharing a word may be the same person ("Ana Lopez", "Ana Maria Lopez"): never a distractor.
                if (!Roles.overlap(other, name) && !Roles.overlap(role, key) && others.stream().noneMatch(o -> Roles.overlap(o, role))) {
                    others.add(role);
                }
            });
            String prompt = "How does the article describe " + name + "?";
            String explanation = "The article introduces " + name + " as \"" + key + "\". " + side(key)
                    + " The other descriptions belong to other people in the article. Look at the highlighted passage.";
            Attribution a = firstWords.get(name);
            sink.offer(Skill.ROLE, prompt, key, Options.pick(key, others, Sink.MAX_OPTIONS - 1), explanation,
                    introduction(facts, name, key).orElse(facts.evidence(a)), Difficulty.MEDIUM);
            made++;
        }
    }

    /** What the kind of role tells a reader about whose side the source speaks for. */
    static String side(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        if (lower.matches(".*\\b(spokes\\w*|press secretary|aide|strategist)\\b.*")) {
            return "A spokesperson or aide speaks for the person or body they work for, so their words give that side's view.";
        }
        if (lower.matches(".*\\b(critic|supporter|opponent)\\b.*")) {
            return "The article tells you this source takes a side.";
        }
        if (lower.matches(".*\\b(professor|analyst|researcher|expert|economist|scientist|historian)\\b.*")) {
            return "An expert speaks from knowledge of the field; check whether the article ties them to either side.";
        }
        return "An office-holder speaks in their official role, often for their side or their government.";
    }

    /** The passage that introduces the person with the role, as evidence. */
    private static Optional<app.saidwho.attribution.CharSpan> introduction(ArticleFacts facts, String name, String role) {
        for (String phrase : List.of(role + " " + name, name + ", " + role)) {
            int at = facts.text.indexOf(phrase);
            if (at >= 0 && facts.text.indexOf(phrase, at + 1) < 0) {
                return Optional.of(new app.saidwho.attribution.CharSpan(at, at + phrase.length()));
            }
        }
        return Optional.empty();
    }
}
