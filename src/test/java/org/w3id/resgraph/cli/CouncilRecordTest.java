package org.w3id.resgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.rdf.RdfOutput;
import org.w3id.resgraph.read.AknHead;
import org.w3id.resgraph.read.Document;
import org.w3id.resgraph.read.DocumentReaders;
import org.w3id.resgraph.read.SourceFile;
import org.w3id.resgraph.testing.Fixtures;
import org.w3id.resgraph.vocab.Vocab;

/**
 * A clone of the UN's repository of Council documents (UNxml/SCresolutions), in small: one file of
 * each kind it holds, in its own folder names ({@code fixtures/council-record}). Resolutions load
 * (here one linked to docs.un.org), presidential statements are typed as such, drafts not adopted are
 * never resolutions, and German versions, JSON and stray test files are one summary line per kind,
 * not failures.
 */
class CouncilRecordTest {
    private static final String RECORD = "fixtures/council-record";
    private static final String ID = Gazetteer.DEFAULT_BASE + "id/un/";
    private static final Node RESOLUTION = Vocab.rg("Resolution"), STATEMENT = Vocab.rg("PresidentialStatement"),
            DRAFT = Vocab.rg("DraftResolution");

    @TempDir
    Path dir;

    private static Path record() {
        return Fixtures.path(RECORD);
    }

    private static Node un(String symbol) {
        return NodeFactory.createURI(ID + symbol);
    }

    private static boolean typed(Graph g, String symbol, Node type) {
        return g.contains(un(symbol), Vocab.TYPE, type);
    }

    @Test
    void theFilesThatAreNoTextsAreSetApartByKind() {
        List<String> problems = new ArrayList<>();
        Inputs.Listing l = Inputs.list(List.of(record().toString()), System.in, problems);

        assertEquals(List.of(), problems);
        assertEquals(List.of("S_RES_2539 (2020)-2011260C.xml", "S_RES_2539 (2020)-2011260E.xml",
                        "S_2023_507-2313551C.xml", "S_2023_507-2313551E.xml", "S_PRST_2001_4-0124513E.xml"),
                l.inputs().stream().map(i -> Path.of(i.name()).getFileName().toString()).toList());
        assertEquals(Map.of(Inputs.Skip.GERMAN, List.of(record().resolve("2021/German/S_RES_2561 (2021)-G.xml").toString()),
                        Inputs.Skip.JSON, List.of(record().resolve("data_extract/2000.json").toString()),
                        Inputs.Skip.TEST, List.of(record().resolve("2020/English/test").toString())),
                l.skipped());
        assertEquals(List.of("1 German version skipped (German is not a UN language)",
                "1 JSON file skipped (not AKN4UN)", "1 stray test file skipped (not AKN4UN)"), l.summary());
    }

    @Test
    void aGermanVersionIsToldByItsContentWhereverItIsFiledOrNamed() throws Exception {
        Path german = Files.copy(record().resolve("2021/German/S_RES_2561 (2021)-G.xml"), dir.resolve("S_RES_2561.xml"));
        Inputs.Listing l = Inputs.list(List.of(german.toString()), System.in, new ArrayList<>());

        assertEquals(List.of(), l.inputs());
        assertEquals(List.of("1 German version skipped (German is not a UN language)"), l.summary());
        assertEquals(Optional.of(new AknHead(AknHead.RESOLUTION, "de")), AknHead.of(Files.readString(german)));
        Document doc = DocumentReaders.standard().read(SourceFile.of(german));
        assertEquals("de", doc.language(), "read on its own it is German, not taken for another language");
    }

    @Test
    void theKindOfDocumentComesFromTheAknDocumentElement() throws Exception {
        assertEquals(Optional.of(new AknHead(AknHead.PRESIDENTIAL_STATEMENT, "en")),
                AknHead.of(Files.readString(record().resolve("PRST/2001/S_PRST_2001_4-0124513E.xml"))));
        assertEquals(Optional.of(new AknHead(AknHead.DRAFT_RESOLUTION, "zh")),
                AknHead.of(Files.readString(record().resolve("Not adopted/Chinese/S_2023_507-2313551C.xml"))));
        assertEquals(Optional.empty(), AknHead.of(Files.readString(record().resolve("data_extract/2000.json"))));
        Document doc = DocumentReaders.standard().read(SourceFile.of(record().resolve("Not adopted/English/S_2023_507-2313551E.xml")));
        assertEquals(AknHead.DRAFT_RESOLUTION, doc.metadata().get(Document.DOCUMENT_TYPE));
    }

    @Test
    void statementsAndDraftsAreTypedAsWhatTheyAre() {
        DatasetGraph ds = Fixtures.extract(record());
        Graph g = RdfOutput.union(ds, Vocab.prefixes(Gazetteer.DEFAULT_BASE));

        assertTrue(typed(g, "S/RES/2539(2020)", RESOLUTION));
        assertTrue(typed(g, "S/PRST/2001/4", STATEMENT));
        assertFalse(typed(g, "S/PRST/2001/4", RESOLUTION));
        assertTrue(typed(g, "S/2023/507", DRAFT));
        assertFalse(typed(g, "S/2023/507", RESOLUTION), "a draft not adopted is never a resolution");
        assertFalse(g.contains(un("S/2023/507"), NodeFactory.createURI(Vocab.ELI + "is_member_of"), Node.ANY),
                "nor a member of a series of the Council's resolutions");
        assertTrue(g.contains(un("S/2023/507"), NodeFactory.createURI(Vocab.ELI + "is_realized_by"), un("S/2023/507/zho")));
        assertTrue(g.contains(un("S/2023/507"), NodeFactory.createURI(Vocab.ELI + "is_realized_by"), un("S/2023/507/eng")));
        // the draft cites statements the record does not hold: cited, they are typed and named as a reading of them would be
        assertTrue(typed(g, "S/PRST/2015/10", STATEMENT));
        assertTrue(g.contains(un("S/PRST/2015/10"), Vocab.IDENTIFIER, NodeFactory.createLiteralString("S/PRST/2015/10")));
        List<String> graphs = new ArrayList<>();
        ds.listGraphNodes().forEachRemaining(n -> graphs.add(n.getURI()));
        assertEquals(5, graphs.size(), graphs.toString());
        assertTrue(graphs.stream().noneMatch(n -> n.endsWith("/deu") || n.endsWith("/de")), graphs.toString());
    }

    @Test
    void aStatementThatOpensWithItsMeetingIsReadAsTheCouncils() {
        // "At the 7356th meeting … the President … made the following statement on behalf of the Council:
        // “The Security Council recalls …": no "The Security Council," to open it, as most statements
        Graph g = Fixtures.extractUnion(Fixtures.path("fixtures/prst/S_PRST_2015_1-1500893E.xml"));

        assertTrue(typed(g, "S/PRST/2015/1", STATEMENT));
        assertFalse(typed(g, "S/PRST/2015/1", RESOLUTION));
        assertTrue(g.contains(un("S/PRST/2015/1"), NodeFactory.createURI(Vocab.ELI + "cites"), un("S/RES/2147(2014)")),
                "its citation of resolution 2147 (2014)");
        assertTrue(g.contains(un("S/PRST/2015/1"), NodeFactory.createURI(Vocab.ELI + "is_realized_by"), un("S/PRST/2015/1/eng")));
    }

    @Test
    void aStatementFiledAsAResolutionIsAStatementStill() {
        // the UN's 2020/English folder holds S/PRST/2020/11 marked <statement name="resolution">
        Graph g = Fixtures.extractUnion(Fixtures.corpus("sc-akn/2020/English/S_PRST_2020_11.xml"));

        assertTrue(typed(g, "S/PRST/2020/11", STATEMENT));
        assertFalse(typed(g, "S/PRST/2020/11", RESOLUTION));
    }

    @Test
    void loadingTheRecordSaysOncePerKindWhatItLeftOutAndSucceeds() {
        Path db = dir.resolve("db");
        CliTest.Run r = CliTest.run("load", "-q", "--db", db.toString(), record().toString());

        assertEquals(0, r.status(), r.err());
        String[] lines = r.err().strip().split("\n");
        assertEquals(List.of("resgraph load: 1 German version skipped (German is not a UN language)",
                "resgraph load: 1 JSON file skipped (not AKN4UN)",
                "resgraph load: 1 stray test file skipped (not AKN4UN)",
                "resgraph load: 5 document(s) loaded into " + db + ", 0 failed"), List.of(lines).subList(lines.length - 4, lines.length));

        CliTest.Run q = CliTest.run("query", "--db", db.toString(), "--format", "csv", "-e",
                "PREFIX rg: <https://w3id.org/resgraph/ontology#> SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE { "
                        + "VALUES ?t { rg:Resolution rg:PresidentialStatement rg:DraftResolution } ?s a ?t "
                        + "FILTER(STRSTARTS(STR(?s), '" + ID + "S/2023') || STRSTARTS(STR(?s), '" + ID + "S/PRST/2001') "
                        + "|| STRSTARTS(STR(?s), '" + ID + "S/RES/2539')) } GROUP BY ?t ORDER BY ?t");
        assertEquals(0, q.status(), q.err());
        assertEquals(List.of("t,n", "https://w3id.org/resgraph/ontology#DraftResolution,1",
                "https://w3id.org/resgraph/ontology#PresidentialStatement,1",
                "https://w3id.org/resgraph/ontology#Resolution,1"), q.out().strip().lines().toList());
    }

    @Test
    void extractingTheRecordSucceedsToo() {
        CliTest.Run r = CliTest.run("extract", "-q", record().toString(), "-o", dir.resolve("out.trig").toString());

        assertEquals(0, r.status(), r.err());
    }

    @Test
    void manyInputsFailingAlikeAreOneLine() {
        List<String> names = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            names.add("2020/French/S_RES_25" + i + "-F.xml");
            failures.add(names.get(i - 1) + ": its language is 'fr', and resgraph extracts en, zh so far");
        }
        names.add("PRST/2005/a: b.xml");
        failures.add("PRST/2005/a: b.xml: is not well-formed XML at line 103, column 9: broken");
        names.add("PRST/2006/c.xml");
        failures.add("PRST/2006/c.xml: is not well-formed XML at line 90, column 9: broken");

        assertEquals(List.of("6 inputs: its language is 'fr', and resgraph extracts en, zh so far "
                        + "(2020/French/S_RES_251-F.xml and 5 more; --verbose names each)",
                "PRST/2005/a: b.xml: is not well-formed XML at line 103, column 9: broken (skipped)",
                "PRST/2006/c.xml: is not well-formed XML at line 90, column 9: broken (skipped)"),
                Inputs.grouped(failures, names, 5, " (skipped)"));
        assertEquals(List.of("2 inputs: is not well-formed XML at line …, column …: broken (PRST/2005/a: b.xml and 1 more; --verbose names each)"),
                Inputs.grouped(failures.subList(6, 8), names, 2, ""));
    }
}
