package org.w3id.resgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.testing.Fixtures;

/**
 * The evaluation: its arithmetic on a graph and gold small enough to score by hand ({@link HandMade});
 * the extraction of the English General Assembly sample against its hand-checked gold; and the text
 * rules on the Security Council sample (AKN4UN, 2020–2022, English and Chinese) against the UN's own
 * links, {@code resgraph evaluate --akn --lang LANG corpus/sc-akn}, each language extracted once for
 * the whole class.
 */
class EvaluateTest {
    private static final String BASE = Gazetteer.DEFAULT_BASE;
    private static final double EXACT = 1e-12;

    @TempDir
    Path dir;

    static List<Inputs.Input> inputs(Path... files) {
        List<String> problems = new ArrayList<>();
        List<Inputs.Input> out = Inputs.expand(List.of(files).stream().map(Path::toString).toList(), System.in, problems);
        assertEquals(List.of(), problems);
        return out;
    }

    private Score handMade(String lang) throws GoldException {
        Path d = HandMade.write(dir);
        Evaluation.Outcome o = Evaluation.againstFile(d.resolve("gold.jsonl"), lang, BASE).run(inputs(d.resolve("hand-made.trig")));
        assertEquals(List.of(), o.failures());
        return o.score();
    }

    @Test
    void pairsAreCountedPerLanguageVersionLeavingOutSelfCitationsAndNonResolutions() throws GoldException {
        Score s = handMade(null);
        assertEquals(Set.of("en", "zh"), s.languages());
        assertEquals(new Score.Counts(5, 5, 4, 0), s.rows("en").get(Score.ALL));
        assertEquals(new Score.Counts(1, 1, 1, 0), s.rows("zh").get(Score.ALL));
        assertEquals(new Score.Counts(6, 6, 5, 0), s.overall());
        assertEquals(2, s.versions(), "the two gold versions of A/RES/1/1");
        assertEquals(2, s.unscored(), "A/RES/7/7 and S/RES/100(2020) have no gold");
        assertEquals(List.of(new Score.Pair("en", "A/RES/1/1", "A/RES/6/6", Set.of("recalls"), "one.md")), s.missed());
        assertEquals(List.of(new Score.Pair("en", "A/RES/1/1", "S/RES/9(2000)", Set.of("welcomes"), "one.md")), s.spurious());
    }

    @Test
    void precisionRecallAndF1AreTheScorersRatios() throws GoldException {
        Score s = handMade(null);
        Score.Counts en = s.rows("en").get(Score.ALL);
        assertEquals(4 / 5.0, en.precision(), EXACT);
        assertEquals(4 / 5.0, en.recall(), EXACT);
        assertEquals(4 / 5.0, en.f1(), EXACT);
        assertEquals(5 / 6.0, s.overall().precision(), EXACT);
        assertEquals(5 / 6.0, s.overall().recall(), EXACT);
        assertEquals(0.0, new Score.Counts(0, 0, 0, 0).precision(), "nothing predicted counts as 0, as the scorer has it");
    }

    @Test
    void relationAccuracyIsTheShareOfFoundTypedGoldPairsWithOneOfTheirRelations() throws GoldException {
        Score s = handMade(null);
        // en: A/RES/2/2 recalls right, A/RES/3/3 reaffirms for recalls wrong, A/DEC/5/5 takesNoteOf for notes right;
        // A/RES/4/4 has no typed gold relation and A/RES/6/6 was not found: neither is measured.
        assertEquals(new Score.Accuracy(2, 3), s.accuracy("en"));
        assertEquals(new Score.Accuracy(1, 1), s.accuracy("zh"));
        assertEquals(3 / 4.0, s.accuracy().value(), EXACT);
    }

    @Test
    void eachRelationHasItsOwnRow() throws GoldException {
        Map<String, Score.Counts> en = handMade(null).rows("en");
        assertEquals(List.of(Score.ALL, "recalls", "reaffirms", "takesNoteOf", "welcomes", "refersTo"), List.copyOf(en.keySet()));
        assertEquals(new Score.Counts(3, 1, 1, 0), en.get("recalls"));
        assertEquals(new Score.Counts(0, 1, 0, 0), en.get("reaffirms"));
        assertEquals(new Score.Counts(1, 1, 1, 0), en.get("takesNoteOf"));
        assertEquals(new Score.Counts(0, 1, 0, 0), en.get("welcomes"));
        assertEquals(new Score.Counts(1, 1, 1, 0), en.get("refersTo"));
    }

    @Test
    void langScoresOnlyThatLanguage() throws GoldException {
        Score s = handMade("zh");
        assertEquals(Set.of("zh"), s.languages());
        assertEquals(new Score.Counts(1, 1, 1, 0), s.overall());
    }

    @Test
    void aPairTheTextShowsCountsAsRightButNotAsFound() throws GoldException {
        Path d = HandMade.write(dir);
        Evaluation.Outcome o = Evaluation.againstLinks(null, BASE)
                .run(inputs(d.resolve("S_RES_100_2020.xml"), d.resolve("hand-made.trig")));
        assertEquals(List.of(), o.failures());
        Score s = o.score();
        assertFalse(s.relations());
        // gold: S/RES/50(2010), A/RES/70/1; predicted: S/RES/50(2010) found, S/RES/60(2015) shown, S/RES/70(2016) not.
        assertEquals(new Score.Counts(2, 3, 1, 1), s.rows("en").get(Score.ALL));
        assertEquals(2 / 3.0, s.overall().precision(), EXACT);
        assertEquals(1 / 2.0, s.overall().recall(), EXACT);
        assertEquals(List.of(new Score.Pair("en", "S/RES/100(2020)", "A/RES/70/1", Set.of(), "S_RES_100_2020.xml")), s.missed());
        assertEquals(List.of("S/RES/70(2016)"), s.spurious().stream().map(Score.Pair::cited).toList());
    }

    @Test
    void theJsonReportHoldsTheNumbersOfTheTable() throws GoldException {
        Score s = handMade(null);
        String table = Report.text(s, 10);
        assertTrue(table.lines().anyMatch(l -> l.matches("overall\\s+all\\s+6\\s+6\\s+5\\s+0\\.833\\s+0\\.833\\s+0\\.833")), table);
        assertTrue(table.contains("relation accuracy: en 0.667 (2/3), zh 1.000 (1/1), overall 0.750 (3/4)"), table);
        assertTrue(table.contains("A/RES/1/1 -> A/RES/6/6 (recalls)  one.md"), table);
        JsonObject json = JSON.parse(Report.json(s, 10));
        JsonObject overall = json.getObj("overall");
        assertEquals(5, overall.get("found").getAsNumber().value().intValue());
        assertEquals(0.8333, overall.get("precision").getAsNumber().value().doubleValue(), EXACT);
        assertEquals(0.75, json.getObj("relationAccuracy").get("value").getAsNumber().value().doubleValue(), EXACT);
        assertEquals(1, json.get("spurious").getAsArray().size());
        JsonObject en = json.getObj("languages").getObj("en");
        assertEquals(3, en.getObj("rows").getObj("recalls").get("gold").getAsNumber().value().intValue());
        assertEquals(2, en.getObj("relationAccuracy").get("right").getAsNumber().value().intValue());
    }

    @Test
    void aBadGoldLineIsNamedByFileAndLine() throws IOException {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), "{\"symbol\": \"A/RES/1/1\", \"citations\": []}\n{\"symbol\": 1}\n");
        GoldException e = assertThrows(GoldException.class,
                () -> Evaluation.againstFile(gold, null, BASE).run(List.of()));
        assertEquals(gold + ":2: \"symbol\" is not a string", e.getMessage());
    }

    @Test
    void theEnglishGeneralAssemblySampleMeetsTheAcceptanceThresholds() throws GoldException {
        Evaluation.Outcome o = Evaluation.againstFile(Fixtures.path("fixtures/ga-en/gold.jsonl"), null, BASE)
                .run(inputs(Fixtures.corpus("ga-en")));
        Score s = o.score();
        String report = Report.text(s, 20);
        assertEquals(List.of(), o.failures(), report);
        assertEquals(35, s.versions(), report);
        assertTrue(s.overall().precision() >= 0.97, report);
        assertTrue(s.overall().recall() >= 0.95, report);
        assertTrue(s.accuracy().value() >= 0.90, report);
    }

    // ------------------------------------------------ the Security Council sample against its links

    /**
     * Measured 0.999 in both languages (2020–2022 each 0.997–1.000); what is left are the UN's own link
     * errors (A/RES/45/34 for the Human Rights Council's 45/34) and citations the links lack.
     */
    private static final double MIN_PRECISION = 0.99;
    /** Measured 0.999 (en) and 0.998 (zh), each year 0.997–1.000; the misses left are links that point wrong. */
    private static final double MIN_RECALL = 0.99;

    private static final Map<String, Evaluation.Outcome> AKN_BY_LANGUAGE = new ConcurrentHashMap<>();

    private static Evaluation.Outcome aknEvaluated(String lang) {
        return AKN_BY_LANGUAGE.computeIfAbsent(lang, l -> {
            List<Inputs.Input> inputs = inputs(Fixtures.corpus("sc-akn"));
            try {
                return Evaluation.againstLinks(l, BASE).run(inputs);
            } catch (GoldException e) {
                throw new AssertionError("links are no gold file", e);
            }
        });
    }

    private static String explained(Evaluation.Outcome o) {
        return Report.text(o.score(), 30) + String.join("\n", o.failures());
    }

    @ParameterizedTest(name = "{0}: precision of the text rules against the links")
    @ValueSource(strings = {"en", "zh"})
    void securityCouncilPrecision(String lang) {
        Evaluation.Outcome o = aknEvaluated(lang);
        assertTrue(o.score().overall().predicted() > 1000, explained(o));
        assertTrue(o.score().overall().precision() >= MIN_PRECISION, explained(o));
    }

    @ParameterizedTest(name = "{0}: recall of the text rules against the links")
    @ValueSource(strings = {"en", "zh"})
    void securityCouncilRecall(String lang) {
        Evaluation.Outcome o = aknEvaluated(lang);
        assertTrue(o.score().versions() >= 160, explained(o));
        assertTrue(o.score().overall().recall() >= MIN_RECALL, explained(o));
    }
}
