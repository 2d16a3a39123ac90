package org.w3id.resgraph.evaluate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Predicted citations scored against gold, per language version, with the acceptance scorer's
 * arithmetic: precision counts a predicted pair right when the gold has it or the text shows it;
 * recall counts only the gold's pairs found; relation accuracy is the share of found pairs with a
 * typed gold relation whose relation is among the predicted ones. Predicted versions the gold does
 * not list are not scored.
 *
 * <pre>{@code
 * Score s = Score.of(gold, predicted, true);
 * s.overall().precision();  s.accuracy().value();
 * }</pre>
 */
public final class Score {
    /** The row of all pairs, whatever their relation. */
    public static final String ALL = "all";
    /** The language of a version when neither side states it. */
    static final String UNKNOWN = "und";

    /** The counts of one row and the measures made from them. */
    public record Counts(int gold, int predicted, int found, int byText) {
        static final Counts NONE = new Counts(0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(gold + o.gold, predicted + o.predicted, found + o.found, byText + o.byText);
        }

        /** Right predicted pairs (in the gold, or shown by the text) over predicted pairs; 0 when none is predicted. */
        public double precision() {
            return predicted == 0 ? 0 : (found + byText) / (double) predicted;
        }

        /** Gold pairs found over gold pairs; 0 when the gold has none. */
        public double recall() {
            return gold == 0 ? 0 : found / (double) gold;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Found pairs with a typed gold relation ({@code of}), and how many of them got one of those relations. */
    public record Accuracy(int right, int of) {
        Accuracy plus(Accuracy o) {
            return new Accuracy(right + o.right, of + o.of);
        }

        /** Whether there was anything to measure; 0 when not, as the acceptance scorer counts it. */
        public boolean measured() {
            return of > 0;
        }

        public double value() {
            return of == 0 ? 0 : right / (double) of;
        }
    }

    /** One missed or spurious pair, with its relations on the side that has it and the file to look at. */
    public record Pair(String language, String citing, String cited, Set<String> relations, String file) {}

    private final boolean relations;
    private final Map<String, Map<String, Counts>> rows = new TreeMap<>();
    private final Map<String, Accuracy> accuracy = new TreeMap<>();
    private final List<Pair> missed = new ArrayList<>();
    private final List<Pair> spurious = new ArrayList<>();
    private final int versions;
    private final int unscored;

    private Score(boolean relations, int versions, int unscored) {
        this.relations = relations;
        this.versions = versions;
        this.unscored = unscored;
    }

    /**
     * @param relations whether the gold states relations (a JSON Lines gold does; links do not), and so
     *                  whether rows per relation and relation accuracy mean anything
     */
    static Score of(List<Cites> gold, List<Cites> predicted, boolean relations) {
        Matching m = new Matching(gold, predicted);
        Score s = new Score(relations, m.gold().size(), m.unscored());
        m.gold().forEach((key, g) -> s.add(g, m.predicted().get(key)));
        s.missed.sort(Score::inOrder);
        s.spurious.sort(Score::inOrder);
        return s;
    }

    private void add(Cites gold, Cites predicted) {
        String lang = gold.language() == null ? UNKNOWN : gold.language();
        Map<String, Set<String>> g = gold.cited();
        Map<String, Set<String>> p = predicted == null ? Map.of() : predicted.cited();
        String file = gold.file() != null ? gold.file() : predicted == null ? null : predicted.file();
        int found = 0, byText = 0;
        Accuracy acc = new Accuracy(0, 0);
        for (Map.Entry<String, Set<String>> e : p.entrySet()) {
            String cited = e.getKey();
            if (g.containsKey(cited)) {
                found++;
                if (!g.get(cited).isEmpty()) {
                    acc = acc.plus(new Accuracy(Collections.disjoint(g.get(cited), e.getValue()) ? 0 : 1, 1));
                }
            } else if (gold.shown().contains(cited)) {
                byText++;
            } else {
                spurious.add(new Pair(lang, gold.symbol(), cited, e.getValue(), file));
            }
        }
        g.forEach((cited, r) -> {
            if (!p.containsKey(cited)) {
                missed.add(new Pair(lang, gold.symbol(), cited, r, file));
            }
        });
        Map<String, Counts> row = rows.computeIfAbsent(lang, k -> new LinkedHashMap<>());
        row.merge(ALL, new Counts(g.size(), p.size(), found, byText), Counts::plus);
        if (relations) {
            for (String r : relationNames()) {
                row.merge(r, relationCounts(g, p, r), Counts::plus);
            }
        }
        accuracy.merge(lang, acc, Accuracy::plus);
    }

    /** Pairs in the gold, predicted and both for one relation; {@link Scope#UNTYPED} is the pairs with no typed relation. */
    private static Counts relationCounts(Map<String, Set<String>> gold, Map<String, Set<String>> predicted, String relation) {
        Set<String> g = withRelation(gold, relation), p = withRelation(predicted, relation);
        int both = (int) g.stream().filter(p::contains).count();
        return new Counts(g.size(), p.size(), both, 0);
    }

    private static Set<String> withRelation(Map<String, Set<String>> cited, String relation) {
        Set<String> out = new TreeSet<>();
        cited.forEach((s, r) -> {
            if (relation.equals(Scope.UNTYPED) ? r.isEmpty() : r.contains(relation)) {
                out.add(s);
            }
        });
        return out;
    }

    private static int inOrder(Pair a, Pair b) {
        int c = a.language().compareTo(b.language());
        c = c != 0 ? c : a.citing().compareTo(b.citing());
        return c != 0 ? c : a.cited().compareTo(b.cited());
    }

    /** The relation rows, in the order they are shown: the typed relations, then pairs that only refer. */
    static List<String> relationNames() {
        List<String> out = new ArrayList<>(Scope.TYPED);
        out.add(Scope.UNTYPED);
        return out;
    }

    public boolean relations() {
        return relations;
    }

    /** The languages scored, in order. */
    public Set<String> languages() {
        return rows.keySet();
    }

    /** The row {@link #ALL} of a language, then (when the gold has relations) one row per relation. */
    public Map<String, Counts> rows(String language) {
        return Collections.unmodifiableMap(rows.getOrDefault(language, Map.of()));
    }

    public Counts overall() {
        return rows.values().stream().map(r -> r.get(ALL)).reduce(Counts.NONE, Counts::plus);
    }

    public Accuracy accuracy(String language) {
        return accuracy.getOrDefault(language, new Accuracy(0, 0));
    }

    public Accuracy accuracy() {
        return accuracy.values().stream().reduce(new Accuracy(0, 0), Accuracy::plus);
    }

    /** Gold pairs not predicted, by language, citing and cited symbol. */
    public List<Pair> missed() {
        return Collections.unmodifiableList(missed);
    }

    /** Predicted pairs neither in the gold nor shown by the text. */
    public List<Pair> spurious() {
        return Collections.unmodifiableList(spurious);
    }

    /** The gold language versions scored. */
    public int versions() {
        return versions;
    }

    /** Predicted language versions the gold does not list, left out of the score. */
    public int unscored() {
        return unscored;
    }
}
