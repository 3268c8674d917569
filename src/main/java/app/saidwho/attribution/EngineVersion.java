package app.saidwho.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * The version of what the engine finds, kept with every stored analysis: the rules version declared here
 * and a SHA-256 over everything else the engine's behaviour rests on (the cue lexicon and word lists, the
 * OpenNLP models' names, the tagger's beam). A rebuild that changes neither keeps the stored analyses; a new
 * word in {@code cues.tsv} or a raised {@link #RULES} has them made again.
 */
public final class EngineVersion {
    /** Raise by one with every change to the engine's code that can change what it finds for some article. */
    public static final int RULES = 15;

    /** Every resource the engine reads besides the models (a test keeps this list and the folder the same). */
    static final List<String> RESOURCES = List.of("/attribution/cues.tsv", "/attribution/words.txt",
            "/attribution/boilerplate.txt", "/attribution/first-names-female.txt",
            "/attribution/first-names-male.txt");

    private static final String CURRENT = of(RULES, EngineVersion.class::getResourceAsStream);

    private EngineVersion() {
    }

    /** This engine's version, e.g. {@code rules-1+3f2a…} (the first 16 hex digits of the digest). */
    public static String current() {
        return CURRENT;
    }

    /** The version for a rules number and resources read through {@code open} (null for a missing one). */
    static String of(int rules, Function<String, InputStream> open) {
        MessageDigest digest = sha256();
        for (String resource : RESOURCES) {
            digest.update((resource + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(read(resource, open));
        }
        String models = String.join("\n", OpenNlpTextAnalyzer.SENTENCE_MODEL, OpenNlpTextAnalyzer.TOKEN_MODEL,
                OpenNlpTextAnalyzer.POS_MODEL, "beam " + PosModels.BEAM);
        digest.update(models.getBytes(StandardCharsets.UTF_8));
        return "rules-" + rules + "+" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static byte[] read(String resource, Function<String, InputStream> open) {
        try (InputStream in = open.apply(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing engine resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
