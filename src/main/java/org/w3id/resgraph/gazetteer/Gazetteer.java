package org.w3id.resgraph.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.resgraph.vocab.Vocab;

/**
 * Reference data about the things resolutions name (organisations, places, events, instruments,
 * series), read from the Turtle files under {@code ontology/reference/}, and an index of their
 * names in each language for finding them in text.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.standard();
 * g.longestAt("zh", text, i, e -> e.is("Organization")).ifPresent(m -> ...);
 * }</pre>
 */
public final class Gazetteer {
    /** The base of the IRIs in the reference files, which the output may rebase. */
    public static final String DEFAULT_BASE = "https://w3id.org/resgraph/";

    public static final List<String> FILES = List.of(
            "ontology/reference/organisations.ttl", "ontology/reference/places.ttl",
            "ontology/reference/events.ttl", "ontology/reference/instruments.ttl", "ontology/reference/agreements.ttl",
            "ontology/reference/series.ttl");

    private final Graph graph;
    private final Map<String, Entry> byIri = new LinkedHashMap<>();
    private final Map<String, Map<String, Entry>> byName = new HashMap<>();
    /** Per language, the name keys in a trie from their first character, and in one from their last. */
    private final Map<String, NameTrie<Entry>> startTries;
    private final Map<String, NameTrie<Entry>> endTries;

    public Gazetteer(Graph graph) {
        this.graph = graph;
        graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()
                    && t.getObject().getURI().startsWith(Vocab.RG)) {
                entryOf(t.getSubject());
            }
        });
        for (Entry e : byIri.values()) {
            Node s = NodeFactory.createURI(e.iri());
            indexNames(e, s, RDFS.label.asNode());
            indexNames(e, s, SKOS.altLabel.asNode());
        }
        startTries = tries(false);
        endTries = tries(true);
    }

    /** The reference data shipped with resgraph, read once, when first asked for. */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final Gazetteer INSTANCE = new Gazetteer(load());

        private static Graph load() {
            Graph graph = GraphFactory.createDefaultGraph();
            for (String file : FILES) {
                DataFile.parseTurtle(file, graph);
            }
            return graph;
        }
    }

    public Graph graph() {
        return graph;
    }

    /** The prefix of the symbols of an organ's resolutions ({@code A/RES/}), if it adopts resolutions. */
    public Optional<String> resolutionPrefix(String organIri) {
        Node p = NodeFactory.createURI(Vocab.RG + "resolutionSymbolPrefix");
        return graph.find(NodeFactory.createURI(organIri), p, Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm());
    }

    /** The organ whose resolutions have symbols starting with {@code prefix}. */
    public Optional<Entry> organByPrefix(String prefix) {
        Node p = NodeFactory.createURI(Vocab.RG + "resolutionSymbolPrefix");
        return graph.find(Node.ANY, p, NodeFactory.createLiteralString(prefix)).nextOptional()
                .map(t -> byIri.get(t.getSubject().getURI()));
    }

    /** Every entry, in the order the reference files list them. */
    public Collection<Entry> entries() {
        return Collections.unmodifiableCollection(byIri.values());
    }

    public Optional<Entry> entry(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    public Optional<Entry> byName(String lang, String name, Predicate<Entry> accept) {
        Entry e = byName.getOrDefault(lang, Map.of()).get(NameKey.of(lang, name));
        return e != null && accept.test(e) ? Optional.of(e) : Optional.empty();
    }

    /** Every name (label and other names) in {@code lang} of the entries {@code accept} takes, as written, longest first. */
    public List<String> names(String lang, Predicate<Entry> accept) {
        List<String> out = new ArrayList<>();
        for (Entry e : byIri.values()) {
            if (!accept.test(e)) {
                continue;
            }
            Node s = NodeFactory.createURI(e.iri());
            for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode())) {
                graph.find(s, p, Node.ANY).forEach(t -> {
                    Node o = t.getObject();
                    if (o.isLiteral() && o.getLiteralLanguage().equals(lang) && !out.contains(o.getLiteralLexicalForm())) {
                        out.add(o.getLiteralLexicalForm());
                    }
                });
            }
        }
        out.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        return out;
    }

    /** The longest accepted name that starts at {@code at} in an already normalised text. */
    public Optional<NameMatch> longestAt(String lang, String text, int at, Predicate<Entry> accept) {
        return longestAt(lang, text, at, text.length(), accept);
    }

    /** As {@link #longestAt(String, String, int, Predicate)}, for names that end by {@code limit}. */
    public Optional<NameMatch> longestAt(String lang, String text, int at, int limit, Predicate<Entry> accept) {
        NameTrie<Entry> trie = startTries.get(lang);
        if (trie == null || at >= limit) {
            return Optional.empty();
        }
        for (NameTrie.Hit<Entry> h : trie.at(text, at, limit)) {
            if (accept.test(h.value())) {
                return Optional.of(new NameMatch(at, at + h.length(), h.value()));
            }
        }
        return Optional.empty();
    }

    /** The longest accepted name that ends exactly at {@code end} and starts at or after {@code from}. */
    public Optional<NameMatch> longestEndingAt(String lang, String text, int from, int end, Predicate<Entry> accept) {
        NameTrie<Entry> trie = endTries.get(lang);
        if (trie == null || end <= from) {
            return Optional.empty();
        }
        for (NameTrie.Hit<Entry> h : trie.at(text, end, from)) {
            if (accept.test(h.value())) {
                return Optional.of(new NameMatch(end - h.length(), end, h.value()));
            }
        }
        return Optional.empty();
    }

    /** Tries over the names of each language. */
    private Map<String, NameTrie<Entry>> tries(boolean reversed) {
        Map<String, NameTrie<Entry>> out = new HashMap<>();
        for (Map.Entry<String, Map<String, Entry>> lang : byName.entrySet()) {
            NameTrie.Builder<Entry> b = new NameTrie.Builder<>(reversed);
            lang.getValue().forEach(b::add);
            out.put(lang.getKey(), b.build());
        }
        return Map.copyOf(out);
    }

    /**
     * Every accepted name in {@code [from, to)}, leftmost first, longest at each place, not overlapping;
     * in a language written in words, only names that start a word.
     */
    public List<NameMatch> findAll(String lang, String text, int from, int to, Predicate<Entry> accept) {
        List<NameMatch> out = new ArrayList<>();
        boolean words = !lang.equals("zh");
        int i = from;
        while (i < to) {
            if (words && i > from && Character.isLetterOrDigit(text.charAt(i)) && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;   // a name in a language of words starts a word; the rest of a word is skipped
                continue;
            }
            Optional<NameMatch> m = longestAt(lang, text, i, to, accept);
            if (m.isPresent()) {
                out.add(m.get());
                i = m.get().end();
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The agreement listed between exactly these parties and signed in {@code year}, whatever order
     * the text names the parties in.
     */
    public Optional<Entry> agreement(Set<String> partyIris, int year) {
        Node party = NodeFactory.createURI(Vocab.RG + "party"), signed = NodeFactory.createURI(Vocab.RG + "signedOn");
        return byIri.values().stream().filter(e -> e.is("Agreement")).filter(e -> {
            Node s = NodeFactory.createURI(e.iri());
            Set<String> parties = new HashSet<>();
            graph.find(s, party, Node.ANY).forEach(t -> parties.add(t.getObject().getURI()));
            return parties.equals(partyIris) && graph.find(s, signed, Node.ANY).toList().stream()
                    .anyMatch(t -> t.getObject().getLiteralLexicalForm().startsWith(year + "-"));
        }).findFirst();
    }

    /** The literal value of one property of an entry, if it has one. */
    public Optional<String> value(String iri, Node property) {
        return graph.find(NodeFactory.createURI(iri), property, Node.ANY).nextOptional()
                .filter(t -> t.getObject().isLiteral()).map(t -> t.getObject().getLiteralLexicalForm());
    }

    /**
     * The triples that describe an entry for a reader of one document graph: its own, and those of
     * the gazetteer things it links to (a conference's place, that place's country).
     */
    public List<Triple> describe(String iri) {
        List<Triple> out = new ArrayList<>();
        describe(NodeFactory.createURI(iri), out, new HashSet<>(), 0);
        return out;
    }

    private void describe(Node s, List<Triple> out, Set<Node> seen, int depth) {
        if (!seen.add(s) || depth > 3) {
            return;
        }
        graph.find(s, Node.ANY, Node.ANY).forEach(t -> {
            out.add(t);
            Node o = t.getObject();
            if (o.isURI() && byIri.containsKey(o.getURI()) && !t.getPredicate().getURI().equals(Vocab.RG + "organ")) {
                describe(o, out, seen, depth + 1);
            }
        });
    }

    private Entry entryOf(Node s) {
        return byIri.computeIfAbsent(s.getURI(), iri -> {
            Set<String> types = new HashSet<>();
            graph.find(s, RDF.type.asNode(), Node.ANY).forEach(t -> {
                String type = t.getObject().getURI();
                if (type.startsWith(Vocab.RG)) {
                    types.add(type.substring(Vocab.RG.length()));
                }
            });
            Map<String, String> labels = new HashMap<>();
            graph.find(s, RDFS.label.asNode(), Node.ANY).forEach(t -> {
                if (t.getObject().isLiteral()) {
                    labels.putIfAbsent(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm());
                }
            });
            return new Entry(iri, Set.copyOf(types), Map.copyOf(labels));
        });
    }

    private static final int[] NONE = new int[0];

    private void indexNames(Entry e, Node s, Node predicate) {
        graph.find(s, predicate, Node.ANY).forEach(t -> {
            Node o = t.getObject();
            if (!o.isLiteral() || o.getLiteralLanguage().isEmpty()) {
                return;
            }
            String lang = o.getLiteralLanguage();
            String key = NameKey.of(lang, o.getLiteralLexicalForm());
            if (key.isEmpty()) {
                return;
            }
            byName.computeIfAbsent(lang, k -> new HashMap<>()).putIfAbsent(key, e);
        });
    }
}
