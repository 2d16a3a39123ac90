package org.w3id.resgraph.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.w3id.resgraph.extract.ExtractException;
import org.w3id.resgraph.extract.languages.Extractors;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.rdf.IriScheme;
import org.w3id.resgraph.rdf.ResolutionMapper;
import org.w3id.resgraph.read.Document;
import org.w3id.resgraph.read.DocumentReaders;
import org.w3id.resgraph.read.ReadException;
import org.w3id.resgraph.read.SourceFile;

/**
 * Jazzer feeds the readers, extractors and the mapper made-up files under each of the names a
 * reader is chosen by (.txt, .md, .xml). A clear refusal (ReadException, ExtractException) is a
 * right answer; anything else thrown, a hang or a stack overflow is a defect, and the input that
 * caused it becomes a regression file under src/test/resources (ReadersFuzzTestInputs/), which every
 * test run replays. CI fuzzes for a bounded time ({@code JAZZER_FUZZ=1}; see the launcher's test command).
 */
class ReadersFuzzTest {
    private static final DocumentReaders READERS = DocumentReaders.standard();
    private static final ResolutionMapper MAPPER = new ResolutionMapper(new IriScheme(Gazetteer.DEFAULT_BASE), "fuzz");
    private static final String[] NAMES = {"fuzz.txt", "fuzz.md", "fuzz.xml"};

    @FuzzTest(maxDuration = "60s")
    void readersAndExtractorsRefuseOrSucceed(FuzzedDataProvider data) {
        String name = NAMES[data.consumeInt(0, NAMES.length - 1)];
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            Document doc = READERS.read(new SourceFile(name, bytes));
            MAPPER.map(Extractors.standard().extract(doc));
        } catch (ReadException | ExtractException e) {
            // a clear refusal, naming the file
            if (!e.getMessage().startsWith(name)) {
                throw new AssertionError("the message does not name the file: " + e.getMessage());
            }
        }
    }
}
