package org.w3id.resgraph.evaluate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * A {@link Score} for people (a plain table) or programs (JSON): per language and relation the gold,
 * predicted and found pairs with precision, recall and F1; the overall line; relation accuracy; and
 * the first missed and spurious pairs with the files to look at. A measure with nothing to measure
 * (no pair predicted, none in the gold) shows as {@code -} or {@code null}.
 */
public final class Report {
    private static final String ROW = "%-9s %-12s %6s %9s %6s %6s %6s %6s%n";
    private static final String ROW_BY_TEXT = "%-9s %-12s %6s %9s %6s %8s %6s %6s %6s%n";
    private static final String NO_RELATIONS = "n/a: links carry no relation";

    private Report() {}

    /** The plain-text report, listing up to {@code show} missed and as many spurious pairs. */
    public static String text(Score s, int show) {
        StringBuilder b = new StringBuilder();
        boolean byText = !s.relations();
        b.append(byText ? String.format(Locale.ROOT, ROW_BY_TEXT, "language", "relation", "gold", "predicted", "found", "by text", "P", "R", "F1")
                : String.format(Locale.ROOT, ROW, "language", "relation", "gold", "predicted", "found", "P", "R", "F1"));
        for (String lang : s.languages()) {
            String first = lang;
            for (Map.Entry<String, Score.Counts> row : s.rows(lang).entrySet()) {
                b.append(row(first, row.getKey(), row.getValue(), byText));
                first = "";
            }
        }
        b.append(row("overall", Score.ALL, s.overall(), byText));
        b.append("\nrelation accuracy: ");
        if (!s.relations()) {
            b.append(NO_RELATIONS);
        } else {
            for (String lang : s.languages()) {
                b.append(lang).append(' ').append(accuracy(s.accuracy(lang))).append(", ");
            }
            b.append("overall ").append(accuracy(s.accuracy()));
        }
        b.append('\n');
        pairs(b, "missed", s.missed(), show);
        pairs(b, "spurious", s.spurious(), show);
        return b.toString();
    }

    private static String row(String lang, String relation, Score.Counts c, boolean byText) {
        String p = c.predicted() > 0 ? fixed(c.precision()) : "-", r = c.gold() > 0 ? fixed(c.recall()) : "-";
        String f1 = c.predicted() > 0 && c.gold() > 0 ? fixed(c.f1()) : "-";
        return byText ? String.format(Locale.ROOT, ROW_BY_TEXT, lang, relation, c.gold(), c.predicted(), c.found(), c.byText(), p, r, f1)
                : String.format(Locale.ROOT, ROW, lang, relation, c.gold(), c.predicted(), c.found(), p, r, f1);
    }

    private static String accuracy(Score.Accuracy a) {
        return (a.measured() ? fixed(a.value()) : "-") + " (" + a.right() + "/" + a.of() + ")";
    }

    private static void pairs(StringBuilder b, String what, List<Score.Pair> pairs, int show) {
        b.append('\n').append(what).append(" (").append(pairs.size()).append(')');
        if (pairs.isEmpty() || show == 0) {
            b.append('\n');
            return;
        }
        b.append(pairs.size() > show ? ", the first " + show + ":" : ":").append('\n');
        for (Score.Pair p : pairs.subList(0, Math.min(show, pairs.size()))) {
            b.append(String.format(Locale.ROOT, "  %-4s %s -> %s%s%s%n", p.language(), p.citing(), p.cited(),
                    p.relations().isEmpty() ? "" : " (" + String.join(", ", p.relations()) + ")",
                    p.file() == null ? "" : "  " + p.file()));
        }
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** The same numbers as JSON. */
    public static String json(Score s, int show) {
        JsonObject o = new JsonObject();
        JsonObject languages = new JsonObject();
        for (String lang : s.languages()) {
            JsonObject rows = new JsonObject();
            s.rows(lang).forEach((relation, c) -> rows.put(relation, counts(c)));
            JsonObject language = new JsonObject();
            language.put("rows", rows);
            language.put("relationAccuracy", s.relations() ? accuracyJson(s.accuracy(lang)) : JsonNull.instance);
            languages.put(lang, language);
        }
        o.put("languages", languages);
        o.put("overall", counts(s.overall()));
        o.put("relationAccuracy", s.relations() ? accuracyJson(s.accuracy()) : JsonNull.instance);
        o.put("versions", s.versions());
        o.put("missedTotal", s.missed().size());
        o.put("missed", pairsJson(s.missed(), show));
        o.put("spuriousTotal", s.spurious().size());
        o.put("spurious", pairsJson(s.spurious(), show));
        return JSON.toString(o) + "\n";
    }

    private static JsonObject counts(Score.Counts c) {
        JsonObject o = new JsonObject();
        o.put("gold", c.gold());
        o.put("predicted", c.predicted());
        o.put("found", c.found());
        o.put("byText", c.byText());
        o.put("precision", c.predicted() > 0 ? number(c.precision()) : JsonNull.instance);
        o.put("recall", c.gold() > 0 ? number(c.recall()) : JsonNull.instance);
        o.put("f1", c.predicted() > 0 && c.gold() > 0 ? number(c.f1()) : JsonNull.instance);
        return o;
    }

    private static JsonObject accuracyJson(Score.Accuracy a) {
        JsonObject o = new JsonObject();
        o.put("value", a.measured() ? number(a.value()) : JsonNull.instance);
        o.put("right", a.right());
        o.put("of", a.of());
        return o;
    }

    private static JsonArray pairsJson(List<Score.Pair> pairs, int show) {
        JsonArray a = new JsonArray();
        for (Score.Pair p : pairs.subList(0, Math.min(show, pairs.size()))) {
            JsonObject o = new JsonObject();
            o.put("language", p.language());
            o.put("citing", p.citing());
            o.put("cited", p.cited());
            JsonArray relations = new JsonArray();
            p.relations().forEach(relations::add);
            o.put("relations", relations);
            if (p.file() == null) {
                o.put("file", JsonNull.instance);
            } else {
                o.put("file", p.file());
            }
            a.add(o);
        }
        return a;
    }

    private static JsonNumber number(double v) {
        return JsonNumber.value(BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP));
    }
}
