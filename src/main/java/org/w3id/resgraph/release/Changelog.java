package org.w3id.resgraph.release;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A release's {@value Releases#CHANGELOG}: what changed since the release before, for people. Texts
 * (language versions) added, changed and removed, language by language, with their symbols; the
 * citations that are new to the whole dataset and those no longer in it; the series that gained
 * members; the other graphs that changed. Everything named is exactly what the patch changes.
 */
final class Changelog {
    private static final Map<String, String> LANGUAGES = Map.of("ar", "Arabic", "zh", "Chinese", "en", "English", "fr", "French",
            "ru", "Russian", "es", "Spanish", "de", "German");

    private Changelog() {}

    static String write(int number, Instant issued, Releases.Info previous, Map<String, Releases.GraphRow> before,
            Map<String, Releases.GraphRow> after, Releases.Changes changes, long quads, String base) {
        StringBuilder b = new StringBuilder();
        b.append("# resgraph, release ").append(number).append(" (").append(issued.toString(), 0, 10).append(")\n\n");
        if (previous == null) {
            b.append("The first release: ").append(String.format(Locale.ROOT, "%,d", quads)).append(" quads in ")
                    .append(after.size()).append(" graphs, ").append(texts(after)).append(" texts.\n");
            return b.toString();
        }
        b.append("Changes since release ").append(previous.number()).append(" (").append(previous.issued().toString(), 0, 10)
                .append("): ").append(String.format(Locale.ROOT, "%,d", changes.added)).append(" quads added, ")
                .append(String.format(Locale.ROOT, "%,d", changes.deleted)).append(" deleted (").append(Releases.PATCH)
                .append("); ").append(String.format(Locale.ROOT, "%,d", quads)).append(" quads in all.\n");
        if (changes.added == 0 && changes.deleted == 0) {
            b.append("\nNothing changed.\n");
            return b.toString();
        }

        // texts, by language: added, changed, removed
        Map<String, List<String>[]> byLanguage = new TreeMap<>();
        Set<String> graphs = new TreeSet<>(before.keySet());
        graphs.addAll(after.keySet());
        List<String> others = new ArrayList<>();
        for (String g : graphs) {
            Releases.GraphRow was = before.get(g);
            Releases.GraphRow is = after.get(g);
            long[] delta = changes.graphs.getOrDefault(g, new long[2]);
            Releases.GraphRow row = is != null ? is : was;
            if (delta[0] == 0 && delta[1] == 0 && was != null && is != null) {
                continue;
            }
            if (row.language().isEmpty()) {
                others.add("- " + name(g, base) + ": " + (was == null ? "new, " : is == null ? "removed, " : "")
                        + counts(delta) + "\n");
                continue;
            }
            List<String>[] lists = byLanguage.computeIfAbsent(row.language(), k -> newLists());
            String symbol = row.symbol().isEmpty() ? name(g, base) : row.symbol();
            if (was == null) {
                lists[0].add(symbol);
            } else if (is == null) {
                lists[2].add(symbol);
            } else {
                lists[1].add(symbol + " (" + counts(delta) + ")");
            }
        }
        b.append("\n## Texts added, changed and removed, by language\n\n");
        if (byLanguage.isEmpty()) {
            b.append("None.\n");
        }
        for (Map.Entry<String, List<String>[]> e : byLanguage.entrySet()) {
            b.append("### ").append(LANGUAGES.getOrDefault(e.getKey(), e.getKey())).append(" (").append(e.getKey()).append(")\n\n");
            String[] what = {"Added", "Changed", "Removed"};
            for (int i = 0; i < 3; i++) {
                List<String> l = e.getValue()[i];
                if (!l.isEmpty()) {
                    l.sort(null);
                    b.append("- ").append(what[i]).append(" (").append(l.size()).append("): ").append(String.join(", ", l)).append('\n');
                }
            }
            b.append('\n');
        }

        Set<String> added = new TreeSet<>(changes.citationsAfter);
        added.removeAll(changes.citationsBefore);
        Set<String> removed = new TreeSet<>(changes.citationsBefore);
        removed.removeAll(changes.citationsAfter);
        b.append("## Citations\n\n");
        b.append("- Added (").append(added.size()).append(")").append(list(added, base)).append('\n');
        b.append("- Removed (").append(removed.size()).append(")").append(list(removed, base)).append('\n');

        Map<String, Set<String>> grew = new TreeMap<>();
        Set<String> seriesBefore = new TreeSet<>();
        for (String pair : changes.membersBefore) {
            seriesBefore.add(pair.substring(0, pair.indexOf(' ')));
        }
        for (String pair : changes.membersAfter) {
            if (!changes.membersBefore.contains(pair)) {
                String series = pair.substring(0, pair.indexOf(' '));
                grew.computeIfAbsent(series, k -> new TreeSet<>()).add(name(pair.substring(pair.indexOf(' ') + 1), base));
            }
        }
        b.append("\n## Series that grew\n\n");
        if (grew.isEmpty()) {
            b.append("None.\n");
        }
        grew.forEach((series, members) -> b.append("- ").append(changes.seriesLabels.containsKey(series)
                ? changes.seriesLabels.get(series) + " (" + name(series, base) + ")" : name(series, base)).append(seriesBefore.contains(series) ? "" : ", new")
                .append(": ").append(members.size()).append(members.size() == 1 ? " member added: " : " members added: ")
                .append(String.join(", ", members)).append('\n'));

        b.append("\n## Other graphs\n\n");
        if (others.isEmpty()) {
            b.append("None changed.\n");
        }
        others.forEach(b::append);
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] newLists() {
        return new List[] {new ArrayList<String>(), new ArrayList<String>(), new ArrayList<String>()};
    }

    private static long texts(Map<String, Releases.GraphRow> rows) {
        return rows.values().stream().filter(r -> !r.language().isEmpty()).count();
    }

    private static String counts(long[] delta) {
        return "+" + delta[0] + " −" + delta[1] + " quads";
    }

    private static String list(Set<String> iris, String base) {
        if (iris.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (String i : iris) {
            names.add(name(i, base));
        }
        return ":\n  " + String.join("\n  ", names);
    }

    /** An IRI under the base without it, in angle brackets otherwise. */
    private static String name(String iri, String base) {
        if (iri.isEmpty()) {
            return "the default graph";
        }
        return iri.startsWith(base) ? iri.substring(base.length()) : "<" + iri + ">";
    }
}
