package app.saidwho.quiz.generate;

import app.saidwho.quiz.Skill;

/** A question the validator refused, and why: shown in the teacher's draft review and logged. */
public record DroppedQuestion(Skill skill, String prompt, String reason) {
}
