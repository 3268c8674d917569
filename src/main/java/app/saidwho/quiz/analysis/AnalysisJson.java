package app.saidwho.quiz.analysis;

import app.saidwho.attribution.Attribution;
import app.saidwho.attribution.AttributionResult;
import app.saidwho.attribution.CharSpan;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * An {@link AttributionResult} as stored JSON and back. The article text is left out (the article holds
 * it); the engine's records are written as they are, offsets in UTF-16 units.
 */
final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The stored form: everything of the result but its text. */
    record Stored(List<Attribution> attributions, List<CharSpan> unattributed, List<CharSpan> boilerplate) {
    }

    private AnalysisJson() {
    }

    static String write(AttributionResult result) {
        try {
            return MAPPER.writeValueAsString(new Stored(result.attributions(), result.unattributed(),
                    result.boilerplate()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an analysis could not be written as JSON", e);
        }
    }

    static AttributionResult read(String json, String text) {
        try {
            Stored stored = MAPPER.readValue(json, Stored.class);
            return new AttributionResult(text, stored.attributions(), stored.unattributed(), stored.boilerplate());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored analysis could not be read", e);
        }
    }
}
