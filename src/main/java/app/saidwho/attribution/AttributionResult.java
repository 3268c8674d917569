package app.saidwho.attribution;

import java.util.List;

/** Everything the engine found in one article; all spans index into {@code text}. */
public record AttributionResult(String text, List<Attribution> attributions, List<CharSpan> unattributed,
                                List<CharSpan> boilerplate) {
}
