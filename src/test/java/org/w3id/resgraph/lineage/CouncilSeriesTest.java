package org.w3id.resgraph.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.store.Loader;
import org.w3id.resgraph.store.Store;
import org.w3id.resgraph.testing.Fixtures;

/**
 * Security Council series from the sample, both languages loaded: the resolutions on Mali (the
 * mission's mandate renewals each June, the sanctions each August) and on Yemen. The Council gives its
 * resolutions no title; the series come from "its previous resolutions … on the situation in Mali",
 * "其以往关于马里局势的…决议" and "Decides to extend the mandate of … (MINUSMA)".
 */
class CouncilSeriesTest {
    private static final Pattern WANTED = Pattern.compile(".*(2505|2511|2531|2541|2584|2590|2640|2649).*\\.xml");
    private static Dataset ds;

    @BeforeAll
    static void load() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(Fixtures.corpus("sc-akn"))) {
            all.filter(p -> WANTED.matcher(p.getFileName().toString()).matches())
                    .filter(p -> p.getParent().getFileName().toString().matches("English|Chinese"))
                    .map(Path::toString).sorted().forEach(files::add);
        }
        assertEquals(16, files.size(), "eight resolutions in two languages: " + files);
        ds = Store.inMemory();
        Loader.load(ds, Inputs.expand(files, System.in, new ArrayList<>()), Gazetteer.DEFAULT_BASE);
    }

    private static Lineage.Series series(String symbol, String iriEnd) {
        return Txn.calculateRead(ds, () -> Lineage.of(ds, symbol)).stream().filter(s -> s.iri().endsWith(iriEnd)).findFirst()
                .orElseThrow(() -> new AssertionError(symbol + " is in no series ending " + iriEnd));
    }

    private static List<String> symbols(Lineage.Series s) {
        return s.members().stream().map(Lineage.Member::symbol).toList();
    }

    @Test
    void theMandateRenewalsOfOneMissionAreASeriesInOrderOfAdoption() {
        Lineage.Series minusma = series("S/RES/2584(2021)", "/series/un-security-council-mandate-minusma");
        assertEquals(List.of("S/RES/2531(2020)", "S/RES/2584(2021)", "S/RES/2640(2022)"), symbols(minusma));
        assertTrue(minusma.labels().containsAll(List.of("mandate of MINUSMA", "马里稳定团的任务")), minusma.labels().toString());
        for (Lineage.Member m : minusma.members().subList(1, 3)) {
            assertTrue(m.step() != null && !m.step().added().isEmpty() && !m.step().dropped().isEmpty() && m.step().kept() > 0,
                    "each renewal adds, drops and keeps references: " + m);
        }
        assertTrue(minusma.members().get(1).step().added().contains("S/RES/2531(2020)"), "2584 cites the renewal before it");
    }

    @Test
    void theSubjectSeriesHoldsEveryResolutionOnItInBothLanguagesUnderOneIri() {
        Lineage.Series mali = series("S/RES/2541(2020)", "/series/un-security-council-mali");
        assertEquals(List.of("S/RES/2531(2020)", "S/RES/2541(2020)", "S/RES/2584(2021)", "S/RES/2590(2021)",
                "S/RES/2640(2022)", "S/RES/2649(2022)"), symbols(mali));
        assertTrue(mali.labels().containsAll(List.of("the situation in Mali", "马里局势")), mali.labels().toString());
        assertEquals(2, Txn.calculateRead(ds, () -> Lineage.of(ds, "S/RES/2584(2021)")).size(),
                "a renewal is in the series on Mali and in the mandate's");
        assertFalse(ask("?s a rg:Series ; rdfs:label ?l FILTER(lang(?l) = 'zh') FILTER(CONTAINS(STR(?s), '-zh-') && STRENDS(?l, '马里局势'))"),
                "no second, Chinese-only series on Mali");
    }

    @Test
    void aStepRecordsVerbChangesAsData() {
        Lineage.Series yemen = series("S/RES/2511(2020)", "/series/un-security-council-yemen");
        Lineage.Member m2511 = yemen.members().get(symbols(yemen).indexOf("S/RES/2511(2020)"));
        assertEquals("S/RES/2505(2020)", symbols(yemen).get(symbols(yemen).indexOf("S/RES/2511(2020)") - 1));
        // 2505: "Recalling its resolutions 2140 (2014), 2216 (2015), …"; 2511: "Reaffirming … resolution 2216 (2015)"
        assertTrue(m2511.step().changes().stream().anyMatch(c -> c.cited().equals("S/RES/2216(2015)")
                && c.before().equals(List.of("recalls")) && c.after().contains("reaffirms")), m2511.step().changes().toString());
        assertTrue(ask("?st a rg:SeriesStep ; rg:verbChange [ a rg:VerbChange ; rg:changeOf ?t ; rg:relationBefore rg:recalls ;"
                + " rg:relationAfter rg:reaffirms ] . ?t dcterms:identifier 'S/RES/2216(2015)'"));
    }

    @Test
    void everyStepSaysHowManyItAddedDroppedAndKept() {
        assertTrue(ask("?st a rg:SeriesStep ; rg:addedCount ?a ; rg:droppedCount ?d ; rg:keptCount ?k FILTER(?a > 0 && ?k > 0)"));
        for (String list : List.of("added", "dropped", "kept")) {
            assertFalse(ask(("?st a rg:SeriesStep FILTER NOT EXISTS { ?st rg:%sCount ?n ."
                    + " { SELECT ?st (COUNT(?x) AS ?n) WHERE { ?st a rg:SeriesStep OPTIONAL { ?st rg:%s ?x } } GROUP BY ?st } }").formatted(list, list)),
                    "rg:" + list + "Count of some step is not the number of its rg:" + list);
        }
    }

    @Test
    void everyInstrumentCitedHasItsFirstAndLastCitingResolution() {
        assertTrue(ask("?w rg:refersTo ?t ; eli:is_realized_by ?v . ?t a rg:Declaration"));
        assertFalse(ask("VALUES ?type { rg:Conference rg:Agreement rg:Declaration } ?w rg:refersTo ?t ; eli:is_realized_by ?v . ?t a ?type"
                + " FILTER NOT EXISTS { ?t rg:firstCitedBy ?f ; rg:lastCitedBy ?l }"));
        assertTrue(ask("<https://w3id.org/resgraph/id/instrument/mali-peace-agreement> rg:firstCitedBy/dcterms:identifier 'S/RES/2531(2020)' ;"
                + " rg:lastCitedBy/dcterms:identifier 'S/RES/2649(2022)'"), "the Mali peace agreement, cited from the first of these texts to the last");
    }

    @Test
    void noSeriesHasASingleMember() {
        assertTrue(ask("?a eli:is_member_of ?s"));
        assertFalse(ask("?a eli:is_member_of ?s FILTER NOT EXISTS { ?b eli:is_member_of ?s FILTER(?a != ?b) }"));
    }

    private static boolean ask(String where) {
        String q = """
                PREFIX rg: <https://w3id.org/resgraph/ontology#>
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                ASK { %s }""".formatted(where);
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution e = QueryExecution.dataset(ds).query(q).build()) {
                return e.execAsk();
            }
        });
    }
}
