package app.saidwho.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Role words (or a body's head word) that name one entity of the article; a second entity makes them ambiguous. */
final class Roles {
    private final Map<String, String> byWords = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    void add(String role, String name) {
        if (ambiguous.contains(role)) {
            return;
        }
        String before = byWords.putIfAbsent(role, name);
        if (before != null && !before.equals(name)) {
            byWords.remove(role);
            ambiguous.add(role);
        }
    }

    String get(String role) {
        return byWords.get(role);
    }

    java.util.Collection<String> names() {
        return byWords.values();
    }

    /** "The Health Secretary, Jane Doe, …": the role before a name set off by commas. */
    void recordAppositive(Sentence s, int first, int last, NameTable table) {
        int name = last + 2;
        int end = name;
        while (end + 1 < s.size() && s.token(end + 1).is("PROPN")) {
            end++;
        }
        if (name < s.size() && s.token(last + 1).text().equals(",") && s.token(name).is("PROPN") && end > name
                && end + 1 < s.size() && s.token(end + 1).is("PUNCT")) {
            String role = table.joined(s, first, last).toLowerCase(Locale.ROOT);
            add(role, NameParts.withoutPossessive(table.joined(s, name, end)));
        }
    }

    /** "press secretary Lena Park", "President Omar Diaz": the title words before a name. */
    void recordBefore(Sentence s, int runStart, int nameStart, String name) {
        int k = nameStart - 1;
        List<String> title = new ArrayList<>();
        while (k >= 0 && k >= runStart - 4 && (s.token(k).is("NOUN") || Words.TITLES.contains(s.token(k).lower()))
                && !s.token(k).isWord("of")) {
            title.add(0, s.token(k).lower());
            k--;
        }
        if (!title.isEmpty()) {
            add(String.join(" ", title), name);
            add(title.get(title.size() - 1), name);
        }
    }
}
