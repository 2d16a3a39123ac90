package org.w3id.resgraph.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.store.Loader;
import org.w3id.resgraph.store.Store;
import org.w3id.resgraph.testing.Fixtures;

/**
 * Two releases of the sample, the second after adding the Chinese texts of two resolutions and
 * changing the English text of one (a citation of 2216 (2015) made one of 2201 (2015)), and a third
 * with nothing changed. What each holds is checked against the dumps themselves, read
 * independently: the patch turns the first dump into the second exactly, the changelog names
 * exactly the texts and citations that differ, the sums and the VoID agree with the files.
 */
class ReleasesTest {
    private static final String BASE = Gazetteer.DEFAULT_BASE;
    private static final String ENGLISH_2511 = "sc-akn/2020/English/S_RES_2511 (2020)-2002954E.xml";
    private static final String CITING_2216 = "<a href=\"https://undocs.org/en/S/RES/2216(2015)\">2216 (2015)</a> imposing";
    private static final String CITING_2201 = "<a href=\"https://undocs.org/en/S/RES/2201(2015)\">2201 (2015)</a> imposing";

    @TempDir
    static Path dir;
    static Path releases;
    static Releases.Info first;
    static Releases.Info second;
    static Releases.Info third;
    static List<String> progress = new ArrayList<>();

    @BeforeAll
    static void makeThreeReleases() throws Exception {
        Path db = dir.resolve("db");
        releases = dir.resolve("releases");
        Dataset ds = Store.open(db);
        try {
            load(ds, List.of(Fixtures.path(Fixtures.SEED), Fixtures.corpus("sc-akn/2020/English/S_RES_2505 (2020)-2000446E.xml"),
                    Fixtures.corpus(ENGLISH_2511)));
            first = Releases.make(ds, db, releases, BASE, Instant.parse("2026-12-01T10:00:00Z"), progress::add);
            String text = Files.readString(Fixtures.corpus(ENGLISH_2511));
            assertTrue(text.contains(CITING_2216));
            Path changed = dir.resolve("changed").resolve(Fixtures.corpus(ENGLISH_2511).getFileName().toString());
            Files.createDirectories(changed.getParent());
            Files.writeString(changed, text.replace(CITING_2216, CITING_2201));
            load(ds, List.of(Fixtures.corpus("sc-akn/2020/Chinese/S_RES_2505 (2020)-2000446C.xml"),
                    Fixtures.corpus("sc-akn/2020/Chinese/S_RES_2511 (2020)-2002954C.xml"), changed));
            second = Releases.make(ds, db, releases, BASE, Instant.parse("2026-12-02T10:00:00Z"), progress::add);
            third = Releases.make(ds, db, releases, BASE, Instant.parse("2026-12-03T10:00:00Z"), progress::add);
        } finally {
            Store.release(ds, db);
        }
    }

    private static void load(Dataset ds, List<Path> files) {
        List<String> problems = new ArrayList<>();
        List<Inputs.Input> inputs = Inputs.expand(files.stream().map(Path::toString).toList(), System.in, problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of(), Loader.load(ds, inputs, BASE, 2).failures());
    }

    private static List<String> lines(Path gz) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = Releases.reader(gz)) {
            for (String l; (l = r.readLine()) != null;) {
                out.add(l);
            }
        }
        return out;
    }

    private static List<Quad> quads(List<String> lines) {
        List<Quad> out = new ArrayList<>();
        RDFParser.fromString(String.join("\n", lines), Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                out.add(q);
            }
        });
        return out;
    }

    @Test
    void releasesAreNumberedCompleteAndListedInOrder() throws IOException {
        assertEquals(List.of(1, 2, 3), Releases.list(releases).stream().map(Releases.Info::number).toList());
        assertEquals(Instant.parse("2026-12-02T10:00:00Z"), Releases.list(releases).get(1).issued());
        try (var names = Files.list(releases)) {
            assertEquals(List.of(".lock", "1", "2", "3"), names.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (Releases.Info r : List.of(first, second, third)) {
            for (String f : List.of(Releases.DUMP, Releases.CHANGELOG, Releases.GRAPHS, Releases.SUMS, Releases.VOID)) {
                assertTrue(Files.isRegularFile(r.dir().resolve(f)), r.number() + ": " + f);
            }
            assertTrue(Files.isDirectory(r.dir().resolve(Releases.DATABASE).resolve("tdb2")), r.number() + ": database");
        }
        assertFalse(Files.exists(first.dir().resolve(Releases.PATCH)), "the first release has nothing to patch");
        assertTrue(progress.stream().anyMatch(l -> l.startsWith("patch from release 1:")), progress.toString());
    }

    @Test
    void theDumpIsSortedAndHoldsWhatTheDatabaseHeld() throws IOException {
        List<String> lines = lines(second.dir().resolve(Releases.DUMP));
        List<String> sorted = new ArrayList<>(new TreeSet<>(lines));
        assertEquals(sorted, lines, "sorted, each line once");
        assertEquals(second.quads(), lines.size());
        assertTrue(lines.size() > 10_000, lines.size() + " quads");
    }

    @Test
    void thePatchTurnsTheDumpBeforeIntoThisOneExactly() throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<String> before = lines(first.dir().resolve(Releases.DUMP));
        Txn.executeWrite(dsg, () -> quads(before).forEach(dsg::add));
        RDFPatchOps.applyChange(dsg, RDFPatchOps.fileToPatch(second.dir().resolve(Releases.PATCH).toString()));
        List<String> patched = new ArrayList<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> patched.add(Releases.line(q))));
        patched.sort(null);
        List<String> after = lines(second.dir().resolve(Releases.DUMP));
        assertNotEquals(before.size(), after.size());
        assertEquals(after.size(), patched.size());
        assertEquals(after, patched);
        String header = Files.readAllLines(second.dir().resolve(Releases.PATCH)).get(0) + "\n"
                + Files.readAllLines(second.dir().resolve(Releases.PATCH)).get(1);
        assertTrue(header.contains("H id <" + second.id() + ">") && header.contains("H prev <" + first.id() + ">"), header);
    }

    @Test
    void theChangelogNamesExactlyTheTextsAndCitationsThatChanged() throws IOException {
        List<String> before = lines(first.dir().resolve(Releases.DUMP));
        List<String> after = lines(second.dir().resolve(Releases.DUMP));
        // per graph, the lines, read independently of the release code
        Map<String, Set<String>> was = byGraph(quads(before)), is = byGraph(quads(after));
        Set<String> added = new TreeSet<>(is.keySet());
        added.removeAll(was.keySet());
        Set<String> changed = new TreeSet<>();
        for (String g : is.keySet()) {
            if (was.containsKey(g) && !was.get(g).equals(is.get(g))) {
                changed.add(g);
            }
        }
        assertEquals(Set.of(BASE + "graph/un/S/RES/2505(2020)/zho", BASE + "graph/un/S/RES/2511(2020)/zho"), added);
        assertTrue(changed.contains(BASE + "graph/un/S/RES/2511(2020)/eng"), changed.toString());
        assertFalse(changed.contains(BASE + "graph/un/S/RES/2505(2020)/eng"), changed.toString());
        String log = Files.readString(second.dir().resolve(Releases.CHANGELOG));
        assertTrue(log.contains("### Chinese (zh)\n\n- Added (2): S/RES/2505(2020), S/RES/2511(2020)\n"), log);
        Set<String> e = new TreeSet<>(is.get(BASE + "graph/un/S/RES/2511(2020)/eng"));
        e.removeAll(was.get(BASE + "graph/un/S/RES/2511(2020)/eng"));
        Set<String> d = new TreeSet<>(was.get(BASE + "graph/un/S/RES/2511(2020)/eng"));
        d.removeAll(is.get(BASE + "graph/un/S/RES/2511(2020)/eng"));
        assertTrue(log.contains("### English (en)\n\n- Changed (1): S/RES/2511(2020) (+" + e.size() + " −" + d.size() + " quads)\n"), log);
        // citations: the typed ones of the whole dataset, before and after
        Set<String> citesBefore = citations(quads(before)), citesAfter = citations(quads(after));
        Set<String> newCites = new TreeSet<>(citesAfter);
        newCites.removeAll(citesBefore);
        Set<String> goneCites = new TreeSet<>(citesBefore);
        goneCites.removeAll(citesAfter);
        // a citation is one node across languages: the Chinese text added still makes the one the English no longer makes
        assertTrue(citesAfter.stream().anyMatch(c -> c.contains("/ref/un/S/RES/2216(2015)") && c.contains("2511(2020)")), citesAfter.toString());
        assertTrue(newCites.stream().anyMatch(c -> c.contains("/ref/un/S/RES/2201(2015)") && c.contains("2511(2020)")), newCites.toString());
        assertEquals(newCites, listed(log, "- Added ("), log);
        assertEquals(goneCites, listed(log, "- Removed ("), log);
        // the other graphs that changed are named with their counts
        for (String g : changed) {
            if (!g.contains("/graph/un/")) {
                assertTrue(log.contains("- " + g.substring(BASE.length()) + ": "), g + " in " + log);
            }
        }
    }

    /** The citations a changelog's list names, as IRIs. */
    private static Set<String> listed(String log, String head) {
        int at = log.indexOf("## Citations");
        int from = log.indexOf(head, at);
        Matcher m = Pattern.compile(Pattern.quote(head) + "(\\d+)\\)").matcher(log.substring(from));
        assertTrue(m.lookingAt(), log.substring(from));
        Set<String> out = new TreeSet<>();
        for (String l : log.substring(from).lines().skip(1).toList()) {
            if (!l.startsWith("  ")) {
                break;
            }
            out.add(BASE + l.strip());
        }
        assertEquals(Integer.parseInt(m.group(1)), out.size());
        return out;
    }

    private static Map<String, Set<String>> byGraph(List<Quad> quads) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Quad q : quads) {
            out.computeIfAbsent(q.getGraph().getURI(), k -> new TreeSet<>()).add(q.asTriple().toString());
        }
        return out;
    }

    private static Set<String> citations(List<Quad> quads) {
        Node type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        Node citation = NodeFactory.createURI("http://purl.org/spar/cito/Citation");
        Set<String> out = new TreeSet<>();
        for (Quad q : quads) {
            if (q.getPredicate().equals(type) && q.getObject().equals(citation)) {
                out.add(q.getSubject().getURI());
            }
        }
        return out;
    }

    @Test
    void aReleaseOfTheSameDataIsTheSameDumpAndAnEmptyPatch() throws IOException {
        assertEquals(Releases.sha256(second.dir().resolve(Releases.DUMP)), Releases.sha256(third.dir().resolve(Releases.DUMP)));
        String patch = Files.readString(third.dir().resolve(Releases.PATCH));
        assertTrue(patch.lines().noneMatch(l -> l.startsWith("A ") || l.startsWith("D ")), patch);
        assertTrue(Files.readString(third.dir().resolve(Releases.CHANGELOG)).contains("Nothing changed."));
    }

    @Test
    void theSumsAndTheVoidAgreeWithTheFilesAndLinkTheReleases() throws IOException {
        for (String line : Files.readAllLines(second.dir().resolve(Releases.SUMS))) {
            String[] f = line.split("  ", 2);
            assertEquals(f[0], Releases.sha256(second.dir().resolve(f[1])), f[1]);
        }
        Graph g = RDFDataMgr.loadGraph(second.dir().resolve(Releases.VOID).toString());
        Node r2 = NodeFactory.createURI(BASE + "releases/2"), r1 = NodeFactory.createURI(BASE + "releases/1");
        assertTrue(g.contains(r2, NodeFactory.createURI("http://www.w3.org/ns/prov#wasRevisionOf"), r1));
        assertTrue(g.contains(NodeFactory.createURI(BASE + "dataset"), NodeFactory.createURI("http://purl.org/dc/terms/hasVersion"), r2));
        Node dump = NodeFactory.createURI(BASE + "releases/2/" + Releases.DUMP);
        Node checksum = g.find(dump, NodeFactory.createURI(Releases.SPDX + "checksum"), Node.ANY).next().getObject();
        String value = g.find(checksum, NodeFactory.createURI(Releases.SPDX + "checksumValue"), Node.ANY).next().getObject().getLiteralLexicalForm();
        assertEquals(Releases.sha256(second.dir().resolve(Releases.DUMP)), value);
        assertTrue(g.contains(r2, NodeFactory.createURI(Releases.VOIDNS + "dataDump"), dump));
        Graph one = RDFDataMgr.loadGraph(first.dir().resolve(Releases.VOID).toString());
        assertFalse(one.contains(r1, NodeFactory.createURI("http://www.w3.org/ns/prov#wasRevisionOf"), Node.ANY));
        assertEquals(String.valueOf(Files.size(second.dir().resolve(Releases.DUMP))), g.find(dump,
                NodeFactory.createURI(Releases.DCAT + "byteSize"), Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void aFolderThatIsNotAReleaseIsPassedOverAndTheLockRefusesASecondMaker() throws IOException {
        Path other = dir.resolve("other");
        Files.createDirectories(other.resolve("7"));
        Files.createDirectories(other.resolve(".8.partial"));
        Files.writeString(other.resolve("notes.txt"), "not a release", StandardCharsets.UTF_8);
        assertEquals(List.of(), Releases.list(other));
        try (var channel = java.nio.channels.FileChannel.open(releases.resolve(".lock"), java.nio.file.StandardOpenOption.WRITE);
             var lock = channel.lock()) {
            // the same process holds it: a second lock of the file fails as a second process's would
            assertThrows(RuntimeException.class, () -> Releases.make(null, dir.resolve("db"), releases, BASE, Instant.now(), s -> {}));
        }
    }

    @Test
    void aReleaseWhoseDescriptionWasChangedIsNamedInTheError() throws IOException {
        Path other = dir.resolve("damaged");
        Files.createDirectories(other.resolve("1"));
        Files.writeString(other.resolve("1").resolve(Releases.VOID), "<a> <b> ", StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Releases.list(other));
        assertTrue(e.getMessage().contains(other.resolve("1").resolve(Releases.VOID).toString()), e.getMessage());
    }
}
