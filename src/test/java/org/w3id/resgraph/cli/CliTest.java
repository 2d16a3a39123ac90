package org.w3id.resgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.resgraph.testing.Fixtures;

/** The command contract: options, outputs, exit statuses and messages, run in process. */
class CliTest {
    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {}

    static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Console console = new Console(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int status = new Main().run(args, console);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(new byte[0], args);
    }

    private static String seed() {
        return Fixtures.path(Fixtures.SEED).toString();
    }

    static Stream<Arguments> formats() {
        return Stream.of(Arguments.of("seed.ttl", "TURTLE"), Arguments.of("seed.nt", "N-TRIPLES"),
                Arguments.of("seed.nq", "N-QUADS"), Arguments.of("seed.trig", "TRIG"),
                Arguments.of("seed.jsonld", "JSON-LD"), Arguments.of("seed.rdf", "RDF/XML"));
    }

    @ParameterizedTest(name = "{0}: format from the extension, byte-identical when run twice, parses back")
    @MethodSource("formats")
    void everyFormatIsWrittenTheSameTwiceAndParses(String file, String lang) throws IOException {
        Path a = dir.resolve("a-" + file), b = dir.resolve("b-" + file);
        assertEquals(0, run("extract", "-q", seed(), "-o", a.toString()).status());
        assertEquals(0, run("extract", "-q", seed(), "-o", b.toString()).status());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), file + " differs between two runs");
        DatasetGraph ds = RDFDataMgr.loadDatasetGraph(a.toString());
        long quads = org.apache.jena.atlas.iterator.Iter.count(ds.find());
        assertTrue(quads > 1000, file + " holds only " + quads + " statements");
    }

    @Test
    void formatOptionOverridesTheExtensionAndStdoutIsTheDefault() {
        Run r = run("extract", "-q", "--format", "nt", seed());
        assertEquals(0, r.status());
        assertTrue(r.out().lines().allMatch(l -> l.endsWith(" .")), "not N-Triples on standard output");
        assertTrue(r.out().contains("<https://w3id.org/resgraph/id/un/A/RES/59/249> <http://purl.org/dc/terms/identifier> \"A/RES/59/249\""));
    }

    @Test
    void turtleOutputDeclaresThePrefixesOfTheVocabulary() {
        String ttl = run("extract", "-q", seed()).out();
        for (String prefix : List.of("rg:", "eli:", "cito:", "dcterms:", "skos:", "schema:", "oa:", "prov:")) {
            assertTrue(ttl.contains("PREFIX " + prefix) || ttl.contains("@prefix " + prefix), "no prefix " + prefix);
        }
    }

    @Test
    void aBadDocumentIsNamedSkippedAndTheRestWritten() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(Fixtures.path(Fixtures.SEED), corpus.resolve("a-seed.txt"));
        Files.write(corpus.resolve("b-gb18030.txt"), "大会决议".getBytes(java.nio.charset.Charset.forName("GB18030")));
        Files.writeString(corpus.resolve("c-english.txt"), "The General Assembly, Recalling its resolutions,");
        Files.writeString(corpus.resolve("d-french.txt"), "L'Assemblée générale, Rappelant ses résolutions sur la question de la coopération pour le développement, "
                + "Notant que les États Membres de l'Organisation des Nations Unies et les pays en développement,");
        Path out = dir.resolve("out.nq");
        Run r = run("extract", "-q", corpus.toString(), dir.resolve("missing.txt").toString(), "-o", out.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("b-gb18030.txt: is not valid UTF-8"), r.err());
        assertTrue(r.err().contains("c-english.txt: cannot tell which resolution this is"), r.err());
        assertTrue(r.err().contains("d-french.txt: no opening words naming an organ that adopts resolutions were found in this fr text"), r.err());
        assertTrue(r.err().contains("missing.txt: no such file or folder"), r.err());
        assertTrue(r.err().contains("1 document(s) extracted, 4 failed"), r.err());
        assertTrue(Files.readString(out).contains("<https://w3id.org/resgraph/graph/un/A/RES/59/249/zho>"));
        assertFalse(r.err().contains("Exception"), "a stack trace or exception name reached the user: " + r.err());
    }

    @Test
    void aDocumentOverItsSizeLimitIsNamedAndSkippedAndBadLimitsAreUsageErrors() throws IOException {
        Path out = dir.resolve("out.nq");
        Run r = run("extract", "-q", "--max-document-size", "1k", seed(), "-o", out.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("000_de291e7566262927.txt: is 8.5 KiB, over the limit of 1.0 KiB for one document (--max-document-size)"),
                r.err());
        assertFalse(Files.exists(out), "nothing written when no document was extracted");
        assertEquals(0, run("extract", "-q", "--max-document-size", "0", "--document-timeout", "0", seed(), "-o", out.toString()).status());
        assertEquals(2, run("extract", "--document-timeout", "soon", seed()).status());
        assertEquals(2, run("load", "--db", dir.resolve("db").toString(), "--max-document-size", "big", seed()).status());
    }

    @Test
    void theSameResolutionTwiceIsReportedNotMerged() throws IOException {
        Path a = Files.copy(Fixtures.path(Fixtures.SEED), dir.resolve("a.txt"));
        Path b = Files.copy(Fixtures.path(Fixtures.SEED), dir.resolve("b.txt"));
        Path out = dir.resolve("out.nq");
        Run r = run("extract", "-q", a.toString(), b.toString(), "-o", out.toString());
        assertEquals(0, r.status(), "a repeat is reported, not a failure (the UN's repository files some versions twice)");
        assertTrue(r.err().contains("b.txt: is the same resolution and language as " + a), r.err());
        String nq = Files.readString(out);
        assertTrue(nq.contains("\"a.txt\""), "the first file is not the graph's source");
        assertFalse(nq.contains("\"b.txt\""), "the second file was merged into the first's graph");
    }

    @Test
    void anOutputThatCannotBeWrittenIsAUserErrorNamingIt() throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "not a folder");
        Run r = run("extract", "-q", seed(), "-o", blocker.resolve("out.ttl").toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains(blocker.resolve("out.ttl") + ": cannot write the output"), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    @Test
    void anEarlierOutputInsideTheInputFolderIsNotReadAsAText() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(Fixtures.path(Fixtures.SEED), corpus.resolve("seed.txt"));
        Path out = corpus.resolve("corpus.ttl");
        assertEquals(0, run("extract", "-q", corpus.toString(), "-o", out.toString()).status());
        Run again = run("extract", "-q", corpus.toString(), "-o", out.toString());
        assertEquals(0, again.status(), again.err());
    }

    @ParameterizedTest(name = "validate reads {0} by its extension")
    @ValueSource(strings = {"seed.json", "seed.jsonld", "seed.nq", "seed.rdf"})
    void validateReadsEveryFormatExtractWrites(String file) {
        Path out = dir.resolve(file);
        assertEquals(0, run("extract", "-q", seed(), "-o", out.toString()).status());
        Run v = run("validate", out.toString());
        assertEquals(0, v.status(), v.out() + v.err());
        assertTrue(v.out().contains(file + ": conforms"), v.out());
    }

    @Test
    void whenEveryDocumentFailsNothingIsWritten() throws IOException {
        Path bad = Files.writeString(dir.resolve("empty.txt"), "");
        Path out = dir.resolve("out.ttl");
        Run r = run("extract", bad.toString(), "-o", out.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("empty.txt: is empty"), r.err());
        assertTrue(r.err().contains("nothing written"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void standardInputWithForcedLanguage() throws IOException {
        Run r = run(Files.readAllBytes(Fixtures.path(Fixtures.SEED)), "extract", "-q", "--lang", "zh", "-");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"工业发展合作\"@zh"));
    }

    @Test
    void baseMovesEveryMintedAndReferenceIri() {
        String nt = run("extract", "-q", "--format", "nt", "--base", "http://localhost:3030/", seed()).out();
        assertTrue(nt.contains("<http://localhost:3030/id/un/A/RES/59/249>"));
        assertTrue(nt.contains("<http://localhost:3030/id/event/ffd-2002-monterrey>"));
        assertFalse(nt.contains("<https://w3id.org/resgraph/id/"), "an IRI kept the default base");
        assertTrue(nt.contains("<http://metadata.un.org/thesaurus/1003133>"), "UNBIS IRIs are the UN's own");
        assertTrue(nt.contains("<https://w3id.org/resgraph/ontology#recalls>"), "the vocabulary moved with the base");
        assertFalse(nt.contains("<http://localhost:3030/ontology#"), "the vocabulary moved with the base");
    }

    @Test
    void outputUnderAnotherBaseStillConformsToTheShapes() throws IOException {
        Path out = dir.resolve("based.ttl");
        assertEquals(0, run("extract", "-q", "--base", "http://localhost:3030/", seed(), "-o", out.toString()).status());
        Run v = run("validate", out.toString());
        assertEquals(0, v.status(), v.out() + v.err());
    }

    @Test
    void servingOnAPortInUseIsAUserErrorSayingSo() throws IOException {
        Path db = dir.resolve("db");
        assertEquals(0, run("load", "-q", "--db", db.toString(), seed()).status());
        try (ServerSocket busy = new ServerSocket(0)) {
            Run r = run("serve", "--db", db.toString(), "--port", Integer.toString(busy.getLocalPort()));
            assertEquals(1, r.status(), r.err());
            assertTrue(r.err().contains("port " + busy.getLocalPort() + " is in use"), r.err());
        }
    }

    @Test
    void serveCheckAnswersItselfAndExits() {
        Path db = dir.resolve("db");
        assertEquals(0, run("load", "-q", "--db", db.toString(), seed()).status());
        Run r = run("serve", "--db", db.toString(), "--port", "0", "--check");
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("query 200, home page 200"), r.out());
    }

    @Test
    void loadAndStatsTellWhatTheDatabaseHolds() {
        Path db = dir.resolve("db");
        Run load = run("load", "-q", "--db", db.toString(), seed());
        assertEquals(0, load.status(), load.err());
        Run stats = run("stats", "--db", db.toString());
        assertEquals(0, stats.status(), stats.err());
        assertTrue(stats.out().contains("documents (language versions)  1"), stats.out());
        assertTrue(stats.out().contains("relation recalls"), stats.out());
        Run query = run("query", "--db", db.toString(), "--format", "csv", "-e",
                "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?t WHERE { ?r dcterms:identifier \"A/RES/59/249\" ; dcterms:title ?t }");
        assertEquals(0, query.status(), query.err());
        assertTrue(query.out().contains("工业发展合作"), query.out());
        assertEquals(2, run("stats", "--db", dir.resolve("nothing-here").toString()).status(), "no database is bad usage");
    }

    @ParameterizedTest(name = "{0} --help lists every option")
    @ValueSource(strings = {"extract", "validate", "evaluate", "load", "stats", "query", "serve", "lineage", "import-unbis"})
    void everyCommandExplainsItsOptions(String command) {
        Run r = run(command, "--help");
        assertEquals(0, r.status());
        new Main().commandOptions(command).forEach(o -> assertTrue(r.out().contains("--" + o), command + " help lacks --" + o));
        assertTrue(r.out().contains("Example"), command + " help has no example");
    }

    @Test
    void topLevelHelpListsCommands() {
        Run r = run("--help");
        assertEquals(0, r.status());
        for (String c : List.of("extract", "validate", "evaluate", "import-unbis")) {
            assertTrue(r.out().contains(c));
        }
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of("unknown command", new String[] {"extrakt"}, "'extrakt' is not a command"),
                Arguments.of("unknown option", new String[] {"extract", "--colour", "x"}, "Unrecognized option: --colour"),
                Arguments.of("unknown format", new String[] {"extract", "--format", "csv", "x"}, "unknown format 'csv'"),
                Arguments.of("relative base", new String[] {"extract", "--base", "resgraph/", "x"}, "--base must be an absolute IRI"),
                Arguments.of("unknown language", new String[] {"extract", "--lang", "de", "x"}, "--lang must be auto or one of"),
                Arguments.of("no input", new String[] {"extract"}, "no INPUT given"));
    }

    @ParameterizedTest(name = "{0}: exit 2 with a message")
    @MethodSource("usageErrors")
    void usageErrorsExitWithTwo(String intent, String[] args, String message) {
        Run r = run(args);
        assertEquals(2, r.status());
        assertTrue(r.err().contains(message), r.err());
    }

    @Test
    void validateSaysConformsForExtractedRdfAndForATextDirectly() throws IOException {
        Path ttl = dir.resolve("seed.ttl");
        run("extract", "-q", seed(), "-o", ttl.toString());
        Run r = run("validate", "-q", ttl.toString(), seed());
        assertEquals(0, r.status(), r.out() + r.err());
        assertEquals(2, r.out().lines().filter(l -> l.contains(": conforms (")).count(), r.out());
    }

    @Test
    void validateExplainsWhatIsWrong() throws IOException {
        Path ttl = dir.resolve("seed.nt");
        run("extract", "-q", seed(), "-o", ttl.toString());
        List<String> lines = Files.readAllLines(ttl).stream()
                .filter(l -> !l.startsWith("<https://w3id.org/resgraph/id/un/A/RES/59/249> <http://purl.org/dc/terms/identifier>")).toList();
        Files.write(ttl, lines);
        Run r = run("validate", ttl.toString());
        assertEquals(1, r.status());
        assertTrue(r.out().contains("does not conform, 1 problem(s)"), r.out());
        assertTrue(r.out().contains("A resolution has exactly one symbol (dcterms:identifier)"), r.out());
    }

    @Test
    void validateReportsRdfThatDoesNotParse() throws IOException {
        Path ttl = Files.writeString(dir.resolve("broken.ttl"), "<a> <b> ");
        Run r = run("validate", ttl.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("resgraph validate: " + ttl + ": not valid Turtle: line 1, column 9"), r.err());
        assertEquals(1, r.err().lines().count(), "one line, no parser log: " + r.err());
    }
}
