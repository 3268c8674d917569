package app.saidwho.attribution;

/**
 * An attribution while the passes build it: the source phrase (or the earlier attribution whose source
 * a continued quote takes over), the cue token, the content, the rule that found it and the rule that
 * widened its content, if any.
 */
record Draft(SourceFinder.Found source, Draft inheritFrom, Sentence cueSentence, int cueToken,
             CueLexicon.Entry cue, CharSpan cueSpan, CharSpan content, Rule rule, Rule widenedBy) {

    Draft(SourceFinder.Found source, Draft inheritFrom, Sentence cueSentence, int cueToken,
          CueLexicon.Entry cue, CharSpan cueSpan, CharSpan content, Rule rule) {
        this(source, inheritFrom, cueSentence, cueToken, cue, cueSpan, content, rule, null);
    }

    Draft withContent(CharSpan widened, Rule widening) {
        return new Draft(source, inheritFrom, cueSentence, cueToken, cue, cueSpan, widened, rule, widening);
    }

    String ruleName() {
        return widenedBy == null ? rule.label() : rule.label() + "+" + widenedBy.label();
    }
}
