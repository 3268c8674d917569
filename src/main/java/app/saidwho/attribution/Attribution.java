package app.saidwho.attribution;

/**
 * One attribution: content tied to a source through a cue. Source or cue may be null when the article
 * gives none (a quote continued from an earlier speaker). {@code parent} is the index, in the result's
 * list, of the attribution whose content holds this one, or -1. {@code rule} names the pass that found it,
 * {@code widenedBy} the pass that later joined more content to it (or null); {@code confidence} says how
 * far the source can be trusted.
 */
public record Attribution(SourceMention source, CueMention cue, CharSpan content, Kind kind, Channel channel,
                          int parent, Rule rule, Rule widenedBy, Confidence confidence) {

    public Attribution withParent(int parentIndex) {
        return new Attribution(source, cue, content, kind, channel, parentIndex, rule, widenedBy, confidence);
    }

    public Attribution withConfidence(Confidence level) {
        return new Attribution(source, cue, content, kind, channel, parent, rule, widenedBy, level);
    }

    /** The rule as the API shows it: "quote-then-cue", or "quote-then-cue+quote-same-speaker" once widened. */
    public String ruleName() {
        return widenedBy == null ? rule.label() : rule.label() + "+" + widenedBy.label();
    }
}
