package app.saidwho.attribution;

/**
 * An attribution while the passes build it: the source phrase (or the earlier attribution whose source
 * a continued quote takes over), the cue token, the content, and the name of the rule that found it.
 */
record Draft(SourceFinder.Found source, Draft inheritFrom, Sentence cueSentence, int cueToken,
             CueLexicon.Entry cue, CharSpan cueSpan, CharSpan content, String rule) {

    Draft withContent(CharSpan widened, String ruleSuffix) {
        return new Draft(source, inheritFrom, cueSentence, cueToken, cue, cueSpan, widened,
                rule.endsWith(ruleSuffix) ? rule : rule + ruleSuffix);
    }
}
