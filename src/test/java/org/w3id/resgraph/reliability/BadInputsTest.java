package org.w3id.resgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.resgraph.cli.Console;
import org.w3id.resgraph.cli.Main;
import org.w3id.resgraph.testing.Fixtures;

/**
 * A corpus of broken and hostile files with good texts among them, extracted in one run of
 * {@code resgraph extract}: each bad file gets one message naming it and its problem (or is
 * extracted, with warnings where the text is odd), nothing crashes or hangs, the good texts are
 * extracted and the exit status is 1. A document past its time budget is given up on the same way.
 * The outcomes are written to target/reliability/, and RELIABILITY.md must state the same.
 */
class BadInputsTest {
    private record Case(String file, String what, byte[] content, String expected) {}

    /** The pathological text: the seed followed by {@code clauses} short clauses, each citing a resolution. */
    static byte[] clauses(int clauses) {
        return LongDocument.chinese(clauses).getBytes(StandardCharsets.UTF_8);
    }

    /** What {@code resgraph extract} printed and returned, run in process. */
    private record Run(int status, String err, double seconds) {}

    private static Run extract(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        long started = System.nanoTime();
        int status = new Main().run(args, console);
        return new Run(status, err.toString(StandardCharsets.UTF_8), (System.nanoTime() - started) / 1e9);
    }

    /** Each file's outcome: "extracted", or "skipped: " and the message naming it (one line each). */
    private static Map<String, String> outcomes(List<Case> cases, String err) {
        Map<String, String> outcome = new LinkedHashMap<>();
        for (Case c : cases) {
            List<String> lines = err.lines().filter(l -> l.startsWith("resgraph extract: ") && l.contains("/" + c.file() + ":")).toList();
            assertTrue(lines.size() <= 1, c.file() + " is reported more than once: " + lines);
            outcome.put(c.file(), lines.isEmpty() ? "extracted" : "skipped: " + lines.get(0).substring(lines.get(0).indexOf(c.file()) + c.file().length())
                    .replaceFirst("^: ", "").replaceFirst(" \\(skipped\\)$", "").replaceAll("\\s+", " "));
        }
        return outcome;
    }

    @Test
    void everyBadInputGetsOneClearOutcomeAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        List<Case> cases = cases();
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (Case c : cases) {
            Files.write(corpus.resolve(c.file()), c.content());
        }
        Path nq = dir.resolve("out.nq");
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(300), () -> extract("extract", "-q", "-o", nq.toString(), corpus.toString()));
        assertEquals(1, run.status(), "some input failed: exit status 1\n" + run.err());

        Map<String, String> outcome = outcomes(cases, run.err());
        StringBuilder table = new StringBuilder("| input | what it is | outcome |\n|---|---|---|\n");
        for (Case c : cases) {
            String o = outcome.get(c.file());
            assertTrue(o.contains(c.expected()), c.file() + ": expected «" + c.expected() + "», got «" + o + "»");
            assertTrue(!o.contains("internal error"), c.file() + " met a defect: " + o);
            table.append("| `").append(c.file()).append("` | ").append(c.what()).append(" | ")
                    .append(o.length() > 160 ? o.substring(0, 160) + "…" : o).append(" |\n");
        }
        // every file reported extracted is in the output, each in its own graph
        long extracted = outcome.values().stream().filter("extracted"::equals).count();
        Set<String> graphs = new HashSet<>();
        try (Stream<String> lines = Files.lines(nq)) {
            lines.forEach(l -> graphs.add(l.substring(l.lastIndexOf(" <") + 1)));
        }
        assertEquals(extracted, graphs.size(), "graphs in the output: " + graphs);
        document("bad-inputs.md", table.toString());
    }

    /**
     * The two-million-clause text with no size limit and a budget of 3 s: given up on at its budget, named,
     * nothing of it written; the good text beside it is extracted.
     */
    @Test
    void aDocumentPastItsTimeIsGivenUpOnAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.write(corpus.resolve("good-seed.txt"), Files.readAllBytes(Fixtures.path(Fixtures.SEED)));
        Files.write(corpus.resolve("two-million-clauses.txt"), clauses(2_000_000));
        Path nq = dir.resolve("out.nq");
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> extract("extract", "-q", "--max-document-size", "0",
                "--document-timeout", "3s", "-o", nq.toString(), corpus.toString()));
        assertEquals(1, run.status(), run.err());
        List<String> named = run.err().lines().filter(l -> l.contains("two-million-clauses.txt")).toList();
        assertEquals(1, named.size(), run.err());
        assertTrue(named.get(0).contains("took longer than 3 s (--document-timeout)"), named.get(0));
        String out = Files.readString(nq, StandardCharsets.UTF_8);
        assertTrue(out.contains("<https://w3id.org/resgraph/graph/un/A/RES/59/249/zho> ."), "the seed is extracted");
        assertTrue(out.lines().allMatch(l -> l.endsWith("<https://w3id.org/resgraph/graph/un/A/RES/59/249/zho> .")),
                "nothing but the seed's graph: the document given up on sends nothing");
        String table = "| input | budget | outcome | run |\n|---|---|---|---|\n"
                + "| `two-million-clauses.txt` (" + Files.size(corpus.resolve("two-million-clauses.txt")) / 1_000_000 + " MB) beside the seed"
                + " | `--max-document-size 0 --document-timeout 3s` | skipped: " + named.get(0).replaceFirst(".*two-million-clauses.txt: ", "")
                        .replaceFirst(" \\(skipped\\)$", "") + "; the seed extracted | exit 1 |\n";
        document("budget.md", table);
    }

    /** Writes a table to target/reliability/ and checks that RELIABILITY.md states it. */
    private static void document(String name, String table) throws IOException {
        Path out = Path.of(System.getProperty("resgraph.home", ".")).resolve("target/reliability");
        Files.createDirectories(out);
        Files.writeString(out.resolve(name), table, StandardCharsets.UTF_8);
        String documented = Files.readString(Path.of(System.getProperty("resgraph.home", ".")).resolve("RELIABILITY.md"));
        for (String row : table.split("\n")) {
            assertTrue(documented.contains(row), "RELIABILITY.md does not state: " + row + "\n(the table is in " + out.resolve(name) + ")");
        }
    }

    private static List<Case> cases() throws IOException {
        List<Case> c = new ArrayList<>();
        byte[] seed = Files.readAllBytes(Fixtures.path(Fixtures.SEED));
        byte[] akn = Files.readAllBytes(Fixtures.corpus("sc-akn/2020/English").resolve("S_RES_2505 (2020)-2000446E.xml"));
        String ga = Files.readString(Fixtures.corpus("ga-en/A_RES_80_13.md"));
        c.add(new Case("good-seed.txt", "a good text (the seed)", seed, "extracted"));
        c.add(new Case("empty.txt", "an empty file", new byte[0], "is empty"));
        c.add(new Case("binary.txt", "a binary file (an ELF header)", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0}, "NUL characters"));
        c.add(new Case("gb18030.txt", "Chinese in GB18030", "大会决议 回顾其关于工业发展合作的决议".getBytes(Charset.forName("GB18030")),
                "is not valid UTF-8"));
        c.add(new Case("utf16.txt", "UTF-16 with a byte order mark", "\uFEFFThe General Assembly,".getBytes(StandardCharsets.UTF_16LE), "is UTF-16"));
        c.add(new Case("truncated.xml", "AKN4UN cut in half", java.util.Arrays.copyOf(akn, akn.length / 2), "is not well-formed XML"));
        c.add(new Case("xxe.xml", "XML with a DOCTYPE and an external entity",
                "<?xml version=\"1.0\"?><!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><akomaNtoso>&x;</akomaNtoso>"
                        .getBytes(StandardCharsets.UTF_8), "has a DOCTYPE"));
        StringBuilder lol = new StringBuilder("<!DOCTYPE akomaNtoso [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            lol.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        c.add(new Case("entities.xml", "an entity expansion bomb", (lol + "]><akomaNtoso>&l9;</akomaNtoso>").getBytes(StandardCharsets.UTF_8),
                "has a DOCTYPE"));
        c.add(new Case("deep.xml", "XML nested 100,000 elements deep",
                ("<akomaNtoso>" + "<p>".repeat(100_000) + "x" + "</p>".repeat(100_000) + "</akomaNtoso>").getBytes(StandardCharsets.UTF_8),
                "skipped"));
        c.add(new Case("front-matter.md", "Markdown whose front matter never closes",
                "---\nsymbol: A/RES/80/13\ntitle: \"x\"\n\nThe General Assembly,\n".getBytes(StandardCharsets.UTF_8), "front matter"));
        c.add(new Case("dates.md", "a resolution dated 31 February 2025 citing one of 40 13月 2004",
                ga.replace("symbol: A/RES/80/13", "symbol: A/RES/80/913").replace("80/13.", "80/913.")
                        .replace("1 December 2025", "31 February 2025").replace("16 December 1971", "40 Undecember 1971")
                        .getBytes(StandardCharsets.UTF_8), "extracted"));
        c.add(new Case("noise.md", "symbol noise in a resolution's text", ("---\nsymbol: A/RES/80/914\ntitle: \"Noise\"\ndate: \"2025-12-03\"\n"
                + "language: EN\n---\n\nResolution adopted by the General Assembly on 1 December 2025\n\n80/914. Noise\n\n"
                + "The General Assembly,\n\nRecalling its resolutions A/B/C/D/E/F/G/H/I/J/1, S/RES/99999999(9999), "
                + "/".repeat(5000) + " 59/249/249/249/249 of 2004年13月40日, 第/号决议 and " + "A/RES/".repeat(2000) + ",\n\n"
                + "1. Decides to remain seized of the matter.\n").getBytes(StandardCharsets.UTF_8), "extracted"));
        StringBuilder big = new StringBuilder("---\nsymbol: A/RES/80/915\ntitle: \"Big\"\ndate: \"2025-12-03\"\nlanguage: EN\n---\n\n"
                + "Resolution adopted by the General Assembly on 1 December 2025\n\n80/915. Big\n\nThe General Assembly,\n\n");
        String para = "Recalling its resolutions 46/151 of 18 December 1991, 49/108 of 19 December 1994 and 51/170 of 16 December 1996 "
                + "on industrial development cooperation, and the Monterrey Consensus of the International Conference on Financing "
                + "for Development,\n\n";
        while (big.length() < 3_000_000) {
            big.append(para);
        }
        big.append("1. Decides to continue its consideration of the question.\n");
        c.add(new Case("huge.md", "a 3 MB resolution (one paragraph of four citations repeated: 240 MB of N-Quads)", big.toString().getBytes(StandardCharsets.UTF_8), "extracted"));
        while (big.length() < 18_000_000) {
            big.append(para);
        }
        c.add(new Case("oversize.md", "an 18 MB resolution, over the default limit of 16 MiB", big.toString().getBytes(StandardCharsets.UTF_8),
                "over the limit of 16.0 MiB for one document (--max-document-size)"));
        c.add(new Case("two-million-clauses.txt", "the seed followed by two million clauses citing a resolution (66 MB)", clauses(2_000_000),
                "over the limit of 16.0 MiB for one document (--max-document-size)"));
        return c;
    }
}
