package org.w3id.resgraph.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.resgraph.extract.Citation;
import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.extract.ResolutionFacts;

/**
 * Relation accuracy per occurrence, against a hand-labelled sample: one JSON line per place a
 * resolution cites another, with the relation a reader gave it.
 *
 * <pre>{@code
 * {"file": "SC_2565_2021-F.xml", "symbol": "S/RES/2565(2021)", "lang": "fr", "paragraph": "pp1",
 *  "cited": "S/RES/2286(2016)", "n": 1, "words": "2286 (2016)", "verb": "Rappelant", "relation": "recalls"}
 * }</pre>
 *
 * An occurrence is known by its file, the symbol it cites and its rank {@code n} among the places
 * that file cites that symbol, in text order; the extraction's citations are ranked the same way.
 */
public final class RelationSample {

    /** One labelled occurrence. */
    public record Label(String file, String symbol, String lang, String paragraph, String cited, int n,
                        String words, String relation) {}

    /** The score of one language: labelled occurrences, those the extraction found, and those it gave the labelled relation. */
    public record Row(String lang, int labelled, int found, int right, List<String> wrong) {
        public double accuracy() {
            return found == 0 ? 0 : right / (double) found;
        }

        public double coverage() {
            return labelled == 0 ? 0 : found / (double) labelled;
        }
    }

    private RelationSample() {}

    /** Whether a JSON Lines gold file holds occurrences (with {@code n} and {@code relation}) rather than citations per version. */
    public static boolean isOccurrences(Path file) throws GoldException {
        for (String line : lines(file)) {
            if (!line.isBlank()) {
                JsonObject o = object(line, file + ": line 1");
                return o.hasKey("n") && o.hasKey("relation") && !o.hasKey("citations");
            }
        }
        return false;
    }

    public static List<Label> read(Path file) throws GoldException {
        List<Label> out = new ArrayList<>();
        int no = 0;
        for (String line : lines(file)) {
            no++;
            if (line.isBlank()) {
                continue;
            }
            String where = file + ": line " + no;
            JsonObject o = object(line, where);
            int n;
            try {
                n = o.get("n").getAsNumber().value().intValue();
            } catch (RuntimeException e) {
                throw new GoldException(where + ": 'n' must be a whole number (the occurrence's rank)");
            }
            out.add(new Label(string(o, "file", where), string(o, "symbol", where), string(o, "lang", where),
                    o.hasKey("paragraph") ? o.getString("paragraph") : null, string(o, "cited", where), n,
                    o.hasKey("words") ? o.getString("words") : null, string(o, "relation", where)));
        }
        return out;
    }

    /**
     * Scores the labels against the extraction of their files.
     *
     * @param extracted the facts extracted from each file, by file name
     */
    public static Map<String, Row> score(List<Label> labels, Map<String, ResolutionFacts> extracted) {
        Map<String, Map<String, String>> predicted = new HashMap<>();   // file -> "cited#n" -> relation
        for (Map.Entry<String, ResolutionFacts> e : extracted.entrySet()) {
            Map<String, Integer> rank = new HashMap<>();
            Map<String, String> byKey = new LinkedHashMap<>();
            List<Citation> cs = new ArrayList<>(e.getValue().citations());
            cs.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
            for (Citation c : cs) {
                String symbol = symbol(c.target());
                if (symbol == null) {
                    continue;
                }
                int n = rank.merge(symbol, 1, Integer::sum);
                byKey.put(symbol + "#" + n, c.relation());
            }
            predicted.put(e.getKey(), byKey);
        }
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, List<String>> wrong = new TreeMap<>();
        for (Label l : labels) {
            int[] c = counts.computeIfAbsent(l.lang(), k -> new int[3]);
            c[0]++;
            Map<String, String> p = predicted.get(l.file());
            String relation = p == null ? null : p.get(l.cited() + "#" + l.n());
            if (relation == null) {
                continue;
            }
            c[1]++;
            if (relation.equals(l.relation())) {
                c[2]++;
            } else {
                wrong.computeIfAbsent(l.lang(), k -> new ArrayList<>()).add(String.format(Locale.ROOT,
                        "%s %s %s #%d '%s': labelled %s, extracted %s", l.file(), l.paragraph(), l.cited(), l.n(),
                        l.words(), l.relation(), relation));
            }
        }
        Map<String, Row> out = new LinkedHashMap<>();
        counts.forEach((lang, c) -> out.put(lang, new Row(lang, c[0], c[1], c[2], wrong.getOrDefault(lang, List.of()))));
        return out;
    }

    /** The table {@code evaluate} prints, with up to {@code show} wrong occurrences per language. */
    public static String text(Map<String, Row> rows, int show) {
        StringBuilder b = new StringBuilder("\nrelation accuracy per occurrence (hand-labelled sample):\n");
        b.append(String.format(Locale.ROOT, "%-9s %9s %6s %6s %9s %9s%n", "language", "labelled", "found", "right", "coverage", "accuracy"));
        int labelled = 0, found = 0, right = 0;
        for (Row r : rows.values()) {
            b.append(String.format(Locale.ROOT, "%-9s %9d %6d %6d %9.3f %9.3f%n", r.lang(), r.labelled(), r.found(), r.right(),
                    r.coverage(), r.accuracy()));
            labelled += r.labelled();
            found += r.found();
            right += r.right();
        }
        b.append(String.format(Locale.ROOT, "%-9s %9d %6d %6d %9.3f %9.3f%n", "overall", labelled, found, right,
                labelled == 0 ? 0 : found / (double) labelled, found == 0 ? 0 : right / (double) found));
        for (Row r : rows.values()) {
            r.wrong().stream().limit(show).forEach(w -> b.append("  ").append(r.lang()).append("   ").append(w).append('\n'));
        }
        return b.toString();
    }

    /** The overall accuracy of the rows: right over found. */
    public static double accuracy(Map<String, Row> rows) {
        int found = rows.values().stream().mapToInt(Row::found).sum();
        int right = rows.values().stream().mapToInt(Row::right).sum();
        return found == 0 ? 0 : right / (double) found;
    }

    private static String symbol(Cited c) {
        return switch (c) {
            case Cited.Resolution r -> r.symbol();
            case Cited.SymbolDocument d -> d.symbol();
            default -> null;
        };
    }

    private static List<String> lines(Path file) throws GoldException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GoldException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static JsonObject object(String line, String where) throws GoldException {
        try {
            JsonValue v = JSON.parseAny(line);
            if (v.isObject()) {
                return v.getAsObject();
            }
        } catch (JsonException e) {
            throw new GoldException(where + ": is not JSON: " + e.getMessage());
        }
        throw new GoldException(where + ": is not a JSON object");
    }

    private static String string(JsonObject o, String key, String where) throws GoldException {
        if (!o.hasKey(key) || !o.get(key).isString()) {
            throw new GoldException(where + ": '" + key + "' is missing or not a string");
        }
        return o.getString(key);
    }
}
