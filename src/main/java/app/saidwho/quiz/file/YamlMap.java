package app.saidwho.quiz.file;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads a YAML mapping node while remembering line numbers, so problems can say where they are. */
final class YamlMap {
    private final Map<String, Node> entries = new LinkedHashMap<>();
    private final int line;
    private final List<QuizFileProblem> problems;

    private YamlMap(int line, List<QuizFileProblem> problems) {
        this.line = line;
        this.problems = problems;
    }

    /** The node as a mapping, or empty (with a problem noted) when it is something else. */
    static Optional<YamlMap> of(Node node, String what, List<QuizFileProblem> problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(new QuizFileProblem(lineOf(node), what + " must be a mapping of names to values"));
            return Optional.empty();
        }
        YamlMap map = new YamlMap(lineOf(node), problems);
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                // The node's own description would show parser internals ("SequenceNode(…)").
                problems.add(new QuizFileProblem(lineOf(tuple.getKeyNode()), "a field name in " + what
                        + " must be a plain word, not a list or a mapping"));
                continue;
            }
            String name = key.getValue();
            if (map.entries.putIfAbsent(name, tuple.getValueNode()) != null) {
                problems.add(new QuizFileProblem(lineOf(tuple.getKeyNode()), "'" + name + "' is given twice in " + what));
            }
        }
        return Optional.of(map);
    }

    static int lineOf(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    int line() {
        return line;
    }

    int lineOf(String name) {
        Node node = entries.get(name);
        return node == null ? line : lineOf(node);
    }

    void rejectUnknown(String what, Set<String> known) {
        entries.forEach((name, node) -> {
            if (!known.contains(name)) {
                problems.add(new QuizFileProblem(lineOf(node), "unknown field '" + name + "' in " + what
                        + " (expected one of " + String.join(", ", known) + ")"));
            }
        });
    }

    Optional<String> text(String name) {
        Node node = entries.get(name);
        if (node == null || isNull(node)) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        problems.add(new QuizFileProblem(lineOf(node), "'" + name + "' must be a single value"));
        return Optional.empty();
    }

    String requiredText(String name, String what) {
        Node node = entries.get(name);
        if (node != null && !(node instanceof ScalarNode)) {
            problems.add(new QuizFileProblem(lineOf(node), "'" + name + "' must be a single value"));
            return "";
        }
        String value = node == null || isNull(node) ? "" : ((ScalarNode) node).getValue();
        if (value.isBlank()) {
            problems.add(new QuizFileProblem(lineOf(name), what + " needs a non-empty '" + name + "'"));
        }
        return value;
    }

    /** Notes a problem when the value is longer than the database keeps. */
    String limited(String name, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            problems.add(new QuizFileProblem(lineOf(name), "'" + name + "' is longer than " + maxLength
                    + " characters (" + value.length() + ")"));
        }
        return value;
    }

    Optional<Node> node(String name) {
        return Optional.ofNullable(entries.get(name)).filter(n -> !isNull(n));
    }

    /** The items of a sequence; a missing field gives an empty list, a non-sequence a problem. */
    List<Node> list(String name) {
        Node node = entries.get(name);
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (node instanceof SequenceNode sequence) {
            return new ArrayList<>(sequence.getValue());
        }
        problems.add(new QuizFileProblem(lineOf(node), "'" + name + "' must be a list"));
        return List.of();
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }
}
