package app.saidwho.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Mr. Doe" where the one Doe named in full is a woman (her first name, titles and the article's pronouns,
 * the titles of these mentions included): another person, known by title and surname. Each such mention is
 * joined to the full name until the genders are known, then settled.
 */
final class TitledSurnames {
    private record Pending(NameTable.Mention mention, String titledName, Gender titled) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private final Set<String> people = new HashSet<>();

    void add(NameTable.Mention mention, String titledName, Gender titled) {
        pending.add(new Pending(mention, titledName, titled));
    }

    /** Renames the mentions whose title disagrees with the person they were joined to. */
    void settle(List<NameTable.Mention> mentions, GenderVotes genders) {
        for (Pending p : pending) {
            NameTable.Mention m = p.mention();
            if (!genders.of(m.name()).agreesWith(p.titled())) {
                mentions.set(mentions.indexOf(m), new NameTable.Mention(m.offset(), p.titledName(), m.sentence(),
                        m.subject(), false, false, m.prepositional(), m.opensSentence()));
                people.add(p.titledName());
            }
        }
        for (Pending p : pending) {
            if (people.contains(p.titledName())) {
                genders.vote(p.titledName(), p.titled(), 3);
            }
        }
    }

    boolean contains(String name) {
        return people.contains(name);
    }
}
