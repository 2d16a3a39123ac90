package org.w3id.resgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.rdf.OutputFormat;
import org.w3id.resgraph.rdf.RdfStreamWriter;
import org.w3id.resgraph.rdf.ResolutionMapper;
import org.w3id.resgraph.testing.Fixtures;
import org.w3id.resgraph.vocab.Vocab;

/**
 * The streamed pipeline gives what extracting every document into one dataset and merging its series
 * there gives, in every output format, whatever the number of threads, byte for byte the same each time.
 * The inputs are Council resolutions on Mali in English and Chinese (MINUSMA's mandate renewals, a
 * series each language names in its own words) and the seed.
 */
class StreamedExtractionTest {
    private static final String BASE = Gazetteer.DEFAULT_BASE;
    private static List<Inputs.Input> inputs;
    /** The oracle: each document extracted on its own into one dataset, the series merged in it. */
    private static DatasetGraph expected;

    @BeforeAll
    static void extractOneByOne() throws Exception {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Fixtures.corpus("sc-akn"))) {
            files.filter(f -> f.getFileName().toString().matches(".*(2531|2584|2640|2639).*\\.xml")).sorted()
                    .forEach(f -> names.add(f.toString()));
        }
        names.add(Fixtures.corpus("seed").toString());
        inputs = Inputs.expand(names, System.in, new ArrayList<>());
        assertEquals(9, inputs.size(), "four resolutions in two languages, and the seed");
        Extraction one = new Extraction(BASE, null);
        expected = DatasetGraphFactory.create();
        for (Inputs.Input in : inputs) {
            ResolutionMapper.DocumentGraph g = one.extract(in);
            Node name = NodeFactory.createURI(g.name());
            g.graph().find().forEachRemaining(t -> expected.add(Quad.create(name, t)));
        }
        SeriesMerge.Decision d = SeriesMerge.apply(expected);
        assertTrue(d.merged() > 0, "the Chinese names of the series join the English ones: " + d);
    }

    @Test
    void theMergeNamesEachSeriesOnceInEveryLanguage() {
        Node mandate = NodeFactory.createURI(BASE + "id/series/un-security-council-mandate-minusma");
        assertTrue(expected.contains(Node.ANY, mandate, Vocab.TYPE, Vocab.SERIES));
        Set<String> languages = new HashSet<>();
        expected.find(Node.ANY, mandate, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), Node.ANY)
                .forEachRemaining(q -> languages.add(q.getObject().getLiteralLanguage()));
        assertTrue(languages.containsAll(Set.of("en", "zh")), "labels: " + languages);
        expected.find().forEachRemaining(q -> assertFalse(q.getObject().isURI() && q.getObject().getURI().matches(".*/id/series/.*-zh-[0-9a-f]{10}$")
                && q.getPredicate().equals(Vocab.IS_MEMBER_OF) && q.getSubject().getURI().contains("2584"),
                "a series named only in Chinese is left for 2584: " + q));
    }

    @Test
    void theDatasetInMemoryIsTheOneStreamed() {
        DatasetGraph got = new Extraction(BASE, null).run(inputs, 2).dataset();
        assertEquals(quads(expected), quads(got));
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void everyFormatReadsBackAsTheSameGraphs(OutputFormat format) {
        byte[] once = streamed(format, 2);
        DatasetGraph read = DatasetGraphFactory.create();
        Lang lang = switch (format) {
            case TTL -> Lang.TURTLE;
            case NT -> Lang.NTRIPLES;
            case NQ -> Lang.NQUADS;
            case TRIG -> Lang.TRIG;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
        };
        RDFParser.source(new ByteArrayInputStream(once)).lang(lang).parse(read);
        if (format.quads()) {
            assertEquals(quads(expected), quads(read), format + " keeps every quad in its graph");
        } else {
            assertEquals(triples(expected), triples(read), format + " holds the union of the graphs");
        }
        assertArrayEquals(once, streamed(format, 1), format + ": the same bytes on one thread as on two");
    }

    private static byte[] streamed(OutputFormat format, int threads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfStreamWriter writer = new RdfStreamWriter(format, Vocab.prefixes(BASE), out);
        Extraction.Streamed s = new Extraction(BASE, null).run(inputs, threads, writer);
        assertEquals(List.of(), s.failures());
        assertTrue(writer.wrote());
        return out.toByteArray();
    }

    private static Set<Quad> quads(DatasetGraph ds) {
        Set<Quad> all = new HashSet<>();
        ds.find().forEachRemaining(all::add);
        return all;
    }

    private static Set<Triple> triples(DatasetGraph ds) {
        Set<Triple> all = new HashSet<>();
        ds.find().forEachRemaining(q -> all.add(q.asTriple()));
        return all;
    }

    @Test
    void termsAreWrittenAsJenaWritesThem() {
        Set<Node> terms = new HashSet<>();
        expected.find().forEachRemaining(q -> terms.addAll(List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())));
        terms.add(NodeFactory.createLiteralString("a \"quoted\" back\\slash\nnew line\ttab\rreturn\u0001\u007F"));
        terms.add(NodeFactory.createLiteralLang("引用 “决议”", "zh"));
        terms.add(NodeFactory.createLiteralString("emoji 😀 and a lone \uD800 half"));
        terms.add(NodeFactory.createURI("http://example.org/a b|c"));
        terms.add(NodeFactory.createLiteralDT("2004-12-22", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        for (Node n : terms) {
            assertEquals(org.apache.jena.riot.out.NodeFmtLib.strNT(n), RdfStreamWriter.nt(n), "the term " + n);
        }
    }

    @Test
    void aRunWithNoDocumentWritesNothing() throws IOException {
        Path empty = Files.createTempFile("resgraph-empty", ".txt");
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RdfStreamWriter writer = new RdfStreamWriter(OutputFormat.TTL, Vocab.prefixes(BASE), out);
            Extraction.Streamed s = new Extraction(BASE, null).run(Inputs.expand(List.of(empty.toString()), System.in, new ArrayList<>()),
                    1, writer);
            assertEquals(0, s.documents());
            assertEquals(1, s.failures().size());
            assertFalse(writer.wrote());
            assertEquals(0, out.size());
        } finally {
            Files.delete(empty);
        }
    }
}
