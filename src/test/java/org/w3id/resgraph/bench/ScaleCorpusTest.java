package org.w3id.resgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated corpus folder holds exactly the documents asked for, whatever an earlier run left in it. */
class ScaleCorpusTest {
    @Test
    void aFolderMadeFromAnEarlierSampleHoldsOnlyTheDocumentsOfThisOne(@TempDir Path dir) throws IOException {
        Path sample = dir.resolve("sample"), out = dir.resolve("out");
        Path a = sample.resolve("sc-akn/2020/English/S_RES_2505 (2020)-E.xml");
        Files.createDirectories(a.getParent());
        Files.writeString(a, "<p>Recalling its resolution 2216 (2015) of 14 April 2015</p>", StandardCharsets.UTF_8);
        List<Path> first = ScaleCorpus.generate(sample, out, 4, 1);
        assertEquals(4, first.size());
        assertEquals(4, files(out).size());
        assertTrue(Files.readString(out.resolve("g1/sc-akn/2020/English/S_RES_2505 (2020)-E.xml"), StandardCharsets.UTF_8)
                .contains("2416 (2018)"), "generation 1 moves Council numbers by 200 and years by 3");

        // the sample gains a file and one text changes: two documents per generation now
        Path b = sample.resolve("sc-akn/2020/English/S_RES_2511 (2020)-E.xml");
        Files.writeString(b, "<p>Recalling its resolution 2140 (2014)</p>", StandardCharsets.UTF_8);
        Files.writeString(a, "<p>Reaffirming its resolution 2216 (2015)</p>", StandardCharsets.UTF_8);
        List<Path> second = ScaleCorpus.generate(sample, out, 4, 1);
        assertEquals(second.stream().sorted().toList(), files(out), "the folder holds exactly the four documents generated");
        assertFalse(Files.exists(out.resolve("g3")), "the fourth generation of the one-file sample is gone");
        assertTrue(Files.readString(out.resolve("g0/sc-akn/2020/English/S_RES_2505 (2020)-E.xml"), StandardCharsets.UTF_8)
                .contains("Reaffirming"), "a text edited in the sample is written anew");
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
