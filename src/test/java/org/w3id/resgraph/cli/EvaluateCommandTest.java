package org.w3id.resgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.resgraph.evaluate.HandMade;

/** The contract of {@code resgraph evaluate}: options, output, thresholds and exit statuses, on the hand-made sample. */
class EvaluateCommandTest {
    @TempDir
    Path dir;

    private String trig, gold, xml;

    @BeforeEach
    void handMade() {
        HandMade.write(dir);
        trig = dir.resolve("hand-made.trig").toString();
        gold = dir.resolve("gold.jsonl").toString();
        xml = dir.resolve("S_RES_100_2020.xml").toString();
    }

    @Test
    void helpExplainsEveryOptionWithAnExample() {
        CliTest.Run r = CliTest.run("evaluate", "--help");
        assertEquals(0, r.status());
        new Main().commandOptions("evaluate").forEach(o -> assertTrue(r.out().contains("--" + o), "help lacks --" + o));
        assertTrue(r.out().contains("Example"), r.out());
    }

    @Test
    void printsTheTableAndExitsZeroWithoutThresholds() {
        CliTest.Run r = CliTest.run("evaluate", "-q", "--gold", gold, trig);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("overall\\s+all\\s+6\\s+6\\s+5\\s+0\\.833\\s+0\\.833\\s+0\\.833")), r.out());
        assertTrue(r.out().contains("relation accuracy: en 0.667 (2/3), zh 1.000 (1/1), overall 0.750 (3/4)"), r.out());
    }

    @Test
    void aMissedThresholdIsExitOneSayingWhich() {
        CliTest.Run r = CliTest.run("evaluate", "-q", "--gold", gold, "--min-precision", "0.8", "--min-recall", "0.9",
                "--min-relation", "0.7", trig);
        assertEquals(1, r.status());
        assertEquals("resgraph evaluate: recall 0.833 is below the threshold 0.900\n", r.err());
    }

    @Test
    void jsonHasTheSameNumbersAndShowLimitsTheLists() {
        CliTest.Run r = CliTest.run("evaluate", "-q", "--gold", gold, "--format", "json", "--show", "0", trig);
        assertEquals(0, r.status(), r.err());
        JsonObject json = JSON.parse(r.out());
        assertEquals(6, json.getObj("overall").get("gold").getAsNumber().value().intValue());
        assertEquals(1, json.get("missedTotal").getAsNumber().value().intValue());
        assertEquals(0, json.get("missed").getAsArray().size());
    }

    @Test
    void aknScoresTheLinksAndSaysRelationsAreNotMeasurable() {
        CliTest.Run r = CliTest.run("evaluate", "-q", "--akn", xml, trig);
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("by text"), r.out());
        assertTrue(r.out().contains("relation accuracy: n/a"), r.out());
    }

    @Test
    void aGoldFileThatIsMissingIsNamed() {
        CliTest.Run r = CliTest.run("evaluate", "-q", "--gold", dir.resolve("nothing.jsonl").toString(), trig);
        assertEquals(1, r.status());
        assertEquals("resgraph evaluate: " + dir.resolve("nothing.jsonl") + ": no such gold file\n", r.err());
    }

    @Test
    void anInputThatFailsIsNamedAndTheRestScored() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.nq"), "<a> <b> ");
        CliTest.Run r = CliTest.run("evaluate", "-q", "--gold", gold, trig, broken.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("resgraph evaluate: " + broken + ": not valid N-Quads"), r.err());
        assertTrue(r.out().contains("overall"), r.out());
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of("no gold", new String[] {"x.ttl"}, "--gold FILE or --akn"),
                Arguments.of("both golds", new String[] {"--gold", "g.jsonl", "--akn", "x.xml"}, "not both"),
                Arguments.of("no input", new String[] {"--akn"}, "no INPUT given"),
                Arguments.of("akn without XML", new String[] {"--akn", "TRIG"}, "no INPUT is one"),
                Arguments.of("relation from links", new String[] {"--akn", "--min-relation", "0.9", "x.xml"}, "links carry no relation"),
                Arguments.of("threshold out of range", new String[] {"--akn", "--min-recall", "95", "x.xml"}, "a number from 0 to 1"),
                Arguments.of("negative show", new String[] {"--akn", "--show", "-1", "x.xml"}, "--show must be"),
                Arguments.of("unknown format", new String[] {"--akn", "--format", "csv", "x.xml"}, "text or json"));
    }

    @ParameterizedTest(name = "{0}: exit 2 with a message")
    @MethodSource("usageErrors")
    void usageErrorsExitWithTwo(String intent, String[] args, String message) {
        String[] all = Stream.concat(Stream.of("evaluate"), Stream.of(args).map(a -> a.equals("TRIG") ? trig : a)).toArray(String[]::new);
        CliTest.Run r = CliTest.run(all);
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(message), r.err());
    }
}
