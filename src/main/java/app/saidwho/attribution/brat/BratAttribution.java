package app.saidwho.attribution.brat;

import app.saidwho.attribution.CharSpan;
import java.util.List;

/** One attribution of a brat-standoff file: content pieces, and the source and cue when annotated. */
public record BratAttribution(List<CharSpan> content, CharSpan source, CharSpan cue) {

    public CharSpan contentOuter() {
        return new CharSpan(content.get(0).start(), content.get(content.size() - 1).end());
    }
}
