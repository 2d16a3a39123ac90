package org.w3id.resgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.resgraph.extract.languages.Extractors;
import org.w3id.resgraph.extract.LinkCitations;
import org.w3id.resgraph.extract.ResolutionFacts;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.pipeline.Version;
import org.w3id.resgraph.rdf.IriScheme;
import org.w3id.resgraph.rdf.ResolutionMapper;
import org.w3id.resgraph.read.Document;
import org.w3id.resgraph.read.DocumentReaders;
import org.w3id.resgraph.read.Link;
import org.w3id.resgraph.read.SourceFile;
import org.w3id.resgraph.testing.Fixtures;

/**
 * AKN4UN files from 2025 on link {@code https://docs.un.org/en/…} where older ones link
 * {@code https://undocs.org/en/…}. The fixtures are copies of S/RES/2539 (2020) in English and Chinese
 * whose every link was rewritten to docs.un.org, the language prefixes rotating through all the UN
 * uses (and none, http, www., upper case, percent-encoding, a trailing slash): reader, link merge,
 * graph and the gold of {@code evaluate --akn} must be what the undocs.org original gives.
 */
class DocsUnOrgLinksTest {
    private static final String ORIGINALS = "sc-akn/2020/";
    private static final String REWRITTEN = "fixtures/council-record/2020/";

    private static Document read(Path file) throws Exception {
        return DocumentReaders.standard().read(SourceFile.of(file));
    }

    private static Path original(String name) {
        return Fixtures.corpus(ORIGINALS + (name.endsWith("C.xml") ? "Chinese/" : "English/") + name);
    }

    private static Path rewritten(String name) {
        return Fixtures.path(REWRITTEN + (name.endsWith("C.xml") ? "Chinese/" : "English/") + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"S_RES_2539 (2020)-2011260E.xml", "S_RES_2539 (2020)-2011260C.xml"})
    void docsUnOrgLinksReadAsUndocsLinks(String name) throws Exception {
        Document before = read(original(name)), after = read(rewritten(name));

        assertEquals(before.text(), after.text());
        assertEquals(before.links().size(), after.links().size());
        assertTrue(after.links().stream().allMatch(l -> l.href().contains("docs.un.org")), "every link was rewritten");
        assertFalse(after.links().stream().anyMatch(l -> l.href().contains("undocs.org")));
        for (int i = 0; i < before.links().size(); i++) {
            Link b = before.links().get(i), a = after.links().get(i);
            assertEquals(b.start(), a.start());
            assertEquals(b.end(), a.end());
            assertEquals(b.unDocument().map(DocsUnOrgLinksTest::squeeze), a.unDocument().map(DocsUnOrgLinksTest::squeeze), a.href());
        }
        assertTrue(after.links().stream().filter(l -> l.unDocument().isPresent()).count() > 30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"S_RES_2539 (2020)-2011260E.xml", "S_RES_2539 (2020)-2011260C.xml"})
    void theLinkMergeCitesTheSame(String name) throws Exception {
        ResolutionFacts before = Extractors.standard().extract(read(original(name)));
        ResolutionFacts after = Extractors.standard().extract(read(rewritten(name)));

        assertEquals(before.citations(), after.citations());
        List<String> linked = after.document().links().stream().flatMap(l -> LinkCitations.symbol(l.href()).stream()).toList();
        assertEquals(before.document().links().stream().flatMap(l -> LinkCitations.symbol(l.href()).stream()).toList(), linked);
        assertTrue(linked.size() > 30, "the merge reads the rewritten links: " + linked);
        assertTrue(isomorphic(graph(before), graph(after)), "the graphs differ beyond the source file's provenance");
    }

    @ParameterizedTest
    @ValueSource(strings = {"S_RES_2539 (2020)-2011260E.xml", "S_RES_2539 (2020)-2011260C.xml"})
    void theLinkGoldIsTheSame(String name) throws Exception {
        Document before = read(original(name)), after = read(rewritten(name));
        String symbol = LinkGold.statedSymbol(before).orElseThrow();

        Cites gold = LinkGold.of(after, symbol);
        assertEquals(LinkGold.of(before, symbol), gold);
        assertTrue(gold.cited().size() > 20, gold.cited().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void evaluateAknScoresTheSame(String lang) throws Exception {
        List<String> names = List.of("S_RES_2539 (2020)-2011260E.xml", "S_RES_2539 (2020)-2011260C.xml");
        String before = report(lang, names.stream().map(DocsUnOrgLinksTest::original).toList());
        String after = report(lang, names.stream().map(DocsUnOrgLinksTest::rewritten).toList());

        assertEquals(before, after);
        assertTrue(after.contains(lang), after);
    }

    private static String report(String lang, List<Path> files) throws Exception {
        List<String> problems = new ArrayList<>();
        List<Inputs.Input> inputs = Inputs.expand(files.stream().map(Path::toString).toList(), System.in, problems);
        Evaluation.Outcome o = Evaluation.againstLinks(lang, Gazetteer.DEFAULT_BASE).run(inputs);
        assertEquals(List.of(), problems);
        assertEquals(List.of(), o.failures());
        return Report.text(o.score(), 100);
    }

    /** The symbol a link gives, spaces aside (the rewritten copy percent-encodes one). */
    private static String squeeze(String symbol) {
        return symbol.replace(" ", "");
    }

    /** The graph of a document without what names its source file (hash, file name), which differs by design. */
    private static Graph graph(ResolutionFacts facts) {
        Graph g = new ResolutionMapper(new IriScheme(Gazetteer.DEFAULT_BASE), Version.current()).map(facts).graph();
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEach(t -> {
            if (!source(t.getSubject()) && !source(t.getObject())) {
                out.add(t);
            }
        });
        return out;
    }

    private static boolean source(Node n) {
        return n.isURI() && n.getURI().contains("/source/sha256/");
    }

    private static boolean isomorphic(Graph a, Graph b) {
        return a.isIsomorphicWith(b);
    }
}
