package app.saidwho.quiz;

/** What a SHORT_ANSWER response shows at each of the three levels a teacher scores it on. */
public record Rubric(String proficient, String emergent, String basic) {
    /** The description of one level. */
    public String describe(RubricLevel level) {
        return switch (level) {
            case PROFICIENT -> proficient;
            case EMERGENT -> emergent;
            case BASIC -> basic;
        };
    }
}
