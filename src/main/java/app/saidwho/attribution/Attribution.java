package app.saidwho.attribution;

/**
 * One attribution: content tied to a source through a cue. Source or cue may be null when the article
 * gives none (a quote continued from an earlier speaker). {@code parent} is the index, in the result's
 * list, of the attribution whose content holds this one, or -1. {@code rule} names the pass that found it.
 */
public record Attribution(SourceMention source, CueMention cue, CharSpan content, Kind kind, Channel channel,
                          int parent, String rule) {

    public Attribution withParent(int parentIndex) {
        return new Attribution(source, cue, content, kind, channel, parentIndex, rule);
    }
}
