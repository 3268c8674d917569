package app.saidwho.quiz;

/** One row of a MATCH question: a quotation ({@code prompt}) and the speaker who said it ({@code answer}). */
public record MatchPair(String prompt, String answer) {
}
