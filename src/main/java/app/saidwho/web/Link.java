package app.saidwho.web;

import jakarta.ws.rs.core.UriBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link to a page, built from the {@code @Path} annotations of its resource (and method), so a changed
 * route changes every link to it; the values filled in are percent-encoded. Made once, used by any thread.
 * The route's template is split once into its fixed parts, so filling it in is string work: a cloned
 * {@code UriBuilder} for every link cost the question page a few percent of its CPU (JFR, issue 16).
 */
public final class Link {
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]*}");
    /** What a path segment may hold as it is (RFC 3986: unreserved and sub-delims, ':' and '@'); the rest is encoded. */
    private static final String SEGMENT_SAFE = "-._~!$&'()*+,;=:@";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final UriBuilder template;
    /** The template's fixed parts: one more than its parameters, the values go between them. */
    private final List<String> parts;

    private Link(UriBuilder template) {
        this.template = template;
        this.parts = split(template.toTemplate());
    }

    /** The resource's own path. */
    public static Link to(Class<?> resource) {
        return new Link(UriBuilder.fromResource(resource));
    }

    /** The path of a public {@code @Path} method of the resource (its name must be unique there). */
    public static Link to(Class<?> resource, String method) {
        return new Link(UriBuilder.fromResource(resource).path(resource, method));
    }

    /** The link with its path parameters filled in, in the order the path names them. */
    public String with(Object... values) {
        if (values.length != parts.size() - 1) {
            throw new IllegalArgumentException("The link " + template.toTemplate() + " takes " + (parts.size() - 1)
                    + " values, not " + values.length);
        }
        StringBuilder link = new StringBuilder(parts.get(0));
        for (int i = 0; i < values.length; i++) {
            encodeSegment(String.valueOf(values[i]), link);
            link.append(parts.get(i + 1));
        }
        return link.toString();
    }

    /** A builder with the same path, for query parameters or a fragment. */
    public UriBuilder builder() {
        return template.clone();
    }

    private static List<String> split(String template) {
        List<String> parts = new ArrayList<>();
        Matcher parameter = PARAMETER.matcher(template);
        int from = 0;
        while (parameter.find()) {
            parts.add(template.substring(from, parameter.start()));
            from = parameter.end();
        }
        parts.add(template.substring(from));
        return List.copyOf(parts);
    }

    private static void encodeSegment(String value, StringBuilder into) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || SEGMENT_SAFE.indexOf(c) >= 0)) {
                into.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < value.length() ? i + 2 : i + 1;
                for (byte b : value.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    into.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
                i = end - 1;
            }
        }
    }
}
