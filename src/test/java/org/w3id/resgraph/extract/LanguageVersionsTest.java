package org.w3id.resgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.rdf.RdfOutput;
import org.w3id.resgraph.read.Document;
import org.w3id.resgraph.read.DocumentReaders;
import org.w3id.resgraph.read.ReadException;
import org.w3id.resgraph.read.SourceFile;
import org.w3id.resgraph.testing.Fixtures;
import org.w3id.resgraph.testing.Sparql;
import org.w3id.resgraph.vocab.Vocab;

/** A resolution read in Chinese and in English is one work with two language versions, by SPARQL. */
class LanguageVersionsTest {
    private static final String EN = "sc-akn/2020/English/S_RES_2505 (2020)-2000446E.xml";
    private static final Pattern WORK = Pattern.compile("/unsc/[\\d-]+/(\\d+)-(\\d{4})/$");
    private static final String ZH = "sc-akn/2020/Chinese/S_RES_2505 (2020)-2000446C.xml";

    @Test
    void oneWorkTwoVersionsEachCitationOnceWithEvidenceInBothLanguages() {
        DatasetGraph ds = Fixtures.extract(Fixtures.corpus(EN), Fixtures.corpus(ZH));
        assertEquals(2, ds.size(), "one named graph per language version");
        Sparql g = new Sparql(RdfOutput.union(ds, Vocab.prefixes(Gazetteer.DEFAULT_BASE)));
        assertEquals(1, g.count("?r a rg:Resolution ; dcterms:identifier \"S/RES/2505(2020)\"", "r"));
        assertEquals(Set.of("eng", "zho"), strings(g.select("""
                SELECT ?l WHERE { ?r dcterms:identifier "S/RES/2505(2020)" ; eli:is_realized_by ?v . ?v dcterms:language ?lang
                  BIND(REPLACE(STR(?v), "^.*/", "") AS ?l) }"""), "l"));
        String citation = """
                ?c a cito:Citation ; cito:hasCitingEntity ?p ; cito:hasCitedEntity ?t .
                ?p eli:number "1" ; eli:is_part_of ?r ; a rg:PreambularParagraph .
                ?r dcterms:identifier "S/RES/2505(2020)" . ?t dcterms:identifier "S/RES/2014(2011)" .""";
        assertEquals(1, g.count(citation, "c"), "the citation found in both texts is one node");
        List<QuerySolution> evidence = g.select("SELECT ?lang ?exact WHERE { " + citation + """
                ?c rg:evidence ?e . ?e oa:hasSource ?v ; oa:hasSelector ?s . ?s a oa:TextQuoteSelector ; oa:exact ?exact .
                ?v dcterms:language ?lang }""");
        assertEquals(Set.of("en 2014 (2011)", "zh 第2014(2011)"),
                evidence.stream().map(s -> s.getLiteral("lang").getString() + " " + s.getLiteral("exact").getString())
                        .collect(Collectors.toSet()), "each language keeps its own words");
        assertTrue(g.ask("?r dcterms:identifier \"S/RES/2505(2020)\" ; rg:recalls ?t . ?t dcterms:identifier \"S/RES/2014(2011)\""));
    }

    @Test
    void everySecurityCouncilResolutionInBothLanguagesOfTheSampleIsOneWork() throws IOException {
        Set<String> english = symbols("English"), chinese = symbols("Chinese");
        Set<String> both = new TreeSet<>(english);
        both.retainAll(chinese);
        assertTrue(both.size() > 150, "the sample holds " + both.size() + " resolutions in both languages");
        Sparql g = new Sparql(Fixtures.extractUnion(Fixtures.corpus("sc-akn")));
        Set<String> twoVersions = strings(g.select("""
                SELECT ?s WHERE { ?r a rg:Resolution ; dcterms:identifier ?s ; eli:is_realized_by ?en , ?zh .
                  ?en dcterms:language "en" . ?zh dcterms:language "zh" }"""), "s");
        assertEquals(both, twoVersions);
        assertEquals(0, g.count("?r a rg:Resolution ; dcterms:identifier ?a , ?b . FILTER(?a != ?b)", "r"),
                "a work has one symbol");
    }

    /** The symbols of the sample's resolutions in one language, from the AKN metadata. */
    private static Set<String> symbols(String language) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Fixtures.corpus("sc-akn"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xml") && p.getParent().getFileName().toString().equals(language)).toList()) {
                try {
                    // the cover page's symbol, or where it is empty the FRBR work IRI
                    Document d = DocumentReaders.standard().read(SourceFile.of(f));
                    Matcher work = WORK.matcher(d.metadata().getOrDefault(Document.WORK_ALIAS, ""));
                    String symbol = d.metadata().get(Document.SYMBOL);
                    if (symbol != null && Symbols.isResolution(Symbols.canonical(symbol))) {
                        out.add(Symbols.canonical(symbol));
                    } else if (work.find()) {
                        out.add("S/RES/" + work.group(1) + "(" + work.group(2) + ")");
                    }
                } catch (ReadException e) {
                    throw new AssertionError(e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private static Set<String> strings(List<QuerySolution> rows, String var) {
        return rows.stream().map(r -> r.getLiteral(var).getString()).collect(Collectors.toCollection(TreeSet::new));
    }
}
