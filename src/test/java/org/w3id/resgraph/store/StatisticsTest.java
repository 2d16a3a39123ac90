package org.w3id.resgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.rdf.Sparql;
import org.w3id.resgraph.testing.Fixtures;
import org.w3id.resgraph.vocab.Vocab;

/**
 * The statistics graph a load writes ({@link Statistics}): its counts are those a COUNT query over the
 * documents gives, a document loaded again is not counted twice, a replaced document's citations do
 * not linger, and the graph is replaced whole, adding nothing other queries or the census read.
 */
class StatisticsTest {
    private static final String BASE = Gazetteer.DEFAULT_BASE;
    private static final Node GRAPH = NodeFactory.createURI(BASE + Statistics.GRAPH);
    private static final String PREFIXES = """
            PREFIX rg: <https://w3id.org/resgraph/ontology#>
            PREFIX cito: <http://purl.org/spar/cito/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            """;
    /** The seed (zh) and two Council resolutions on Yemen in English and Chinese: both of these recall 2216 (2015). */
    private static final List<Path> FILES = List.of(Fixtures.path(Fixtures.SEED),
            Fixtures.corpus("sc-akn/2020/English/S_RES_2505 (2020)-2000446E.xml"),
            Fixtures.corpus("sc-akn/2020/Chinese/S_RES_2505 (2020)-2000446C.xml"),
            Fixtures.corpus("sc-akn/2020/English/S_RES_2511 (2020)-2002954E.xml"),
            Fixtures.corpus("sc-akn/2020/Chinese/S_RES_2511 (2020)-2002954C.xml"));
    private static final Node RES_2216 = NodeFactory.createURI(BASE + "id/un/S/RES/2216(2015)");
    private static final Node RES_46_151 = NodeFactory.createURI(BASE + "id/un/A/RES/46/151");

    @Test
    void countsAreThoseOfACountQueryAndALoadAgainCountsNothingTwice() {
        Dataset ds = load(Store.inMemory(), FILES);
        Map<Node, Long> cited = citedByCounts(ds);
        assertEquals(countQuery(ds, "?r a rg:Resolution ; rg:refersTo ?t"), cited);
        // a document is counted by the resolutions that cito:cites it: the same ones
        countQuery(ds, "?r a rg:Resolution ; cito:cites ?t").forEach((t, n) -> assertEquals(n, cited.get(t), t.toString()));
        assertEquals(2L, cited.get(RES_2216), "2505 (2020) and 2511 (2020), each in two languages, recall 2216 (2015)");
        assertRanks(ds);
        Map<String, Long> pairs = pairs(ds);
        assertFalse(pairs.isEmpty());
        assertEquals(pairsQuery(ds), pairs);
        Map<String, Long> counts = descriptorCounts(ds);
        assertEquals(descriptorCountsQuery(ds), counts);
        assertTrue(counts.keySet().stream().anyMatch(k -> k.endsWith(" zh")) && counts.keySet().stream().anyMatch(k -> k.endsWith(" all")),
                "counts in all languages and in Chinese: " + counts.keySet());
        Map<String, String> years = citationYears(ds);
        assertEquals(citationYearsQuery(ds), years);
        assertTrue(years.keySet().stream().anyMatch(k -> k.endsWith(" 2020")), "instruments cited in 2020: " + years.keySet());
        assertOnlyItsOwnTerms(ds);

        Set<String> before = graph(ds);
        load(ds, FILES.subList(3, 4));   // 2511 (2020) in English, again
        assertEquals(before, graph(ds), "a document loaded again is counted once");
        assertEquals(2L, citedByCounts(ds).get(RES_2216));
        ds.close();
    }

    @Test
    void aReplacedDocumentsCitationsDoNotLingerAndTheGraphIsReplacedWhole(@TempDir Path dir) throws IOException {
        // the seed without its citation of 46/151 (1991), which nothing else here cites
        Path seed = Fixtures.path(Fixtures.SEED), changed = dir.resolve(seed.getFileName());
        String text = Files.readString(seed, StandardCharsets.UTF_8), cut = " 1991年 12月 18日 第46/151 号 、";
        assertTrue(text.contains(cut));
        Files.writeString(changed, text.replace(cut, ""), StandardCharsets.UTF_8);
        List<Path> after = new ArrayList<>(FILES);
        after.set(0, changed);

        Dataset ds = load(Store.inMemory(), FILES);
        assertEquals(1L, citedByCounts(ds).get(RES_46_151));
        Set<String> first = graph(ds);
        load(ds, List.of(changed));
        Map<Node, Long> cited = citedByCounts(ds);
        assertFalse(cited.containsKey(RES_46_151), "the replaced seed's citation of 46/151 is gone: " + cited.get(RES_46_151));
        assertEquals(countQuery(ds, "?r a rg:Resolution ; rg:refersTo ?t"), cited);
        assertEquals(pairsQuery(ds), pairs(ds));
        assertEquals(citationYearsQuery(ds), citationYears(ds));
        assertRanks(ds);
        Set<String> replaced = graph(ds);
        assertNotEquals(first, replaced);

        // the graph holds what a new database of the same documents holds, nothing more
        Dataset fresh = load(Store.inMemory(), after);
        assertEquals(graph(fresh), replaced);
        fresh.close();
        ds.close();
    }

    @Test
    void theCensusCountsTheStatisticsGraphsQuadsOnly() {
        Dataset ds = load(Store.inMemory(), FILES);
        Map<String, Long> counts = Store.counts(ds);
        long resolutions = select(ds, "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a rg:Resolution }").get(0).getLiteral("n").getLong();
        assertEquals(resolutions, counts.get("resolutions known"));
        assertEquals(Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().count()), counts.get(Census.QUADS));
        assertTrue(Txn.calculateRead(ds, () -> ds.asDatasetGraph().find(GRAPH, Node.ANY, Node.ANY, Node.ANY).hasNext()));
        ds.close();
    }

    private static Dataset load(Dataset ds, List<Path> files) {
        List<String> problems = new ArrayList<>();
        List<Inputs.Input> inputs = Inputs.expand(files.stream().map(Path::toString).toList(), System.in, problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of(), Loader.load(ds, inputs, BASE, 2).failures());
        return ds;
    }

    /** Each cited resolution's place, and each pair's: one more than the number of them with a larger count. */
    private static void assertRanks(Dataset ds) {
        Map<String, Long> counts = new TreeMap<>(), places = new TreeMap<>();
        countQuery(ds, "?r a rg:Resolution ; rg:refersTo ?t . ?t a rg:Resolution").forEach((t, n) -> counts.put(t.toString(), n));
        select(ds, "SELECT ?t ?n WHERE { ?t rg:citedByRank ?n }").forEach(s -> places.put(s.get("t").toString(), s.getLiteral("n").getLong()));
        assertEquals(places(counts), places);
        counts.clear();
        places.clear();
        for (QuerySolution s : select(ds, "SELECT ?p ?n ?place WHERE { ?p rg:resolutionCount ?n ; rg:pairRank ?place }")) {
            counts.put(s.get("p").toString(), s.getLiteral("n").getLong());
            places.put(s.get("p").toString(), s.getLiteral("place").getLong());
        }
        assertEquals(places(counts), places);
        assertTrue(places.containsValue(1L));
    }

    private static Map<String, Long> places(Map<String, Long> counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, n) -> out.put(k, 1 + counts.values().stream().filter(m -> m > n).count()));
        return out;
    }

    /** Nothing but the graph's own counts: no citation, subject or type another query reads. */
    private static void assertOnlyItsOwnTerms(Dataset ds) {
        Set<Node> own = Set.of(Statistics.CITED_BY_COUNT, Statistics.CITED_BY_RANK, Statistics.DESCRIPTOR, Statistics.RESOLUTION_COUNT, Statistics.PAIR_RANK,
                Statistics.VERSION_LANGUAGE, Statistics.CITED_THING, Statistics.YEAR, Statistics.CITED_WITH, Vocab.TYPE);
        Txn.executeRead(ds, () -> ds.asDatasetGraph().find(GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            assertTrue(own.contains(q.getPredicate()), q.toString());
            assertTrue(!q.getPredicate().equals(Vocab.TYPE) || q.getObject().equals(Statistics.DESCRIPTOR_PAIR)
                    || q.getObject().equals(Statistics.DESCRIPTOR_COUNT) || q.getObject().equals(Statistics.CITATION_YEAR), q.toString());
        }));
    }

    /** The statistics graph's triples, as N-Triples lines. */
    private static Set<String> graph(Dataset ds) {
        Set<String> out = new TreeSet<>();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().find(GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q ->
                out.add(NodeFmtLib.str(q.asTriple()))));
        return out;
    }

    private static Map<Node, Long> citedByCounts(Dataset ds) {
        Map<Node, Long> out = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        for (QuerySolution s : select(ds, "SELECT ?t ?n WHERE { ?t rg:citedByCount ?n }")) {
            out.put(s.get("t").asNode(), s.getLiteral("n").getLong());
        }
        return out;
    }

    /** COUNT(DISTINCT ?r) by ?t over {@code pattern}, as a query would count it. */
    private static Map<Node, Long> countQuery(Dataset ds, String pattern) {
        Map<Node, Long> out = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        for (QuerySolution s : select(ds, "SELECT ?t (COUNT(DISTINCT ?r) AS ?n) WHERE { " + pattern + " } GROUP BY ?t")) {
            out.put(s.get("t").asNode(), s.getLiteral("n").getLong());
        }
        return out;
    }

    private static Map<String, Long> pairs(Dataset ds) {
        Map<String, Long> out = new TreeMap<>();
        for (QuerySolution s : select(ds, "SELECT ?a ?b ?n WHERE { ?p a rg:DescriptorPair ; rg:descriptor ?a , ?b ; "
                + "rg:resolutionCount ?n FILTER(str(?a) < str(?b)) }")) {
            assertEquals(null, out.put(s.get("a") + " " + s.get("b"), s.getLiteral("n").getLong()), "one pair node for each pair");
        }
        return out;
    }

    /** Each rg:DescriptorCount as "descriptor language" (or "descriptor all") → its count; one node for each. */
    private static Map<String, Long> descriptorCounts(Dataset ds) {
        Map<String, Long> out = new TreeMap<>();
        for (QuerySolution s : select(ds, "SELECT ?d ?l ?n WHERE { ?c a rg:DescriptorCount ; rg:descriptor ?d ; rg:resolutionCount ?n "
                + "OPTIONAL { ?c rg:versionLanguage ?l } }")) {
            String key = s.get("d") + " " + (s.contains("l") ? s.getLiteral("l").getString() : "all");
            assertEquals(null, out.put(key, s.getLiteral("n").getLong()), "one count node for each descriptor and language");
        }
        return out;
    }

    /** Each rg:CitationYear as "instrument year" → "count relation relation …" (relations sorted); one node for each. */
    private static Map<String, String> citationYears(Dataset ds) {
        Map<String, String> out = new TreeMap<>();
        for (QuerySolution s : select(ds, "SELECT ?t ?y ?n (GROUP_CONCAT(STR(?rel); separator=\" \") AS ?rels) WHERE { ?c a rg:CitationYear ; "
                + "rg:citedThing ?t ; rg:year ?y ; rg:resolutionCount ?n ; rg:citedWith ?rel } GROUP BY ?c ?t ?y ?n")) {
            String key = s.get("t") + " " + s.getLiteral("y").getLong();
            assertEquals(null, out.put(key, s.getLiteral("n").getLong() + " " + sortedWords(s.getLiteral("rels").getString())),
                    "one node for each instrument and year");
        }
        return out;
    }

    /** The same counted by a query, as example query 21 counted them before they were counted at load (over every named instrument). */
    private static Map<String, String> citationYearsQuery(Dataset ds) {
        Map<String, String> out = new TreeMap<>();
        for (QuerySolution s : select(ds, """
                SELECT ?t ?year (COUNT(DISTINCT ?r) AS ?n) (GROUP_CONCAT(DISTINCT STR(?rel); separator=" ") AS ?rels) WHERE {
                  VALUES ?type { rg:Conference rg:Event rg:Agreement rg:Declaration rg:Strategy }
                  ?t a ?type .
                  ?c cito:hasCitedEntity ?t ; rg:relation ?rel ; cito:hasCitingEntity/eli:is_part_of ?r .
                  ?r eli:date_document ?d .
                  BIND(YEAR(?d) AS ?year)
                } GROUP BY ?t ?year""")) {
            out.put(s.get("t") + " " + s.getLiteral("year").getLong(), s.getLiteral("n").getLong() + " " + sortedWords(s.getLiteral("rels").getString()));
        }
        return out;
    }

    private static String sortedWords(String words) {
        return String.join(" ", new TreeSet<>(List.of(words.split(" "))));
    }

    /** The same counted by queries, as example query 08 counted the Chinese ones before they were counted at load. */
    private static Map<String, Long> descriptorCountsQuery(Dataset ds) {
        Map<String, Long> out = new TreeMap<>();
        for (QuerySolution s : select(ds, """
                SELECT ?d ?l (COUNT(DISTINCT ?r) AS ?n) WHERE {
                  ?r a rg:Resolution ; eli:is_realized_by/dcterms:language ?l ; dcterms:subject ?d .
                  ?d skos:inScheme <http://metadata.un.org/thesaurus> .
                } GROUP BY ?d ?l""")) {
            out.put(s.get("d") + " " + s.getLiteral("l").getString(), s.getLiteral("n").getLong());
        }
        for (QuerySolution s : select(ds, """
                SELECT ?d (COUNT(DISTINCT ?r) AS ?n) WHERE {
                  ?r a rg:Resolution ; dcterms:subject ?d .
                  ?d skos:inScheme <http://metadata.un.org/thesaurus> .
                } GROUP BY ?d""")) {
            out.put(s.get("d") + " all", s.getLiteral("n").getLong());
        }
        return out;
    }

    /** The pairs as example query 07 counted them before they were counted at load. */
    private static Map<String, Long> pairsQuery(Dataset ds) {
        Map<String, Long> out = new TreeMap<>();
        for (QuerySolution s : select(ds, """
                SELECT ?a ?b (COUNT(DISTINCT ?r) AS ?n) WHERE {
                  ?r a rg:Resolution ; dcterms:subject ?a , ?b .
                  FILTER(str(?a) < str(?b))
                  ?a skos:inScheme <http://metadata.un.org/thesaurus> .
                  ?b skos:inScheme <http://metadata.un.org/thesaurus> .
                } GROUP BY ?a ?b""")) {
            out.put(s.get("a") + " " + s.get("b"), s.getLiteral("n").getLong());
        }
        return out;
    }

    /** The solutions, their values read while the transaction is open (TDB2 reads a node when it is asked for). */
    private static List<QuerySolution> select(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> Sparql.select(ds, PREFIXES + query).stream().<QuerySolution>map(s -> {
            QuerySolutionMap copy = new QuerySolutionMap();
            s.varNames().forEachRemaining(v -> copy.add(v, s.get(v)));
            return copy;
        }).toList());
    }
}
