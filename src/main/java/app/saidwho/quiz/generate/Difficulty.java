package app.saidwho.quiz.generate;

/** How hard a generated question is likely to be, from what the learner has to work out. */
public enum Difficulty {
    /** The answer stands next to the evidence: "…," said Ana Lopez. */
    EASY,
    /** The learner has to read the whole sentence or tell categories apart. */
    MEDIUM,
    /** The learner has to resolve a pronoun or a title, or follow a chain of sources. */
    HARD
}
