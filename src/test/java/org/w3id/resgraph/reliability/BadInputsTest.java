package org.w3id.resgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.pipeline.Extraction;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.testing.Fixtures;

/**
 * A corpus of broken and hostile files with one good text among them, extracted in one run: each
 * bad file gets one message naming it and its problem (or is extracted, with warnings where the text
 * is odd), nothing crashes or hangs, and the good text is extracted. The outcomes are written to
 * target/reliability/bad-inputs.md, and RELIABILITY.md must state the same.
 */
class BadInputsTest {
    private record Case(String file, String what, byte[] content, String expected) {}

    @Test
    void everyBadInputGetsOneClearOutcomeAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        List<Case> cases = cases();
        for (Case c : cases) {
            Files.write(dir.resolve(c.file()), c.content());
        }
        List<Inputs.Input> inputs = Inputs.expand(List.of(dir.toString()), System.in, new ArrayList<>());
        assertEquals(cases.size(), inputs.size());
        Extraction.Result r = assertTimeoutPreemptively(Duration.ofSeconds(300),
                () -> new Extraction(Gazetteer.DEFAULT_BASE, null).run(inputs));

        Map<String, String> outcome = new LinkedHashMap<>();
        for (Case c : cases) {
            String failure = r.failures().stream().filter(f -> f.contains(c.file())).findFirst().orElse(null);
            outcome.put(c.file(), failure == null ? "extracted" : "skipped: " + failure.substring(failure.indexOf(c.file()) + c.file().length())
                    .replaceFirst("^: ", "").replaceAll("\\s+", " "));
        }
        StringBuilder table = new StringBuilder("| input | what it is | outcome |\n|---|---|---|\n");
        for (Case c : cases) {
            String o = outcome.get(c.file());
            assertTrue(o.contains(c.expected()), c.file() + ": expected «" + c.expected() + "», got «" + o + "»");
            assertTrue(!o.contains("internal error"), c.file() + " met a defect: " + o);
            table.append("| `").append(c.file()).append("` | ").append(c.what()).append(" | ")
                    .append(o.length() > 160 ? o.substring(0, 160) + "…" : o).append(" |\n");
        }
        Path out = Path.of(System.getProperty("resgraph.home", ".")).resolve("target/reliability");
        Files.createDirectories(out);
        Files.writeString(out.resolve("bad-inputs.md"), table.toString(), StandardCharsets.UTF_8);
        String documented = Files.readString(Path.of(System.getProperty("resgraph.home", ".")).resolve("RELIABILITY.md"));
        for (String row : table.toString().split("\n")) {
            assertTrue(documented.contains(row), "RELIABILITY.md does not state: " + row + "\n(the table is in " + out.resolve("bad-inputs.md") + ")");
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
        while (big.length() < 50_000_000) {
            big.append(para);
        }
        big.append("1. Decides to continue its consideration of the question.\n");
        c.add(new Case("huge.md", "a 50 MB resolution (one paragraph repeated)", big.toString().getBytes(StandardCharsets.UTF_8), "extracted"));
        return c;
    }
}
