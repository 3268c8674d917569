package app.saidwho.attribution;

/** The attribution verb or phrase as written, with its lexicon lemma and stance. */
public record CueMention(CharSpan span, String lemma, Stance stance) {
}
