package org.w3id.resgraph.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.resgraph.extract.SeriesTitles;
import org.w3id.resgraph.vocab.Vocab;

/**
 * What no single document can say about series, settled once a whole corpus is extracted.
 * <ul>
 * <li>One series across languages: when a resolution's English text and its Chinese text each
 * place it in one series of a kind ("its previous resolutions … on the situation in Somalia", "其以往关于索马里局势的
 * 各项决议"; or the renewals of one mandate), those are one series. It keeps one IRI — that of a series named in English (the
 * reference data's, or one an English text named, whose IRI reads as its name), else the first — and the labels of every language.</li>
 * <li>No series from one mention: a series with a single member once everything is read (a text
 * that says it follows "its previous resolutions on Libya" and names none) is left out.</li>
 * </ul>
 *
 * <p>The merge reads a small summary of each document ({@link Summary#add}): the series its works
 * place themselves in, the series it names, and up to two members of each series. Its size grows with
 * the number of series and of works placed in one, not with the documents' text, so a corpus of any
 * size is merged in little memory. The statements that the merge may change are those with a series
 * as subject or object ({@link Part#touchesSeries}); a pipeline holds those back and writes them through
 * the {@link Decision} once every document is read.
 *
 * <p>What it knows of a series it reads from the statements of the graph that names it, never from
 * its IRI: a series is what the graph types {@code rg:Series}; its kind, the renewals of one mandate
 * or not, is what its labels say ({@link SeriesTitles#mandate}, the rule the mapping stage named it
 * by); and it is named in English when one of its labels is in English.
 */
public final class SeriesMerge {
    private SeriesMerge() {}

    /** What the merge decided: series IRIs to rename to another, and series to leave out. */
    public record Decision(Map<Node, Node> rename, Set<Node> drop) {
        /** {@code q} as the merge leaves it: renamed, unchanged, or null when it is left out. */
        public Quad apply(Quad q) {
            if (drop.contains(q.getSubject()) || drop.contains(q.getObject())) {
                return null;
            }
            Node s = rename.get(q.getSubject()), o = rename.get(q.getObject());
            if (s == null && o == null) {
                return q;
            }
            return new Quad(q.getGraph(), s == null ? q.getSubject() : s, q.getPredicate(), o == null ? q.getObject() : o);
        }

        /** Series that joined another (the log says how many). */
        public int merged() {
            return rename.size();
        }

        /** Series left out for having a single member. */
        public int dropped() {
            return drop.size();
        }
    }

    /**
     * What one document adds to the summary: the one series of a kind each of its works places itself
     * in (keyed by work and kind), its memberships (series, member), the series it names, and those of
     * them it names in English.
     */
    public record Part(List<Map.Entry<Placement, Node>> placed, List<Node[]> memberships, Set<Node> named, Set<Node> english) {
        /**
         * Whether a statement of the document has one of its series as subject or object: one the
         * merge may rename or leave out.
         */
        public boolean touchesSeries(Quad q) {
            return named.contains(q.getSubject()) || named.contains(q.getObject());
        }
    }

    /** A work placing itself in a series of one kind: of the renewals of one mandate, or not. */
    public record Placement(Node work, boolean mandate) {}

    /** The summary of a corpus the merge decides on, filled one document at a time. */
    public static final class Summary {
        private final Map<Node, Node> parent = new HashMap<>();
        /** The first series of a kind a work placed itself in, per work and kind. */
        private final Map<Placement, Node> placed = new HashMap<>();
        /** Up to two members of each series. */
        private final Map<Node, Set<Node>> members = new HashMap<>();
        /** Every series named as such. */
        private final Set<Node> series = new HashSet<>();
        /** The series named in English somewhere. */
        private final Set<Node> english = new HashSet<>();

        /** Adds the statements of one document's graph (all of them, or at least those about its works and series). */
        public void add(Iterable<Triple> statements) {
            add(part(statements));
        }

        /**
         * What one document's graph adds to the summary, worked out on any thread: the graph as the
         * document states it, since what it says of its series is read from its statements.
         */
        public static Part part(Iterable<Triple> statements) {
            Set<Node> works = new HashSet<>();
            Map<Node, List<Node>> memberOf = new HashMap<>();
            List<Node[]> memberships = new ArrayList<>();
            Set<Node> named = new HashSet<>();
            List<Triple> labels = new ArrayList<>();
            for (Triple t : statements) {
                Node p = t.getPredicate();
                if (p.equals(Vocab.IS_REALIZED_BY)) {
                    works.add(t.getSubject());
                } else if (p.equals(Vocab.IS_MEMBER_OF)) {
                    memberOf.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject());
                    memberships.add(new Node[] {t.getObject(), t.getSubject()});
                } else if (p.equals(Vocab.TYPE) && t.getObject().equals(Vocab.SERIES)) {
                    named.add(t.getSubject());
                } else if (p.equals(Vocab.LABEL) && t.getObject().isLiteral()) {
                    labels.add(t);
                }
            }
            Set<Node> mandate = new HashSet<>(), english = new HashSet<>();
            for (Triple t : labels) {
                if (named.contains(t.getSubject())) {
                    String lang = t.getObject().getLiteralLanguage();
                    if (SeriesTitles.mandate(lang, t.getObject().getLiteralLexicalForm())) {
                        mandate.add(t.getSubject());
                    }
                    if (lang.equals("en")) {
                        english.add(t.getSubject());
                    }
                }
            }
            List<Map.Entry<Placement, Node>> placed = new ArrayList<>();
            for (Node w : works) {
                Map<Boolean, Set<Node>> byKind = new HashMap<>();
                for (Node s : memberOf.getOrDefault(w, List.of())) {
                    byKind.computeIfAbsent(mandate.contains(s), k -> new TreeSet<>(Comparator.comparing(Node::getURI))).add(s);
                }
                for (Map.Entry<Boolean, Set<Node>> kind : byKind.entrySet()) {
                    if (kind.getValue().size() == 1) {
                        placed.add(Map.entry(new Placement(w, kind.getKey()), kind.getValue().iterator().next()));
                    }
                }
            }
            return new Part(placed, memberships, named, english);
        }

        /** Adds one document's part, in input order. */
        public void add(Part part) {
            for (Node[] m : part.memberships()) {
                Set<Node> members = this.members.computeIfAbsent(m[0], k -> new HashSet<>(4));
                if (members.size() < 2) {
                    members.add(m[1]);
                }
            }
            series.addAll(part.named());
            english.addAll(part.english());
            for (Map.Entry<Placement, Node> p : part.placed()) {
                Node first = placed.putIfAbsent(p.getKey(), p.getValue());
                if (first != null) {
                    union(first, p.getValue());
                }
            }
        }

        /** What to rename and leave out, once every document is added. */
        public Decision decide() {
            Map<Node, Set<Node>> clusterMembers = new HashMap<>();
            members.forEach((s, m) -> {
                Set<Node> all = clusterMembers.computeIfAbsent(find(s), k -> new HashSet<>(4));
                if (all.size() < 2) {
                    all.addAll(m);
                }
            });
            Map<Node, List<Node>> clusters = new HashMap<>();
            for (Node s : series) {
                clusters.computeIfAbsent(find(s), k -> new ArrayList<>()).add(s);
            }
            Map<Node, Node> rename = new HashMap<>();
            Set<Node> drop = new HashSet<>();
            for (Map.Entry<Node, List<Node>> c : clusters.entrySet()) {
                List<Node> names = c.getValue().stream()
                        .sorted(Comparator.comparing((Node n) -> !english.contains(n)).thenComparing(Node::getURI)).toList();
                if (clusterMembers.getOrDefault(c.getKey(), Set.of()).size() < 2) {
                    drop.addAll(names);
                    continue;
                }
                for (Node n : names.subList(1, names.size())) {
                    rename.put(n, names.get(0));
                }
            }
            return new Decision(rename, drop);
        }

        private Node find(Node n) {
            Node p = parent.getOrDefault(n, n);
            if (p.equals(n)) {
                return n;
            }
            Node root = find(p);
            parent.put(n, root);
            return root;
        }

        private void union(Node a, Node b) {
            Node ra = find(a), rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(rb, ra);
            }
        }
    }

    /** Merges the series of a dataset held in memory, one document per named graph; what was decided. */
    public static Decision apply(DatasetGraph ds) {
        Summary summary = new Summary();
        List<Node> graphs = new ArrayList<>();
        ds.listGraphNodes().forEachRemaining(graphs::add);
        for (Node g : graphs) {
            summary.add(ds.getGraph(g).find().toList());
        }
        Decision d = summary.decide();
        if (d.rename().isEmpty() && d.drop().isEmpty()) {
            return d;
        }
        List<Quad> remove = new ArrayList<>(), add = new ArrayList<>();
        ds.find().forEachRemaining(q -> {
            Quad after = d.apply(q);
            if (after != q) {
                remove.add(q);
                if (after != null) {
                    add.add(after);
                }
            }
        });
        remove.forEach(ds::delete);
        add.forEach(ds::add);
        return d;
    }
}
