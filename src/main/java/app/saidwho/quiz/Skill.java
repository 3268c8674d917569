package app.saidwho.quiz;

/** The sourcing skills a question trains and a report breaks scores down by. */
public enum Skill {
    WHO_SAID("Who said it", "match a statement to its source"),
    WHAT_SAID("What was said", "pick the statement a given source made"),
    CHANNEL("How it was said", "tell how or where it was said: tweet, interview, press conference, statement"),
    QUOTE_OR_PARAPHRASE("Quote or paraphrase", "tell exact words from a paraphrase, and a partial quote inside one"),
    CUE_STANCE("Neutral or loaded verb", "tell a neutral attribution verb from a loaded one"),
    SOURCE_TYPE("Kind of source", "tell a named person from an institution, an anonymous or a vague source"),
    UNSOURCED("Claims with no source", "spot a claim the article makes with no source, or the writer's own inference"),
    NESTED("Source in a chain", "find the original source when one source reports another"),
    FIRSTHAND("In a position to know", "tell a source who saw or took part from one passing on what others said"),
    ROLE("Who the source is", "say who a source is and whose side they speak for"),
    ANONYMITY("Unnamed sources", "say why an unnamed source is not named, and what kind of insider it is"),
    WRITER_VOICE("The writer's own words", "tell the writer's judging words from neutral wording and from a source's words");

    public final String label;
    public final String description;

    Skill(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The skill with this name, ignoring case and accepting dashes or spaces for underscores. */
    public static java.util.Optional<Skill> parse(String name) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        String normal = name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Skill skill : values()) {
            if (skill.name().equals(normal)) {
                return java.util.Optional.of(skill);
            }
        }
        return java.util.Optional.empty();
    }
}
