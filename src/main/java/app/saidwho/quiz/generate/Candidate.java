package app.saidwho.quiz.generate;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.CharSpan;
import app.saidwho.quiz.Skill;
import java.util.List;

/**
 * A question a generator proposes, with what the validator needs to judge it: the attribution the key comes
 * from, whether the options are speakers, whether the surface gives it away, and the claim the key makes.
 */
final class Candidate {
    final Skill skill;
    final String prompt;
    final String key;
    final List<String> distractors;
    String explanation = "";
    CharSpan evidence;
    Difficulty difficulty = Difficulty.MEDIUM;
    Attribution basis;
    boolean speakerKey;
    boolean speakerOptions;
    boolean giveaway;
    DraftQuestion.KeyClaim claim;

    Candidate(Skill skill, String prompt, String key, List<String> distractors) {
        this.skill = skill;
        this.prompt = prompt;
        this.key = key;
        this.distractors = List.copyOf(distractors);
    }

    Candidate explained(String why, CharSpan evidenceSpan) {
        this.explanation = why;
        this.evidence = evidenceSpan;
        return this;
    }

    Candidate difficulty(Difficulty d) {
        this.difficulty = d;
        return this;
    }

    /** The key is a speaker (or a channel) the engine found for {@code a}: it must be sure of it. */
    Candidate keyFrom(Attribution a) {
        this.basis = a;
        this.speakerKey = true;
        return this;
    }

    /** The attribution the question is about, when its key does not depend on the engine's speaker. */
    Candidate about(Attribution a) {
        this.basis = a;
        return this;
    }

    /** Key and distractors are people or bodies: one entity each, all presented as speaking. */
    Candidate speakerOptions() {
        this.speakerOptions = true;
        return this;
    }

    Candidate giveaway(boolean surfaceGivesItAway) {
        this.giveaway = surfaceGivesItAway;
        return this;
    }

    Candidate claims(String speaker, CharSpan words) {
        this.claim = new DraftQuestion.KeyClaim(speaker, words);
        return this;
    }
}
