package app.saidwho.quiz.generate;

import app.saidwho.attribution.CharSpan;
import app.saidwho.attribution.brat.BratAttribution;
import app.saidwho.attribution.brat.SourceNames;
import app.saidwho.quiz.ItemType;
import app.saidwho.quiz.MatchPair;
import app.saidwho.quiz.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks the speaker keys of a draft (and each pair of a MATCH) against brat annotations ({@code quiz-eval}): the gold attribution
 * holding the key's words must name the key's speaker (a shared name word), or, when it names them with
 * a pronoun, the nearest named gold source before it must.
 */
public final class KeyAudit {
    /** How far back, in characters, the named source of a gold pronoun may be (other people are often named in between). */
    private static final int PRONOUN_REACH = 400;
    /** The outcome of one key. */
    public enum Verdict { RIGHT, WRONG, UNVERIFIABLE }

    /** One checked key (a MATCH has one per pair) and what the annotation says. */
    public record Check(Skill skill, ItemType type, String prompt, String key, boolean flagged, Verdict verdict,
                        String gold) {
        /** "WHO_SAID" for a multiple-choice question, "WHO_SAID/MATCH" for the rows of a match. */
        public String label() {
            return type == ItemType.CHOICE ? skill.name() : skill.name() + "/" + type.name();
        }
    }

    private KeyAudit() {
    }

    /**
     * Every question of the draft whose key claims a speaker, checked against {@code gold}; a MATCH gives one
     * check per pair (the row's quotation and the speaker it is keyed to).
     */
    public static List<Check> audit(String text, QuizDraft draft, List<BratAttribution> gold) {
        List<Check> checks = new ArrayList<>();
        for (DraftQuestion q : draft.questions()) {
            if (q.claim() != null && (q.skill() == Skill.WHO_SAID || q.skill() == Skill.WHAT_SAID
                    || q.skill() == Skill.NESTED)) {
                checks.add(check(text, q, q.prompt(), q.key(), q.claim(), gold));
            }
            for (int i = 0; i < q.pairClaims().size(); i++) {
                MatchPair pair = q.pairs().get(i);
                checks.add(check(text, q, "row \"" + pair.prompt() + "\"", pair.answer(), q.pairClaims().get(i), gold));
            }
        }
        return checks;
    }

    private static Check check(String text, DraftQuestion q, String prompt, String key, DraftQuestion.KeyClaim claim,
                               List<BratAttribution> gold) {
        Asked asked = new Asked(q, prompt, key);
        BratAttribution holder = holder(claim.words(), gold);
        if (holder == null) {
            return asked.verdict(Verdict.UNVERIFIABLE, "no annotated attribution holds these words");
        }
        if (holder.source() == null) {
            return asked.verdict(Verdict.UNVERIFIABLE, "the annotation gives these words no source");
        }
        String mention = holder.source().text(text);
        Set<String> goldWords = SourceNames.nameWords(mention);
        String shown = "\"" + mention + "\"";
        if (goldWords.isEmpty() && SourceNames.isPronoun(mention)) {
            // read as eval reads it: the nearest named gold source before the pronoun that agrees with it in gender
            String named = SourceNames.antecedent(text, holder.source(), gold, PRONOUN_REACH);
            if (named == null) {
                return asked.verdict(Verdict.UNVERIFIABLE, "pronoun " + shown + " with no named source before it");
            }
            goldWords = SourceNames.nameWords(named);
            shown += " = \"" + named + "\"";
        }
        boolean shared = SourceNames.nameWords(claim.speaker()).stream().anyMatch(goldWords::contains);
        if (!shared && !hasCapital(shown)) {
            // "a spokesman", "officials": the annotation describes the source but cannot confirm a name.
            return asked.verdict(Verdict.UNVERIFIABLE, "the annotated source " + shown + " names no one");
        }
        return asked.verdict(shared ? Verdict.RIGHT : Verdict.WRONG, shown);
    }

    /** What one check is about: the question, and the prompt and key of the row checked. */
    private record Asked(DraftQuestion q, String prompt, String key) {
        Check verdict(Verdict verdict, String gold) {
            return new Check(q.skill(), q.type(), prompt, key, q.flagged(), verdict, gold);
        }
    }

    /** The gold attribution whose content covers most of the words (at least half); the smaller on a tie. */
    static BratAttribution holder(CharSpan words, List<BratAttribution> gold) {
        BratAttribution best = null;
        int bestCover = 0;
        for (BratAttribution g : gold) {
            int cover = 0;
            for (CharSpan piece : g.content()) {
                cover += Math.max(0, Math.min(piece.end(), words.end()) - Math.max(piece.start(), words.start()));
            }
            if (cover > bestCover || cover == bestCover && best != null && cover > 0
                    && g.contentOuter().length() < best.contentOuter().length()) {
                best = g;
                bestCover = cover;
            }
        }
        return bestCover * 2 >= words.length() ? best : null;
    }

    private static boolean hasCapital(String s) {
        return s.chars().anyMatch(Character::isUpperCase);
    }
}
