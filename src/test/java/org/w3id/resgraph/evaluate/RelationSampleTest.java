package org.w3id.resgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.resgraph.extract.ResolutionFacts;
import org.w3id.resgraph.extract.engine.LanguagePack;
import org.w3id.resgraph.extract.engine.PackExtractor;
import org.w3id.resgraph.extract.languages.Extractors;
import org.w3id.resgraph.read.DocumentReaders;
import org.w3id.resgraph.read.SourceFile;

/**
 * The relation of each citation, per occurrence, against the hand-labelled sample of
 * {@code fixtures/relations/} (Security Council resolutions of 2020–2022, ten per language, labelled
 * by reading each clause), on the bundled corpus that holds those files.
 */
class RelationSampleTest {
    private static final Path SAMPLE = Path.of("src/test/resources/fixtures/relations");
    private static final Path CORPUS = Path.of("corpus/sc-akn");
    private static final Map<String, ResolutionFacts> EXTRACTED = new HashMap<>();

    @BeforeAll
    static void extract() throws Exception {
        Set<String> files;
        try (Stream<Path> labels = Files.list(SAMPLE)) {
            files = labels.filter(p -> p.toString().endsWith(".jsonl")).flatMap(p -> read(p).stream())
                    .map(RelationSample.Label::file).collect(Collectors.toSet());
        }
        try (Stream<Path> all = Files.walk(CORPUS)) {
            for (Path p : all.filter(p -> files.contains(p.getFileName().toString())).toList()) {
                EXTRACTED.put(p.getFileName().toString(), Extractors.standard().extract(DocumentReaders.standard().read(SourceFile.of(p))));
            }
        }
    }

    private static List<RelationSample.Label> read(Path p) {
        try {
            return RelationSample.read(p);
        } catch (GoldException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The engine reads English from the English pack as well as the English extractor does its own
     * way, near enough: the step before English moves onto it.
     */
    @Test
    void theEngineReadsTheEnglishSampleFromTheEnglishPack() throws Exception {
        List<RelationSample.Label> labels = read(SAMPLE.resolve("en.jsonl"));
        PackExtractor engine = new PackExtractor(LanguagePack.load("en"));
        Map<String, ResolutionFacts> byEngine = new HashMap<>();
        try (Stream<Path> all = Files.walk(CORPUS)) {
            Set<String> files = labels.stream().map(RelationSample.Label::file).collect(Collectors.toSet());
            for (Path p : all.filter(p -> files.contains(p.getFileName().toString())).toList()) {
                byEngine.put(p.getFileName().toString(), engine.extract(DocumentReaders.standard().read(SourceFile.of(p))));
            }
        }
        RelationSample.Row row = RelationSample.score(labels, byEngine).get("en");
        assertTrue(row.coverage() >= 0.95, "occurrences found " + row.coverage());
        assertTrue(row.accuracy() >= 0.95, "relation accuracy " + row.accuracy() + "; wrong: " + row.wrong());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh", "fr", "es", "ru", "ar"})
    void relationPerOccurrenceIsRightNineTimesInTenInEveryLanguage(String lang) throws IOException {
        List<RelationSample.Label> labels = read(SAMPLE.resolve(lang + ".jsonl"));
        assertTrue(labels.size() >= 100, "a sample of at least 100 occurrences: " + labels.size());
        assertTrue(labels.stream().allMatch(l -> l.lang().equals(lang)));
        RelationSample.Row row = RelationSample.score(labels, EXTRACTED).get(lang);
        assertEquals(labels.size(), row.labelled());
        assertTrue(row.coverage() >= 0.95, lang + ": occurrences found " + row.coverage());
        assertTrue(row.accuracy() >= 0.9, lang + ": relation accuracy " + row.accuracy() + "; wrong: " + row.wrong());
    }
}
