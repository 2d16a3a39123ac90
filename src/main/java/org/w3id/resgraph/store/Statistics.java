package org.w3id.resgraph.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.w3id.resgraph.vocab.Vocab;

/**
 * Counts over the whole database that corpus-wide questions ask for, made once per load as data
 * instead of by every query: how many resolutions cite each thing cited ({@code rg:citedByCount}) and,
 * for a cited resolution, its place among the cited resolutions by that count ({@code rg:citedByRank}),
 * and for every two UNBIS descriptors given together to a resolution, how many resolutions have
 * both ({@code rg:DescriptorPair}: {@code rg:descriptor} twice, {@code rg:resolutionCount}, and the
 * pair's place by it, {@code rg:pairRank}), and for every UNBIS descriptor, how many resolutions have
 * it, in all and among those with a version in each language ({@code rg:DescriptorCount}:
 * {@code rg:descriptor}, {@code rg:resolutionCount} and, for a language, {@code rg:versionLanguage}), and
 * for every conference, agreement, declaration or other named instrument, year by year, how many
 * resolutions adopted that year cite it and with which relations ({@code rg:CitationYear}:
 * {@code rg:citedThing}, {@code rg:year}, {@code rg:resolutionCount}, {@code rg:citedWith}). Written to the graph {@code {base}graph/statistics}, made
 * anew after every load and replaced in the caller's one write transaction: a reader sees the old
 * counts or the new, never some of each.
 *
 * <p>Counted over the union of the named graphs (each triple once, however many graphs state it). The
 * graph's terms are its own: it states no citation ({@code cito:cites}, {@code rg:refersTo}), subject
 * or type that these counts, another query or the {@link Census} read, so it never counts in them.
 *
 * <p>Each count reads the quads of one predicate at a time, as node ids, and joins them here in hash
 * tables, where SPARQL looks the union of the graphs up again at each step of a join: at 10,000
 * documents the whole graph takes 0.6 to 2.3 s, where query 15 alone counted for 0.7 s and query 07
 * for 5 s.
 */
final class Statistics {
    /** The graph the counts are written to, under the base. */
    static final String GRAPH = "graph/statistics";
    static final Node CITED_BY_COUNT = Vocab.rg("citedByCount");
    static final Node CITED_BY_RANK = Vocab.rg("citedByRank");
    static final Node DESCRIPTOR_PAIR = Vocab.rg("DescriptorPair");
    static final Node DESCRIPTOR = Vocab.rg("descriptor");
    static final Node RESOLUTION_COUNT = Vocab.rg("resolutionCount");
    static final Node PAIR_RANK = Vocab.rg("pairRank");
    static final Node DESCRIPTOR_COUNT = Vocab.rg("DescriptorCount");
    static final Node VERSION_LANGUAGE = Vocab.rg("versionLanguage");
    static final Node CITATION_YEAR = Vocab.rg("CitationYear");
    static final Node CITED_THING = Vocab.rg("citedThing");
    static final Node YEAR = Vocab.rg("year");
    static final Node CITED_WITH = Vocab.rg("citedWith");
    /** The named instruments counted year by year: those the series graph dates the first and last citation of. */
    private static final List<Node> INSTRUMENTS = List.of(Vocab.CONFERENCE, Vocab.EVENT, Vocab.AGREEMENT,
            Vocab.rg("Declaration"), Vocab.rg("Strategy"));
    private static final Node IN_SCHEME = NodeFactory.createURI(Vocab.SKOS + "inScheme");
    private static final Node THESAURUS = NodeFactory.createURI("http://metadata.un.org/thesaurus");
    private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);

    private Statistics() {}

    /** What was counted (the things cited, the descriptor pairs) and written (quads deleted, quads added). */
    record Written(long cited, long pairs, long deleted, long added) {}

    /**
     * Replaces the statistics graph of {@code ds} with counts of what the database holds now; call inside a
     * write transaction. Only what changed is written: the quads of the old graph that are not among the
     * new are deleted, the new ones not there already added (a load of a few documents into a large
     * database changes a few counts, not the whole graph). Written to TDB2 itself, not through the text
     * index, which indexes none of these literals.
     */
    static Written rebuild(Dataset ds, String base) {
        DatasetGraph dsg = ds.asDatasetGraph() instanceof DatasetGraphText text ? text.getBase() : ds.asDatasetGraph();
        Node graph = NodeFactory.createURI(base + GRAPH);
        // the counts read other predicates than the graph's own (rdf:type rg:Resolution, rg:refersTo,
        // dcterms:subject, skos:inScheme): the old graph, still in the database, cannot count in them
        Quads quads = new Quads(Store.storage(ds).getQuadTable().getNodeTupleTable());
        Set<NodeId> resolutions = quads.subjects(Vocab.TYPE, Vocab.RESOLUTION);
        Set<Quad> now = new HashSet<>();
        Map<NodeId, Long> cited = citedBy(quads, resolutions);
        cited.forEach((t, n) -> now.add(new Quad(graph, quads.node(t), CITED_BY_COUNT, integer(n))));
        Map<NodeId, Long> citedResolutions = new HashMap<>(cited);
        citedResolutions.keySet().retainAll(resolutions);
        ranks(citedResolutions).forEach((r, place) -> now.add(new Quad(graph, quads.node(r), CITED_BY_RANK, integer(place))));
        Map<NodeId, Set<NodeId>> described = descriptorsByResolution(quads, resolutions);
        for (Map.Entry<List<Node>, Long> e : descriptorCounts(quads, described).entrySet()) {
            Node d = e.getKey().get(0), language = e.getKey().get(1);
            Node count = NodeFactory.createURI(base + "id/statistics/descriptor/" + local(d)
                    + (language == null ? "" : "/" + URLEncoder.encode(language.getLiteralLexicalForm(), StandardCharsets.UTF_8)));
            now.add(new Quad(graph, count, Vocab.TYPE, DESCRIPTOR_COUNT));
            now.add(new Quad(graph, count, DESCRIPTOR, d));
            if (language != null) {
                now.add(new Quad(graph, count, VERSION_LANGUAGE, language));
            }
            now.add(new Quad(graph, count, RESOLUTION_COUNT, integer(e.getValue())));
        }
        for (Map.Entry<List<Object>, Cited> e : citedByYear(quads).entrySet()) {
            Node t = quads.node((NodeId) e.getKey().get(0));
            long year = (Long) e.getKey().get(1);
            Node count = NodeFactory.createURI(base + "id/statistics/cited-in-year/" + local(t, base) + "/" + year);
            now.add(new Quad(graph, count, Vocab.TYPE, CITATION_YEAR));
            now.add(new Quad(graph, count, CITED_THING, t));
            now.add(new Quad(graph, count, YEAR, integer(year)));
            now.add(new Quad(graph, count, RESOLUTION_COUNT, integer(e.getValue().resolutions().size())));
            for (NodeId relation : e.getValue().relations()) {
                now.add(new Quad(graph, count, CITED_WITH, quads.node(relation)));
            }
        }
        Map<List<Node>, Long> pairs = descriptorPairs(quads, described);
        Map<List<Node>, Long> pairPlaces = ranks(pairs);
        for (Map.Entry<List<Node>, Long> e : pairs.entrySet()) {
            Node a = e.getKey().get(0), b = e.getKey().get(1);
            Node pair = NodeFactory.createURI(base + "id/statistics/descriptor-pair/" + local(a) + "/" + local(b));
            now.add(new Quad(graph, pair, Vocab.TYPE, DESCRIPTOR_PAIR));
            now.add(new Quad(graph, pair, DESCRIPTOR, a));
            now.add(new Quad(graph, pair, DESCRIPTOR, b));
            now.add(new Quad(graph, pair, RESOLUTION_COUNT, integer(e.getValue())));
            now.add(new Quad(graph, pair, PAIR_RANK, integer(pairPlaces.get(e.getKey()))));
        }
        List<Quad> gone = new ArrayList<>();
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!now.remove(q)) {
                gone.add(q);
            }
        });
        gone.forEach(dsg::delete);
        now.forEach(dsg::add);
        return new Written(cited.size(), pairs.size(), gone.size(), now.size());
    }

    /**
     * The quads of the named graphs, read as node ids: only the nodes of what is written are read from
     * the node table, where the union graph reads every node of every triple it gives. A triple several
     * graphs state comes once per graph; the sets the counts are made of take it once.
     */
    private record Quads(NodeTupleTable table) {
        /** The id of a node, or null for a node no quad has. */
        NodeId id(Node n) {
            NodeId id = table.getNodeTable().getNodeIdForNode(n);
            return NodeId.isDoesNotExist(id) ? null : id;
        }

        Node node(NodeId id) {
            return table.getNodeTable().getNodeForNodeId(id);
        }

        /** Subject and object of each quad with predicate {@code p} and, unless null, object {@code o}. */
        void each(Node p, Node o, BiConsumer<NodeId, NodeId> action) {
            NodeId pid = id(p), oid = o == null ? NodeId.NodeIdAny : id(o);
            if (pid != null && oid != null) {
                table.find(NodeId.NodeIdAny, NodeId.NodeIdAny, pid, oid).forEachRemaining(q -> action.accept(q.get(1), q.get(3)));
            }
        }

        /** For each of {@code subjects} that has predicate {@code p}: its objects. */
        Map<NodeId, Set<NodeId>> objects(Node p, Set<NodeId> subjects) {
            Map<NodeId, Set<NodeId>> out = new HashMap<>();
            each(p, null, (s, o) -> {
                if (subjects.contains(s)) {
                    out.computeIfAbsent(s, k -> new HashSet<>()).add(o);
                }
            });
            return out;
        }

        Set<NodeId> subjects(Node p, Node o) {
            Set<NodeId> out = new HashSet<>();
            each(p, o, (s, x) -> out.add(s));
            return out;
        }
    }

    /**
     * For everything at least one resolution refers to, how many distinct resolutions do: {@code ?r a
     * rg:Resolution ; rg:refersTo ?t}, counted by {@code ?t}. Every citation writes rg:refersTo (and
     * cito:cites with it when it cites a document), so this is the count of the resolutions citing it.
     */
    private static Map<NodeId, Long> citedBy(Quads quads, Set<NodeId> resolutions) {
        Map<NodeId, Set<NodeId>> citing = new HashMap<>();
        quads.each(Vocab.REFERS_TO, null, (r, t) -> {
            if (resolutions.contains(r)) {
                citing.computeIfAbsent(t, k -> new HashSet<>()).add(r);
            }
        });
        Map<NodeId, Long> counts = new HashMap<>();
        citing.forEach((t, rs) -> counts.put(t, (long) rs.size()));
        return counts;
    }

    /**
     * The place of each of {@code counted} by its count, most first: one more than the number of them with
     * a larger count, so that equal counts share a place (1, 2, 2, 4). A query for the n largest then reads
     * the places 1 to n instead of sorting every count.
     */
    private static <K> Map<K, Long> ranks(Map<K, Long> counted) {
        List<Long> counts = new ArrayList<>(counted.values());
        counts.sort(Comparator.reverseOrder());
        Map<Long, Long> place = new HashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            place.putIfAbsent(counts.get(i), i + 1L);
        }
        Map<K, Long> out = new HashMap<>();
        counted.forEach((k, n) -> out.put(k, place.get(n)));
        return out;
    }

    /**
     * For every two distinct UNBIS descriptors ({@code skos:inScheme <http://metadata.un.org/thesaurus>})
     * that some resolution has both of as {@code dcterms:subject}, how many resolutions do; the two in
     * the order of their IRIs.
     */
    private static Map<List<Node>, Long> descriptorPairs(Quads quads, Map<NodeId, Set<NodeId>> byResolution) {
        Map<NodeId, Node> named = new HashMap<>();
        Map<List<Node>, Long> pairs = new HashMap<>();
        for (Set<NodeId> given : byResolution.values()) {
            List<Node> sorted = given.stream().map(d -> named.computeIfAbsent(d, quads::node)).filter(Node::isURI).sorted(BY_IRI).toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    pairs.merge(List.of(sorted.get(i), sorted.get(j)), 1L, Long::sum);
                }
            }
        }
        return pairs;
    }

    /** The UNBIS descriptors ({@code skos:inScheme <http://metadata.un.org/thesaurus>}) of each resolution that has some. */
    private static Map<NodeId, Set<NodeId>> descriptorsByResolution(Quads quads, Set<NodeId> resolutions) {
        Set<NodeId> descriptors = quads.subjects(IN_SCHEME, THESAURUS);
        Map<NodeId, Set<NodeId>> byResolution = new HashMap<>();
        quads.each(Vocab.SUBJECT, null, (r, d) -> {
            if (resolutions.contains(r) && descriptors.contains(d)) {
                byResolution.computeIfAbsent(r, k -> new HashSet<>()).add(d);
            }
        });
        return byResolution;
    }

    /**
     * For every UNBIS descriptor some resolution has as {@code dcterms:subject}: how many resolutions do
     * (keyed by the descriptor and null), and, for each language, how many of those have a version in it
     * ({@code eli:is_realized_by} a version of that {@code dcterms:language}; keyed by the descriptor and
     * the language's literal).
     */
    private static Map<List<Node>, Long> descriptorCounts(Quads quads, Map<NodeId, Set<NodeId>> byResolution) {
        Map<NodeId, Set<NodeId>> languagesOfVersion = new HashMap<>();
        quads.each(Vocab.LANGUAGE, null, (v, l) -> languagesOfVersion.computeIfAbsent(v, k -> new HashSet<>()).add(l));
        Map<NodeId, Set<NodeId>> languages = new HashMap<>();
        quads.each(Vocab.IS_REALIZED_BY, null, (r, v) -> {
            if (byResolution.containsKey(r) && languagesOfVersion.containsKey(v)) {
                languages.computeIfAbsent(r, k -> new HashSet<>()).addAll(languagesOfVersion.get(v));
            }
        });
        Map<NodeId, Node> named = new HashMap<>();
        Map<List<Node>, Long> counts = new HashMap<>();
        byResolution.forEach((r, given) -> {
            Set<NodeId> in = languages.getOrDefault(r, Set.of());
            for (NodeId d : given) {
                Node descriptor = named.computeIfAbsent(d, quads::node);
                if (!descriptor.isURI()) {
                    continue;
                }
                counts.merge(Arrays.asList(descriptor, null), 1L, Long::sum);
                for (NodeId l : in) {
                    Node language = named.computeIfAbsent(l, quads::node);
                    if (language.isLiteral()) {
                        counts.merge(List.of(descriptor, language), 1L, Long::sum);
                    }
                }
            }
        });
        return counts;
    }

    /** The resolutions that cite a thing in one year, and the relations their citations of it have. */
    private record Cited(Set<NodeId> resolutions, Set<NodeId> relations) {}

    /**
     * For every named instrument ({@link #INSTRUMENTS}) and every year some resolution citing it was
     * adopted in: those resolutions and the relations of their citations of it. Read as SPARQL would
     * join {@code ?c cito:hasCitedEntity ?t ; rg:relation ?relation ; cito:hasCitingEntity/eli:is_part_of ?r .
     * ?r eli:date_document ?d}, the year being {@code YEAR(?d)}: a citation without a relation, or
     * whose resolution has no date, counts in no year; a resolution with two dates in two years counts
     * in both.
     */
    private static Map<List<Object>, Cited> citedByYear(Quads quads) {
        Set<NodeId> instruments = new HashSet<>();
        for (Node type : INSTRUMENTS) {
            instruments.addAll(quads.subjects(Vocab.TYPE, type));
        }
        Map<NodeId, Set<NodeId>> cited = new HashMap<>();
        quads.each(Vocab.HAS_CITED_ENTITY, null, (c, t) -> {
            if (instruments.contains(t)) {
                cited.computeIfAbsent(c, k -> new HashSet<>()).add(t);
            }
        });
        Map<NodeId, Set<NodeId>> relations = quads.objects(Vocab.RELATION, cited.keySet());
        Map<NodeId, Set<NodeId>> paragraphs = quads.objects(Vocab.HAS_CITING_ENTITY, relations.keySet());
        Set<NodeId> citing = new HashSet<>();
        paragraphs.values().forEach(citing::addAll);
        Map<NodeId, Set<NodeId>> partOf = quads.objects(Vocab.IS_PART_OF, citing);
        Set<NodeId> works = new HashSet<>();
        partOf.values().forEach(works::addAll);
        Map<NodeId, Set<Long>> years = new HashMap<>();
        quads.each(Vocab.DATE_DOCUMENT, null, (r, d) -> {
            if (works.contains(r)) {
                Long year = year(quads.node(d));
                if (year != null) {
                    years.computeIfAbsent(r, k -> new HashSet<>()).add(year);
                }
            }
        });
        Map<List<Object>, Cited> out = new HashMap<>();
        paragraphs.forEach((c, ps) -> {
            for (NodeId p : ps) {
                for (NodeId r : partOf.getOrDefault(p, Set.of())) {
                    for (Long year : years.getOrDefault(r, Set.of())) {
                        for (NodeId t : cited.get(c)) {
                            Cited in = out.computeIfAbsent(List.of(t, year), k -> new Cited(new HashSet<>(), new HashSet<>()));
                            in.resolutions().add(r);
                            in.relations().addAll(relations.get(c));
                        }
                    }
                }
            }
        });
        return out;
    }

    /** SPARQL's YEAR of a date or date-time literal, or null for anything else. */
    private static Long year(Node date) {
        try {
            return XSDFuncOp.getYear(NodeValue.makeNode(date)).getInteger().longValueExact();
        } catch (ExprEvalException | ArithmeticException e) {
            return null;
        }
    }

    /** A thing's part of an IRI of the statistics graph: its IRI after the base's {@code id/}, else its whole IRI escaped. */
    private static String local(Node thing, String base) {
        String iri = thing.isURI() ? thing.getURI() : thing.toString();
        String prefix = base + "id/";
        return iri.startsWith(prefix) ? iri.substring(prefix.length()) : URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    /** A descriptor's part of a pair's IRI: its number in the thesaurus ({@code 1003133}), else its whole IRI escaped. */
    private static String local(Node descriptor) {
        String iri = descriptor.getURI();
        String rest = iri.startsWith(Vocab.UNBIS) ? iri.substring(Vocab.UNBIS.length()) : iri;
        return URLEncoder.encode(rest, StandardCharsets.UTF_8);
    }

    /** An xsd:integer literal, as the counts are written (also the series steps' sizes). */
    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
