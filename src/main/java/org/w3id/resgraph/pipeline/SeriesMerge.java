package org.w3id.resgraph.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.resgraph.rdf.Vocab;

/**
 * What no single document can say about series, settled once a whole corpus is extracted.
 * <ul>
 * <li>One series across languages: when a resolution's English text and its Chinese text each
 * place it in one series of a kind ("its previous resolutions … on the situation in Somalia", "其以往关于索马里局势的
 * 各项决议"; or the renewals of one mandate), those are one series. It keeps one IRI — a reference-data one, else the one with a
 * readable name — and the labels of every language.</li>
 * <li>No series from one mention: a series with a single member once everything is read (a text
 * that says it follows "its previous resolutions on Libya" and names none) is left out.</li>
 * </ul>
 */
public final class SeriesMerge {
    /** A series IRI minted from a hash of a title in a language without readable slugs. */
    private static final Pattern HASHED = Pattern.compile("-[a-z]{2}-[0-9a-f]{10}$");
    /** What the IRI of a series of one mandate's renewals holds (ResolutionMapper names them so). */
    private static final String MANDATE = "-mandate-";

    /** What the merge did, for the log. */
    public record Result(int merged, int dropped) {}

    private SeriesMerge() {}

    /**
     * Whether a quad is one the merge reads or changes — a series' own statements, a membership, a
     * language version — so that a loader streaming a corpus can keep only these for the merge.
     */
    public static boolean concerns(Quad q) {
        return q.getPredicate().equals(Vocab.IS_REALIZED_BY) || isSeries(q.getSubject()) || isSeries(q.getObject());
    }

    private static boolean isSeries(Node n) {
        return n.isURI() && n.getURI().contains("/id/series/");
    }

    /** Merges series among the quads of {@code ds} (see {@link #concerns}); what to remove and add to make the same change elsewhere. */
    public static Change change(DatasetGraph ds) {
        Set<Quad> before = new HashSet<>();
        ds.find().forEachRemaining(before::add);
        apply(ds);
        Set<Quad> after = new HashSet<>();
        ds.find().forEachRemaining(after::add);
        List<Quad> removed = before.stream().filter(q -> !after.contains(q)).toList();
        List<Quad> added = after.stream().filter(q -> !before.contains(q)).toList();
        return new Change(removed, added);
    }

    /** Quads to remove and to add. */
    public record Change(List<Quad> removed, List<Quad> added) {}

    public static Result apply(DatasetGraph ds) {
        Map<Node, Node> parent = new HashMap<>();
        // The series each work places itself in, per graph (one language version each).
        Map<String, List<Set<Node>>> own = new LinkedHashMap<>();
        Set<Node> graphs = new HashSet<>();
        ds.listGraphNodes().forEachRemaining(graphs::add);
        for (Node g : graphs) {
            Set<Node> works = new HashSet<>();
            ds.find(g, Node.ANY, Vocab.IS_REALIZED_BY, Node.ANY).forEachRemaining(q -> works.add(q.getSubject()));
            for (Node w : works) {
                Map<Boolean, Set<Node>> byKind = new HashMap<>();
                ds.find(g, w, Vocab.IS_MEMBER_OF, Node.ANY).forEachRemaining(q -> byKind
                        .computeIfAbsent(q.getObject().getURI().contains(MANDATE), k -> new TreeSet<>(Comparator.comparing(Node::getURI)))
                        .add(q.getObject()));
                for (Map.Entry<Boolean, Set<Node>> kind : byKind.entrySet()) {
                    if (kind.getValue().size() == 1) {
                        own.computeIfAbsent(w + " " + kind.getKey(), k -> new ArrayList<>()).add(kind.getValue());
                    }
                }
            }
        }
        for (List<Set<Node>> versions : own.values()) {
            for (int i = 1; i < versions.size(); i++) {
                union(parent, versions.get(0).iterator().next(), versions.get(i).iterator().next());
            }
        }
        Map<Node, Set<Node>> members = new HashMap<>();
        ds.find(Node.ANY, Node.ANY, Vocab.IS_MEMBER_OF, Node.ANY)
                .forEachRemaining(q -> members.computeIfAbsent(find(parent, q.getObject()), k -> new HashSet<>()).add(q.getSubject()));
        Map<Node, List<Node>> clusters = new HashMap<>();
        ds.find(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.SERIES)
                .forEachRemaining(q -> clusters.computeIfAbsent(find(parent, q.getSubject()), k -> new ArrayList<>()).add(q.getSubject()));
        Map<Node, Node> rename = new HashMap<>();
        Set<Node> drop = new HashSet<>();
        for (Map.Entry<Node, List<Node>> c : clusters.entrySet()) {
            List<Node> names = c.getValue().stream().distinct()
                    .sorted(Comparator.comparing((Node n) -> HASHED.matcher(n.getURI()).find()).thenComparing(Node::getURI)).toList();
            if (members.getOrDefault(c.getKey(), Set.of()).size() < 2) {
                drop.addAll(names);
                continue;
            }
            for (Node n : names.subList(1, names.size())) {
                rename.put(n, names.get(0));
            }
        }
        if (rename.isEmpty() && drop.isEmpty()) {
            return new Result(0, 0);
        }
        List<Quad> remove = new ArrayList<>(), add = new ArrayList<>();
        ds.find().forEachRemaining(q -> {
            if (drop.contains(q.getSubject()) || drop.contains(q.getObject())) {
                remove.add(q);
            } else if (rename.containsKey(q.getSubject()) || rename.containsKey(q.getObject())) {
                remove.add(q);
                add.add(new Quad(q.getGraph(), rename.getOrDefault(q.getSubject(), q.getSubject()), q.getPredicate(),
                        rename.getOrDefault(q.getObject(), q.getObject())));
            }
        });
        remove.forEach(ds::delete);
        add.forEach(ds::add);
        return new Result(rename.size(), drop.size());
    }

    private static Node find(Map<Node, Node> parent, Node n) {
        Node p = parent.getOrDefault(n, n);
        if (p.equals(n)) {
            return n;
        }
        Node root = find(parent, p);
        parent.put(n, root);
        return root;
    }

    private static void union(Map<Node, Node> parent, Node a, Node b) {
        Node ra = find(parent, a), rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
