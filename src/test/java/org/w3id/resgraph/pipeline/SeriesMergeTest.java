package org.w3id.resgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.w3id.resgraph.vocab.Vocab;

/**
 * The series merge learns what a series is from the statements about it, not from its IRI: here the
 * IRIs say nothing (no {@code /id/series/}, no {@code -mandate-}, no hash), and the merge still tells
 * the series from the rest, the renewals of a mandate from a series on a subject, and the name in
 * English from the one in Chinese.
 */
class SeriesMergeTest {
    private static final Node EN = uri("urn:graph:en"), ZH = uri("urn:graph:zh");
    private static final Node W = uri("urn:work:w"), V = uri("urn:work:v"), U = uri("urn:work:u");
    // the Chinese names sort first, so the English ones are kept for what their labels say
    private static final Node MANDATE_EN = uri("urn:s:4"), SUBJECT_EN = uri("urn:s:3"), MANDATE_ZH = uri("urn:s:2"),
            SUBJECT_ZH = uri("urn:s:1"), LONE = uri("urn:s:5");

    @Test
    void seriesOfOneKindInTwoLanguagesAreOneUnderTheEnglishName() {
        DatasetGraph ds = DatasetGraphFactory.create();
        ds.add(EN, W, Vocab.IS_REALIZED_BY, uri("urn:work:w/eng"));
        series(ds, EN, MANDATE_EN, "mandate of MINUSMA", "en", W, V);
        series(ds, EN, SUBJECT_EN, "the situation in Mali", "en", W, V);
        series(ds, EN, LONE, "Libya", "en", U);
        ds.add(ZH, W, Vocab.IS_REALIZED_BY, uri("urn:work:w/zho"));
        series(ds, ZH, MANDATE_ZH, "马里稳定团的任务", "zh", W);
        series(ds, ZH, SUBJECT_ZH, "马里局势", "zh", W);

        SeriesMerge.Decision d = SeriesMerge.apply(ds);

        assertEquals(Map.of(MANDATE_ZH, MANDATE_EN, SUBJECT_ZH, SUBJECT_EN), d.rename(), "each with the one of its kind");
        assertEquals(Set.of(LONE), d.drop(), "a series of one member");
        assertTrue(ds.contains(ZH, W, Vocab.IS_MEMBER_OF, MANDATE_EN));
        assertTrue(ds.contains(ZH, MANDATE_EN, Vocab.LABEL, NodeFactory.createLiteralLang("马里稳定团的任务", "zh")));
        assertFalse(ds.contains(Node.ANY, MANDATE_ZH, Node.ANY, Node.ANY));
        assertFalse(ds.contains(Node.ANY, Node.ANY, Node.ANY, LONE));
    }

    @Test
    void theStatementsHeldBackAreThoseOfTheSeriesTheGraphNames() {
        DatasetGraph ds = DatasetGraphFactory.create();
        series(ds, EN, MANDATE_EN, "mandate of MINUSMA", "en", W);
        SeriesMerge.Part part = SeriesMerge.Summary.part(ds.getGraph(EN).find().toList());
        assertEquals(Set.of(MANDATE_EN), part.named());
        assertEquals(Set.of(MANDATE_EN), part.english());
        assertTrue(part.touchesSeries(new Quad(EN, W, Vocab.IS_MEMBER_OF, MANDATE_EN)));
        assertTrue(part.touchesSeries(new Quad(EN, MANDATE_EN, Vocab.TYPE, Vocab.SERIES)));
        assertFalse(part.touchesSeries(new Quad(EN, W, Vocab.TYPE, Vocab.RESOLUTION)));
        assertFalse(part.touchesSeries(new Quad(EN, W, Vocab.IS_MEMBER_OF, uri("https://w3id.org/resgraph/id/series/x"))),
                "an IRI that only looks like a series is none");
    }

    private static void series(DatasetGraph ds, Node graph, Node series, String label, String lang, Node... members) {
        ds.add(graph, series, Vocab.TYPE, Vocab.SERIES);
        ds.add(graph, series, Vocab.LABEL, NodeFactory.createLiteralLang(label, lang));
        for (Node m : members) {
            ds.add(graph, m, Vocab.IS_MEMBER_OF, series);
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
