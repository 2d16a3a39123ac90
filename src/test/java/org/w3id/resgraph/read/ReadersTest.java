package org.w3id.resgraph.read;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.resgraph.pipeline.Inputs;

/** The readers: bytes to text, the three formats, language detection, and the inputs a command names. */
class ReadersTest {
    private static final String SEED_NAME = "000_de291e7566262927.txt";
    private static final byte[] SEED = resource("/fixtures/seed/" + SEED_NAME);
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String SEED_BODY_START = " 2004年 12月 22日 大会 决议 [ 根据 第二 委员会 的 报告 ( A/59/487/Add.3 ) 通过 ] 59/249. 工业 发展 合作";

    // ---------------------------------------------------------------- helpers

    private static byte[] resource(String path) {
        try (InputStream in = ReadersTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }


    private static byte[] crlf(byte[] lf) {
        return utf8(new String(lf, StandardCharsets.UTF_8).replace("\n", "\r\n"));
    }

    private static Document read(String name, byte[] content) throws ReadException {
        return DocumentReaders.standard().read(new SourceFile(name, content));
    }

    private static Document read(String name, String content) throws ReadException {
        return read(name, utf8(content));
    }

    /** Reading fails; the message starts with the file name and holds {@code expected}. */
    private static void assertReadFails(String name, byte[] content, String expected) {
        ReadException e = assertThrows(ReadException.class, () -> read(name, content));
        assertAll(
                () -> assertEquals(name, e.source()),
                () -> assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage()),
                () -> assertTrue(e.getMessage().contains(expected),
                        "expected '" + expected + "' in: " + e.getMessage()));
    }

    // ---------------------------------------------------------------- seed format

    @Test
    void seedFixtureIsReadWithItsDescriptorsAndBody() throws ReadException {
        Document doc = read(SEED_NAME, SEED);
        String text = new String(SEED, StandardCharsets.UTF_8);

        assertEquals(20, doc.descriptors().size());
        assertEquals("INDUSTRIAL DEVELOPMENT", doc.descriptors().get(0));
        assertEquals("COORDINATION WITHIN UN SYSTEM", doc.descriptors().get(15));
        assertEquals("MEDIUM ENTERPRISES", doc.descriptors().get(19));
        assertFalse(doc.descriptors().stream().anyMatch(String::isBlank), doc.descriptors().toString());

        assertEquals(text, doc.text());
        assertEquals(text.indexOf("\n\n") + 2, doc.bodyStart(), "body starts on the first non-blank line");
        // The body starts at the line, so the segmenter's leading space is part of it.
        assertTrue(doc.text().substring(doc.bodyStart()).startsWith(SEED_BODY_START), doc.body().substring(0, 40));
        assertEquals(doc.text().substring(doc.bodyStart()), doc.body());

        assertEquals("zh", doc.language());
        assertEquals("seed", doc.format());
        assertEquals(Map.of(), doc.metadata());
        assertEquals(SEED_NAME, doc.source());
        assertEquals(SEED_NAME, doc.fileName());
        assertEquals("ccf91fd7f19872018f35924c0c53c216d7514c4af9f5b2dd9b5237ccaba1f360", doc.sha256());
    }

    static Stream<Arguments> seedEncodings() {
        return Stream.of(
                Arguments.of("as stored (UTF-8, LF)", SEED),
                Arguments.of("UTF-8 byte order mark", concat(BOM, SEED)),
                Arguments.of("CRLF line ends", crlf(SEED)),
                Arguments.of("BOM and CRLF", concat(BOM, crlf(SEED))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedEncodings")
    void seedReadsTheSameWhateverBomAndLineEnds(String intent, byte[] content) throws ReadException {
        Document plain = read(SEED_NAME, SEED);
        Document doc = read(SEED_NAME, content);

        assertEquals(plain.descriptors(), doc.descriptors());
        assertEquals(plain.body(), doc.body().replace("\r", ""));
        assertTrue(doc.body().startsWith(SEED_BODY_START));
        assertEquals("zh", doc.language());
        assertEquals("seed", doc.format());
        assertTrue(doc.text().startsWith("%%%INDUSTRIAL DEVELOPMENT|"), "the BOM is not part of text()");
        assertFalse(doc.text().contains("\uFEFF"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            one descriptor, trailing bar          ¦ %%%PEACEBUILDING|\\n\\n大会，               ¦ PEACEBUILDING               ¦ 大会，
            no trailing bar                       ¦ %%%A|B\\n\\n大会，                         ¦ A;B                         ¦ 大会，
            spaces around labels are stripped     ¦ %%% A | B C |\\n\\n大会，                  ¦ A;B C                       ¦ 大会，
            empty labels between bars are dropped ¦ %%%A||B|\\n\\n大会，                     ¦ A;B                         ¦ 大会，
            no descriptors at all                 ¦ %%%|\\n\\n大会，                         ¦ ``                          ¦ 大会，
            no blank line before the body         ¦ %%%A|\\n大会，                           ¦ A                           ¦ 大会，
            several blank lines, some with spaces ¦ %%%A|\\n\\n  \\n\\t\\n大会，\\n决议        ¦ A                           ¦ 大会，\\n决议
            """)
    void seedDescriptorLineVariants(String intent, String input, String descriptors, String body) throws ReadException {
        Document doc = read("seed.txt", unescape(input));
        List<String> expected = descriptors.isEmpty() ? List.of() : Arrays.asList(descriptors.split(";"));
        assertEquals(expected, doc.descriptors());
        assertEquals(unescape(body), doc.body());
        assertEquals("seed", doc.format());
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            descriptor line only, no line end     ¦ %%%A|B|
            descriptor line then blank lines      ¦ %%%A|B|\\n\\n
            the same with CRLF                    ¦ %%%A|B|\\r\\n\\r\\n
            """)
    void seedWithoutBodyFails(String intent, String input) {
        assertReadFails("seed.txt", utf8(unescape(input)), "has a descriptor line but no text after it");
    }

    @Test
    void seedWithOnlyWhitespaceAfterTheDescriptorsFails() {
        assertReadFails("seed.txt", utf8("%%%A|B|\n\n  \t"), "has a descriptor line but no text after it");
    }

    // ---------------------------------------------------------------- Markdown with front matter

    private static final String FRONT_MATTER = """
            ---
            symbol: A/RES/80/11
            record_id: "4095050"
            title: "2025 review of the United Nations peacebuilding architecture :"
            date: "2025-12-01"
            # a comment line

            language: EN
            source_pdf: https://digitallibrary.un.org/record/4095050/files/A_RES_80_11-EN.pdf
            extract_version: '1.3.0'
            ---

            United Nations

            General Assembly Distr.: General 1 December 2025

            The General Assembly,

            Guided by the purposes and principles of the Charter of the United Nations, and renewing its commitment to international cooperation,
            """;

    private static final Map<String, String> FRONT_MATTER_FIELDS = Map.of(
            "symbol", "A/RES/80/11",
            "record_id", "4095050",
            "title", "2025 review of the United Nations peacebuilding architecture :",
            "date", "2025-12-01",
            "language", "EN",
            "source_pdf", "https://digitallibrary.un.org/record/4095050/files/A_RES_80_11-EN.pdf",
            "extract_version", "1.3.0");

    static Stream<Arguments> markdownLineEnds() {
        return Stream.of(
                Arguments.of("LF", utf8(FRONT_MATTER), "\n"),
                Arguments.of("CRLF", crlf(utf8(FRONT_MATTER)), "\r\n"),
                Arguments.of("BOM and CRLF", concat(BOM, crlf(utf8(FRONT_MATTER))), "\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markdownLineEnds")
    void markdownFrontMatterIsRead(String intent, byte[] content, String eol) throws ReadException {
        Document doc = read("A_RES_80_11.md", content);

        assertEquals("markdown", doc.format());
        assertEquals(FRONT_MATTER_FIELDS, doc.metadata());
        assertEquals(doc.text().indexOf(eol + "---" + eol + eol) + 3 + 3 * eol.length(), doc.bodyStart(),
                "body after the closing --- and the blank line");
        assertTrue(doc.body().startsWith("United Nations" + eol + eol + "General Assembly"), doc.body());
        assertEquals("en", doc.language());
        assertEquals(List.of(), doc.descriptors());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            unquoted value with slashes      ¦ symbol: A/RES/80/11                      ¦ symbol    ¦ A/RES/80/11
            double-quoted value              ¦ record_id: "4095050"                     ¦ record_id ¦ 4095050
            single-quoted value              ¦ record_id: '4095050'                     ¦ record_id ¦ 4095050
            colon inside a quoted value      ¦ title: "Peacebuilding : review"          ¦ title     ¦ Peacebuilding : review
            URL value keeps its colon        ¦ source: https://un.org/a                 ¦ source    ¦ https://un.org/a
            escaped quote inside quotes      ¦ title: "The \\"new\\" agenda"            ¦ title     ¦ The "new" agenda
            spaces around value stripped     ¦ date:    2025-12-01                      ¦ date      ¦ 2025-12-01
            space before the colon           ¦ date : 2025-12-01                        ¦ date      ¦ 2025-12-01
            empty value                      ¦ note:                                    ¦ note      ¦ ``
            a lone quote is not unquoted     ¦ note: "                                  ¦ note      ¦ "
            key with dash and digits         ¦ extract-version2: x                      ¦ extract-version2 ¦ x
            """)
    void markdownFieldValues(String intent, String line, String key, String value) throws ReadException {
        Document doc = read("r.md", "---\n" + line + "\n---\nThe General Assembly,\n");
        assertEquals(Map.of(key, value), doc.metadata());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            never closed, ends with a line end      ¦ ---\\nsymbol: A/RES/80/11\\ntitle: x\\n       ¦ front matter opened with '---' on line 1 is never closed
            never closed, no final line end         ¦ ---\\nsymbol: A/RES/80/11                     ¦ front matter opened with '---' on line 1 is never closed
            only the opening line                   ¦ ---\\n                                       ¦ front matter opened with '---' on line 1 is never closed
            never closed, CRLF                      ¦ ---\\r\\nsymbol: A/RES/80/11\\r\\n            ¦ front matter opened with '---' on line 1 is never closed
            body text where a field should be       ¦ ---\\nsymbol: A/RES/80/11\\nThe General Assembly,\\n---\\nx  ¦ front matter line 3 is not a 'key: value' line: The General Assembly,
            nested YAML is reported, not half-read  ¦ ---\\nauthors:\\n  - name: x\\n---\\nx       ¦ front matter line 3 is not a 'key: value' line:   - name: x
            indented key                            ¦ ---\\n  symbol: A/RES/80/11\\n---\\nx          ¦ front matter line 2 is not a 'key: value' line:   symbol: A/RES/80/11
            line number counts blank lines, CRLF    ¦ ---\\r\\n\\r\\nsymbol: x\\r\\n- item\\r\\n---\\r\\nx ¦ front matter line 4 is not a 'key: value' line: - item
            long bad line is abbreviated            ¦ ---\\nThe General Assembly, recalling its resolutions on peacebuilding and sustaining peace\\n---\\nx ¦ line 2 is not a 'key: value' line: The General Assembly, recalling its resolutions on peaceb...
            nothing after the front matter          ¦ ---\\nsymbol: A/RES/80/11\\n---\\n            ¦ has front matter but no text after it
            closing line is the last line           ¦ ---\\nsymbol: A/RES/80/11\\n---              ¦ has front matter but no text after it
            only blank lines after it, CRLF         ¦ ---\\r\\nsymbol: x\\r\\n---\\r\\n\\r\\n  \\r\\n\\t ¦ has front matter but no text after it
            """)
    void brokenFrontMatterFails(String intent, String input, String expected) {
        assertReadFails("corpus/en/A_RES_80_11.md", utf8(unescape(input)), expected);
    }

    // ---------------------------------------------------------------- plain text

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            English resolution text          ¦ The General Assembly,\\n\\nRecalling its resolutions on the rights of the child,  ¦ en
            leading blank lines are text too ¦ \\n\\nThe General Assembly,                                          ¦ en
            Markdown without front matter    ¦ # 80/11. Peacebuilding\\n\\nThe General Assembly,                    ¦ en
            a rule that is not front matter  ¦ ----\\nThe General Assembly,                                         ¦ en
            '---' not alone on line 1        ¦ --- draft\\nThe General Assembly,                                    ¦ en
            Chinese text                     ¦ 大会，\\n回顾其关于工业发展合作的决议，                                  ¦ zh
            """)
    void plainTextIsTheWholeFile(String intent, String input, String language) throws ReadException {
        String text = unescape(input);
        Document doc = read("r.txt", text);
        assertEquals("text", doc.format());
        assertEquals(0, doc.bodyStart());
        assertEquals(text, doc.body());
        assertEquals(language, doc.language());
        assertEquals(Map.of(), doc.metadata());
        assertEquals(List.of(), doc.descriptors());
    }

    @Test
    void plainTextOfOnlyWhitespaceFails() {
        assertReadFails("r.txt", utf8(" \n\t\r\n\u3000"), "holds no text");
    }

    // ---------------------------------------------------------------- bytes that are not UTF-8 text

    static Stream<Arguments> badBytes() {
        byte[] gb = "A/RES/1 大会决议".getBytes(Charset.forName("GB18030"));
        return Stream.of(
                Arguments.of("empty file", new byte[0], "is empty"),
                Arguments.of("only a UTF-8 byte order mark", BOM, "is empty"),
                Arguments.of("GB18030 Chinese after 8 ASCII bytes", gb,
                        "is not valid UTF-8 near byte 8 (other encodings such as GB18030 must be converted"),
                Arguments.of("GB18030 after a BOM: the byte count includes the BOM",
                        concat(BOM, gb), "is not valid UTF-8 near byte 11"),
                Arguments.of("valid UTF-8 cut in the middle of a character",
                        Arrays.copyOf(utf8("大会"), 5), "is not valid UTF-8 near byte 3"),
                Arguments.of("UTF-16LE with its BOM", "\uFEFF大会决议".getBytes(StandardCharsets.UTF_16LE),
                        "is UTF-16; convert it to UTF-8"),
                Arguments.of("UTF-16BE with its BOM", "\uFEFFThe General Assembly".getBytes(StandardCharsets.UTF_16BE),
                        "is UTF-16; convert it to UTF-8"),
                Arguments.of("UTF-16LE without a BOM shows as NULs", "The General Assembly".getBytes(StandardCharsets.UTF_16LE),
                        "holds NUL characters: a binary file, not a text"),
                Arguments.of("binary file with NUL bytes", bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0),
                        "holds NUL characters: a binary file, not a text"),
                Arguments.of("PNG header: invalid UTF-8 is found first", bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0),
                        "is not valid UTF-8 near byte 0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBytes")
    void badBytesFailNamingTheFile(String intent, byte[] content, String expected) {
        assertReadFails("in/bad.txt", content, expected);
    }

    // ---------------------------------------------------------------- language

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            Chinese                                  ¦ 大会，回顾其关于工业发展合作的决议，                                 ¦ zh
            Chinese with a Latin document symbol     ¦ 根据 第二 委员会 的 报告 ( A/59/487/Add.3 ) 通过                  ¦ zh
            English                                  ¦ The General Assembly, recalling the Charter of the United Nations and its resolutions,  ¦ en
            English without any of the common words  ¦ Resolution adopted by the General Assembly           ¦ en
            French                                   ¦ L'Assemblée générale, rappelant les résolutions des Nations Unies et la Charte,  ¦ fr
            Spanish                                  ¦ La Asamblea General, recordando las resoluciones de los Estados Miembros y la Carta,  ¦ es
            Russian                                  ¦ Генеральная Ассамблея, ссылаясь на свои резолюции о развитии,     ¦ ru
            Arabic                                   ¦ إن الجمعية العامة، إذ تشير إلى قراراتها بشأن التنمية،             ¦ ar
            digits and punctuation only              ¦ 59/249. 2004 12 22 (1991)                                          ¦ und
            empty                                    ¦ ``                                                                 ¦ und
            """)
    void languageIsDetected(String intent, String text, String language) {
        assertEquals(language, LanguageDetector.detect(text));
    }

    // ---------------------------------------------------------------- inputs a command names

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static List<String> names(List<Inputs.Input> inputs) {
        return inputs.stream().map(Inputs.Input::name).toList();
    }

    @Test
    void folderIsExpandedRecursivelyInNameOrderSkippingHiddenFiles(@TempDir Path dir) throws IOException {
        for (String f : List.of("b.txt", "a.md", "sub/c.txt", "sub/deeper/d.txt", "a0/e.txt",
                ".hidden.txt", "sub/.DS_Store", ".git/config")) {
            write(dir.resolve(f), "The General Assembly,");
        }
        List<String> problems = new ArrayList<>();

        List<Inputs.Input> inputs = Inputs.expand(List.of(dir.toString()), InputStream.nullInputStream(), problems);

        assertEquals(Stream.of("a.md", "a0/e.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt")
                .map(f -> dir.resolve(f).toString()).toList(), names(inputs));
        assertEquals(List.of(), problems);
    }

    @Test
    void aFolderGivenThroughASymbolicLinkIsWalkedAndItsFilesNamedUnderTheLink(@TempDir Path dir) throws IOException {
        write(dir.resolve("real/sub/a.txt"), "The General Assembly,");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        List<String> problems = new ArrayList<>();

        List<Inputs.Input> inputs = Inputs.expand(List.of(link.toString()), InputStream.nullInputStream(), problems);

        assertEquals(List.of(link.resolve("sub/a.txt").toString()), names(inputs));
        assertEquals(List.of(), problems);
    }

    @Test
    void filesInNestedHiddenFoldersAreSkipped(@TempDir Path dir) throws IOException {
        write(dir.resolve("a.txt"), "The General Assembly,");
        write(dir.resolve("sub/.cache/x.txt"), "The General Assembly,");

        List<Inputs.Input> inputs = Inputs.expand(List.of(dir.toString()), InputStream.nullInputStream(), new ArrayList<>());

        assertEquals(List.of(dir.resolve("a.txt").toString()), names(inputs));
    }

    @Test
    void missingPathIsAProblemAndTheOthersAreStillReturned(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("one.txt"), "The General Assembly,");
        Path hidden = write(dir.resolve(".named.txt"), "The General Assembly,");
        Path folder = dir.resolve("folder");
        write(folder.resolve("two.txt"), "The General Assembly,");
        String missing = dir.resolve("nowhere.txt").toString();
        List<String> problems = new ArrayList<>();

        List<Inputs.Input> inputs = Inputs.expand(
                List.of(file.toString(), missing, folder.toString(), hidden.toString()), InputStream.nullInputStream(), problems);

        assertEquals(List.of(missing + ": no such file or folder"), problems);
        assertEquals(List.of(file.toString(), folder.resolve("two.txt").toString(), hidden.toString()), names(inputs),
                "in the order named; a hidden file named explicitly is read");
    }

    @Test
    void fileInputOpensToADocumentNamedByItsPath(@TempDir Path dir) throws IOException, ReadException {
        Path file = write(dir.resolve("en/A_RES_80_11.md"), FRONT_MATTER);

        Inputs.Input input = Inputs.expand(List.of(file.toString()), InputStream.nullInputStream(), new ArrayList<>()).get(0);
        Document doc = DocumentReaders.standard().read(input.open());

        assertEquals(file.toString(), doc.source());
        assertEquals("A_RES_80_11.md", doc.fileName());
        assertEquals("A/RES/80/11", doc.metadata().get("symbol"));
    }

    @Test
    void fileThatVanishedBeforeOpeningFailsNamingIt(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("gone.txt"), "The General Assembly,");
        Inputs.Input input = Inputs.expand(List.of(file.toString()), InputStream.nullInputStream(), new ArrayList<>()).get(0);
        Files.delete(file);

        ReadException e = assertThrows(ReadException.class, input::open);

        assertTrue(e.getMessage().startsWith(file + ": cannot be read: "), e.getMessage());
    }

    @Test
    void dashIsStandardInput() throws ReadException {
        List<String> problems = new ArrayList<>();
        byte[] content = SEED;

        List<Inputs.Input> inputs = Inputs.expand(List.of("-"), new ByteArrayInputStream(content), problems);

        assertEquals(List.of("<stdin>"), names(inputs));
        SourceFile source = inputs.get(0).open();
        assertEquals("<stdin>", source.name());
        assertArrayEquals(SEED, source.bytes());
        Document doc = DocumentReaders.standard().read(source);
        assertEquals("<stdin>", doc.source());
        assertEquals("<stdin>", doc.fileName());
        assertEquals(20, doc.descriptors().size());
        assertEquals(List.of(), problems);
    }
}
