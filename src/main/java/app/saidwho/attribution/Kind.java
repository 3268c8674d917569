package app.saidwho.attribution;

/** Whether the content is the source's own words, the writer's paraphrase, or a paraphrase with quoted words. */
public enum Kind {
    DIRECT, INDIRECT, MIXED
}
