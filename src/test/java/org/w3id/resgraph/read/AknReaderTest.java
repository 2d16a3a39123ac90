package org.w3id.resgraph.read;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.resgraph.testing.Fixtures;
import org.w3id.resgraph.text.UnLanguage;

/** The AKN4UN reader on the Security Council samples, on small made-up files, and on hostile XML. */
class AknReaderTest {
    private static final String EN_2505 = "sc-akn/2020/English/S_RES_2505 (2020)-2000446E.xml";
    private static final String ZH_2505 = "sc-akn/2020/Chinese/S_RES_2505 (2020)-2000446C.xml";
    private static final String PRST = "sc-akn/2020/English/S_PRST_2020_11.xml";
    private static final String EN_2558 = "sc-akn/2020/English/S_RES_2558 (2020)-2017560E.xml";
    private static final String WORK_2505 = "/akn/un/statement/deliberation/unsc/2020-01-13/2505-2020/";
    private static final String DOCTYPE_PROBLEM =
            "has a DOCTYPE; AKN4UN files have none and resgraph does not read DTDs (XML external entity risk)";
    /** Samples whose cover page has an empty {@code <docNumber>}: they have no symbol to give. */
    private static final Set<String> EMPTY_DOC_NUMBER = Set.of("S_RES_2511 (2020)-2002954C.xml",
            "SC_2563_2021-C.xml", "SC_2565_2021-C.xml", "S_RES_2586 (2021)-2109780C.xml");

    // ---------------------------------------------------------------- helpers

    private static Document read(Path file) throws ReadException {
        return DocumentReaders.standard().read(SourceFile.of(file));
    }

    private static Document read(String name, String xml) throws ReadException {
        return DocumentReaders.standard().read(new SourceFile(name, xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String raw(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reading fails; the message starts with the file name and holds {@code expected}. */
    private static ReadException assertReadFails(String name, String xml, String expected) {
        ReadException e = assertThrows(ReadException.class, () -> read(name, xml));
        assertAll(
                () -> assertEquals(name, e.source()),
                () -> assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage()),
                () -> assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage()));
        return e;
    }

    private static final Pattern ANCHOR = Pattern.compile("(?s)<a\\s[^>]*?href=\"([^\"]*)\"[^>]*>(.*?)</a>");

    /** Each {@code <a>} of the XML as "href → anchor text", the text as the rendering shows it. */
    private static List<String> xmlAnchors(String xml) {
        List<String> anchors = new ArrayList<>();
        Matcher m = ANCHOR.matcher(xml);
        while (m.find()) {
            String text = m.group(2).replaceAll("<[^>]+>", "").replaceAll("[ \t\r\n]+", " ").strip();
            anchors.add(unescape(m.group(1)) + " → " + unescape(text));
        }
        return anchors;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static List<String> renderedAnchors(Document doc) {
        return doc.links().stream().map(l -> l.href() + " → " + doc.text().substring(l.start(), l.end())).toList();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String docNumber(String xml) {
        Matcher m = Pattern.compile("(?s)<docNumber[^>]*>(.*?)</docNumber>").matcher(xml);
        return m.find() ? m.group(1).replaceAll("\\s+", " ").strip() : "";
    }

    // ---------------------------------------------------------------- the 2505 samples

    @Test
    void english2505() throws ReadException {
        Path file = Fixtures.corpus(EN_2505);
        Document doc = read(file);

        assertEquals("akn", doc.format());
        assertEquals("en", doc.language());
        assertEquals(Map.of(
                Document.SYMBOL, "S/RES/2505 (2020)",
                Document.ADOPTED, "2020-01-13",
                Document.MEETING, "8701",
                Document.ORGAN, "sc",
                Document.WORK_ALIAS, WORK_2505,
                Document.VERSION_ALIAS, WORK_2505 + "eng@/",
                Document.DOCUMENT_TYPE, "resolution"), header(doc), "no title: the resolution has none");
        assertEquals("industrialization", doc.metadata().get(Document.SUBJECT_LABEL + "http://metadata.un.org/thesaurus/1003177"),
                "a keyword's showAs is the label of its subject");
        assertTrue(doc.subjects().contains("http://metadata.un.org/thesaurus/1003177"), doc.subjects().toString());
        assertEquals("http://metadata.un.org/sdg/9", doc.subjects().get(0), "document order");
        assertEquals(doc.subjects().size(), Set.copyOf(doc.subjects()).size(), "no duplicates");
        assertEquals(36, doc.subjects().size());
        assertEquals(List.of(), doc.descriptors());

        assertTrue(doc.text().startsWith("United Nations\n\nS/RES/2505 (2020)\n\nSecurity Council\n\nDistr.: General\n\n"
                + "13 January 2020\n\nResolution 2505 (2020)\n\n"
                + "Adopted by the Security Council at its 8701st meeting, on 13\u00A0January 2020\n\n"
                + "The Security Council,\n\nRecalling its resolutions 2014 (2011), 2051 (2012),"), doc.text());
        assertTrue(doc.body().startsWith("The Security Council,\n\nRecalling"), doc.body());
        assertTrue(doc.text().contains("\n\n1. Decides to extend until 15 July 2020"));
        assertTrue(doc.text().contains("the following mandate:\n(a) to lead, and support the functioning of,"));
        assertTrue(doc.text().contains("Hodeidah Agreement;\n\n3. Reiterates"));
        assertTrue(doc.text().endsWith("\n\n9. Decides to remain actively seized of the matter."));
        assertFalse(doc.text().contains("<"), "markup is not text");
        assertTrue(doc.text().contains("13\u00A0January 2020\n\nThe Security Council,"), "no-break spaces are text, kept");
        assertFalse(doc.text().contains("DGACM") || doc.text().contains("BELGIUM"), "metadata is not text");

        String xml = raw(file);
        assertEquals(count(xml, "<a "), doc.links().size());
        assertEquals(xmlAnchors(xml), renderedAnchors(doc));
        Link first = doc.links().get(0);
        assertEquals("2014 (2011)", doc.text().substring(first.start(), first.end()));
        assertEquals("https://undocs.org/en/S/RES/2014 (2011)", first.href());
    }

    @Test
    void chinese2505() throws ReadException {
        Path file = Fixtures.corpus(ZH_2505);
        Document doc = read(file);

        assertEquals("akn", doc.format());
        assertEquals("zh", doc.language());
        assertEquals(Map.of(
                Document.SYMBOL, "S/RES/2505 (2020)",
                Document.ADOPTED, "2020-01-13",
                Document.MEETING, "8701",
                Document.ORGAN, "sc",
                Document.WORK_ALIAS, WORK_2505,
                Document.VERSION_ALIAS, WORK_2505 + "zho@/",
                Document.DOCUMENT_TYPE, "resolution"), header(doc));
        assertTrue(doc.subjects().contains("http://metadata.un.org/thesaurus/1003177"), doc.subjects().toString());

        assertTrue(doc.text().contains("\n\n第2505(2020)号决议\n\n2020年1月13日 8701次会议通过\n\n安全理事会，\n\n回顾其关于也门的第"),
                doc.text());
        assertTrue(doc.body().startsWith("安全理事会，\n\n回顾"), doc.body());
        assertTrue(doc.text().contains("\n\n1. 决定把联合国支助荷台达协议特派团"));
        assertTrue(doc.text().contains("应承担以下任务：\n(a) 领导和支持重新部署协调委员会的运作"));

        String xml = raw(file);
        assertEquals(count(xml, "<a "), doc.links().size());
        assertEquals(xmlAnchors(xml), renderedAnchors(doc));
        Link first = doc.links().get(0);
        assertEquals("2014(2011)", doc.text().substring(first.start(), first.end()));
        assertEquals("https://undocs.org/ch/S/RES/2014(2011)", first.href());
    }

    @Test
    void presidentialStatementReadsWithItsSymbolAndTitle() throws ReadException {
        Document doc = read(Fixtures.corpus(PRST));

        assertEquals("akn", doc.format());
        assertEquals("S/PRST/2020/11", doc.metadata().get(Document.SYMBOL));
        assertEquals("Statement by the President of the Security Council", doc.metadata().get(Document.TITLE));
        assertEquals("2020-12-04", doc.metadata().get(Document.ADOPTED));
        assertNull(doc.metadata().get(Document.MEETING), "the cover page names no meeting");
        assertTrue(doc.body().startsWith("On 4\u00A0December 2020, in connection with"), "no formula: the body is the main body");
        assertTrue(doc.text().contains("\n\nStatement by the President of the Security Council\n\nOn 4\u00A0December 2020"));
        assertEquals(1, doc.links().size());
    }

    @Test
    void authorialNotesBecomeFootnoteBlocksAtTheEnd() throws ReadException {
        Document doc = read(Fixtures.corpus(EN_2558));

        assertTrue(doc.text().contains("on peacebuilding and sustaining peace,[^1] and the valuable inputs"), doc.text());
        assertTrue(doc.text().endsWith("\n\n6. Decides to remain seized of the matter.\n\n[^1]: A/74/976-S/2020/773."),
                doc.text().substring(doc.text().length() - 200));
        Link note = doc.links().stream().filter(l -> l.href().equals("https://undocs.org/en/A/74/976")).findFirst().orElseThrow();
        assertEquals("A/74/976-S/2020/773", doc.text().substring(note.start(), note.end()));
        assertEquals(doc.text().lastIndexOf("A/74/976"), note.start());
    }

    // ---------------------------------------------------------------- every sample

    static Stream<String> samples() throws IOException {
        Path root = Fixtures.corpus("sc-akn");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".xml")).map(p -> root.relativize(p).toString()).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySampleReads(String sample) throws ReadException {
        Path file = Fixtures.corpus("sc-akn").resolve(sample);
        String xml = raw(file);
        Document doc = read(file);

        assertEquals("akn", doc.format());
        assertTrue(UnLanguage.isUn(doc.language()), doc.language());
        if (EMPTY_DOC_NUMBER.contains(file.getFileName().toString())) {
            assertEquals("", docNumber(xml));
            assertNull(doc.metadata().get(Document.SYMBOL), "an empty docNumber gives no symbol");
        } else {
            assertFalse(doc.metadata().getOrDefault(Document.SYMBOL, "").isEmpty(), doc.metadata().toString());
            assertEquals(docNumber(xml), doc.metadata().get(Document.SYMBOL));
        }
        if (xml.contains("date=\"0001-01-01\" name=\"adoption\"")) {
            assertNull(doc.metadata().get(Document.ADOPTED), "a placeholder date is no adoption date");
        } else {
            assertTrue(doc.metadata().get(Document.ADOPTED).matches("\\d{4}-\\d{2}-\\d{2}"), doc.metadata().toString());
        }
        List<String> blocks = List.of(doc.text().split("\n\n"));
        assertTrue(blocks.size() >= 1);
        assertTrue(blocks.stream().allMatch(b -> !b.isBlank() && b.equals(b.strip())), "blocks have no outer space");
        assertFalse(doc.text().contains("\n\n\n") || doc.text().contains("  ") || doc.text().contains("\t"));
        assertTrue(doc.bodyStart() > 0 && doc.bodyStart() < doc.text().length());
        if (xml.contains("<formula") && !doc.language().equals("ar")) {   // Arabic files of 2020 put the formula's words elsewhere
            assertTrue(Stream.of("The Security Council,", "安全理事会，", "Le Conseil de sécurité,", "El Consejo de Seguridad,",
                    "Совет Безопасности,", "إن مجلس الأمن،").anyMatch(doc.body()::startsWith), doc.body().substring(0, 30));
        }
        assertEquals(count(xml, "<a "), doc.links().size());
        assertEquals(xmlAnchors(xml).stream().sorted().toList(), renderedAnchors(doc).stream().sorted().toList());
    }

    // ---------------------------------------------------------------- rendering, on a made-up file

    private static final String SMALL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment before the root -->
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
              <statement name="resolution">
                <meta>
                  <identification source="#x">
                    <FRBRWork>
                      <FRBRuri value="/akn/un/statement/deliberation/unga/2025-12-01/80-11/"/>
                      <FRBRauthor href="#ga" as="author"/>
                    </FRBRWork>
                    <FRBRExpression>
                      <FRBRuri value="/akn/un/statement/deliberation/unga/2025-12-01/80-11/eng@/"/>
                    </FRBRExpression>
                  </identification>
                  <classification source="x">
                    <keyword value="a" href="http://metadata.un.org/thesaurus/1"/>
                    <keyword value="b" href="http://metadata.un.org/thesaurus/1"/>
                    <keyword value="c"/>
                    <keyword value="d" href="http://eurovoc.europa.eu/2"/>
                  </classification>
                  <references><TLCConcept eId="x" href="/never/rendered" showAs="Never rendered"/></references>
                </meta>
                <coverPage>
                  <p><docNumber>  A/RES/80/11
                     </docNumber></p>
                  <p><img src="logo.jpg"/><docAuthority>General Assembly</docAuthority></p>
                  <p><docTitle refersTo="#resolutionTitle">Peacebuilding   review</docTitle></p>
                  <p><docTitle refersTo="#adoption">Adopted at the <inline name="adoptionMeeting">45th plenary meeting</inline>,
                     on <docDate date="2025-12-01" refersTo="#adoptionDate">1 December 2025</docDate></docTitle></p>
                </coverPage>
                <preamble>
                  <formula><p xml:space="preserve">
                      <span>The General Assembly</span>,</p></formula>
                  <container><p xml:space="preserve">	<span>Recalling</span> its resolution <a href="https://undocs.org/A/RES/70/262">
                    70/262</a>,<authorialNote marker="1"><p>See <a href="https://undocs.org/A/70/1">A/70/1</a>.</p></authorialNote> and <![CDATA[R&D]]>,</p></container>
                </preamble>
                <mainBody>
                  <paragraph><num>1.</num><content><p>	<span>Decides</span>   that:</p></content></paragraph>
                  <paragraph>
                    <num>2.</num>
                    <list>
                      <intro><p>	Requests:</p></intro>
                      <point><num>(a)</num><content><p>	first,</p></content></point>
                      <sublist><point><num>(i)</num><content><p>nested;</p></content></point></sublist>
                      <wrapUp><p>	and wraps up;</p></wrapUp>
                    </list>
                    <alinea><content><p>an alinea after the list.</p></content></alinea>
                  </paragraph>
                </mainBody>
              </statement>
            </akomaNtoso>
            """;

    @Test
    void madeUpFileIsRenderedBlockByBlock() throws ReadException {
        Document doc = read("small.xml", SMALL);

        assertEquals("""
                A/RES/80/11

                General Assembly

                Peacebuilding review

                Adopted at the 45th plenary meeting, on 1 December 2025

                The General Assembly,

                Recalling its resolution 70/262,[^1] and R&D,

                1. Decides that:

                2. Requests:
                (a) first,
                (i) nested;
                and wraps up;
                an alinea after the list.

                [^1]: See A/70/1.""", doc.text());
        assertEquals(doc.text().indexOf("The General Assembly,"), doc.bodyStart());
        assertEquals(List.of("https://undocs.org/A/RES/70/262 → 70/262", "https://undocs.org/A/70/1 → A/70/1"),
                renderedAnchors(doc));
        assertEquals(List.of("http://metadata.un.org/thesaurus/1", "http://eurovoc.europa.eu/2"), doc.subjects());
    }

    @Test
    void madeUpFileMetadataFallsBackToTheCoverPage() throws ReadException {
        Document doc = read("small.xml", SMALL);

        assertEquals(Map.of(
                Document.SYMBOL, "A/RES/80/11",
                Document.TITLE, "Peacebuilding review",
                Document.ADOPTED, "2025-12-01",
                Document.MEETING, "45",
                Document.ORGAN, "ga",
                Document.WORK_ALIAS, "/akn/un/statement/deliberation/unga/2025-12-01/80-11/",
                Document.VERSION_ALIAS, "/akn/un/statement/deliberation/unga/2025-12-01/80-11/eng@/",
                Document.DOCUMENT_TYPE, "resolution"), doc.metadata(),
                "adoption from the docDate, meeting from the inline's text, organ without '#'");
        assertEquals("en", doc.language(), "no FRBRlanguage: detected");
    }

    @Test
    void spacesThatAreOnlyIndentationBetweenChineseCharactersAreDropped() throws ReadException {
        String xml = """
                <akomaNtoso><statement>
                  <coverPage><p><docTitle refersTo="#adoption">
                      <docDate date="2020-01-13" refersTo="#adoptionDate">2020年1月13日</docDate>
                      <inline name="adoptionMeeting" title="8701">8701次会议通过</inline>
                  </docTitle></p></coverPage>
                  <preamble><formula><p><span>安全理事会</span>
                      <span>，</span></p></formula>
                    <container><p>	<span>重申</span>	必须建立机制， Latin and 中文</p></container>
                  </preamble>
                </statement></akomaNtoso>
                """;
        Document doc = read("zh.xml", xml);

        assertEquals("2020年1月13日 8701次会议通过\n\n安全理事会，\n\n重申必须建立机制， Latin and 中文", doc.text(),
                "next to Latin letters or digits a space is kept");
        assertEquals("zh", doc.language());
        assertEquals("8701", doc.metadata().get(Document.MEETING));
    }

    // ---------------------------------------------------------------- recognising the format

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            root element first                  ¦ <akomaNtoso xmlns="x"><statement/></akomaNtoso>             ¦ true
            after a declaration and a comment   ¦ <?xml version="1.0"?>\\n<!-- c -->\\n  <akomaNtoso>         ¦ true
            after a byte order mark             ¦ \uFEFF<akomaNtoso>                                          ¦ true
            prefixed root element               ¦ <akn:akomaNtoso xmlns:akn="x">                              ¦ true
            a DOCTYPE for it, to be refused     ¦ <!DOCTYPE akomaNtoso [<!ENTITY e "x">]><akomaNtoso>          ¦ true
            another XML root                    ¦ <?xml version="1.0"?><html><body/></html>                   ¦ false
            a longer element name               ¦ <akomaNtosoX>                                               ¦ false
            an unclosed comment                 ¦ <!-- <akomaNtoso>                                           ¦ false
            plain text naming it                ¦ The akomaNtoso element                                      ¦ false
            seed format                         ¦ %%%A|B|\\n\\n大会，                                            ¦ false
            """)
    void acceptsOnlyAnAkomaNtosoRoot(String intent, String text, boolean accepted) {
        assertEquals(accepted, new AknReader().accepts("x.xml", text.replace("\\n", "\n")));
    }

    @Test
    void standardReadersPickAknForTheSamplesButNotForOtherText() throws ReadException {
        assertEquals("akn", read(Fixtures.corpus(EN_2505)).format());
        assertEquals("akn", read(Fixtures.corpus(ZH_2505)).format());
        assertEquals("akn", DocumentReaders.standard().read(new SourceFile("bom.xml",
                ("\uFEFF<?xml version=\"1.0\"?>\n" + SMALL.substring(SMALL.indexOf("<!--"))).getBytes(StandardCharsets.UTF_8)))
                .format());
        assertEquals("text", read("r.txt", "The General Assembly,").format());
    }

    // ---------------------------------------------------------------- hostile and broken XML

    @Test
    void externalEntitiesAreRefusedWithoutTouchingNetworkOrFiles(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "CANARY-7f3a");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            String base = "http://127.0.0.1:" + server.getLocalPort();
            String xml = "<?xml version=\"1.0\"?>\n"
                    + "<!DOCTYPE akomaNtoso SYSTEM \"" + base + "/akn.dtd\" [\n"
                    + "  <!ENTITY net SYSTEM \"" + base + "/entity\">\n"
                    + "  <!ENTITY file SYSTEM \"" + secret.toUri() + "\">\n"
                    + "]>\n"
                    + "<akomaNtoso><statement><mainBody><p>&net; &file;</p></mainBody></statement></akomaNtoso>\n";

            ReadException e = assertReadFails("xxe.xml", xml, DOCTYPE_PROBLEM);

            assertFalse(e.getMessage().contains("CANARY"), e.getMessage());
            assertThrows(SocketTimeoutException.class, server::accept, "nothing connected to the server");
        }
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE akomaNtoso [\n  <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("  <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        String xml = dtd + "]>\n<akomaNtoso><statement><mainBody><p>&lol9;</p></mainBody></statement></akomaNtoso>";

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertReadFails("lol.xml", xml, DOCTYPE_PROBLEM));
    }

    @Test
    void doctypeAnywhereIsNamedAsSuch() {
        assertReadFails("mid.xml", "<akomaNtoso><statement>\n<!DOCTYPE x>\n</statement></akomaNtoso>", DOCTYPE_PROBLEM);
        assertReadFails("end.xml", "<akomaNtoso><statement/></akomaNtoso>\n<!DOCTYPE x>", DOCTYPE_PROBLEM);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            unclosed tag         ¦ <akomaNtoso>\\n  <statement>\\n    <p>open\\n  </statement>\\n</akomaNtoso> ¦ is not well-formed XML at line 4, column 5: The element type "p" must be terminated by the matching end-tag "</p>".
            file cut short       ¦ <akomaNtoso>\\n  <statement>                                            ¦ is not well-formed XML at line 2, column 14: the file ends before every element is closed
            undeclared entity    ¦ <akomaNtoso>&nbsp;</akomaNtoso>                                         ¦ is not well-formed XML at line 1, column 19: The entity "nbsp" was referenced, but not declared.
            repeated attribute   ¦ <akomaNtoso a="1" a="2"/>                                               ¦ is not well-formed XML at line 1, column 26: attribute not unique: akomaNtoso, a
            """)
    void malformedXmlNamesLineColumnAndProblem(String intent, String xml, String expected) {
        assertReadFails("bad.xml", xml.replace("\\n", "\n"), expected);
    }

    @Test
    void aFileWithoutTextOrBodyFails() {
        assertReadFails("meta.xml", "<akomaNtoso><statement><meta><p>x</p></meta></statement></akomaNtoso>",
                "holds no text outside its metadata");
        assertReadFails("cover.xml", "<akomaNtoso><statement><coverPage><p>S/RES/1</p></coverPage></statement></akomaNtoso>",
                "has no preamble or main body text");
    }

    @Test
    void anotherRootGivenToThisReaderFails() {
        ReadException e = assertThrows(ReadException.class, () -> new AknReader().read(
                new SourceFile("x.xml", new byte[0]), "<html><body/></html>"));
        assertEquals("x.xml: has the root element <html>, not <akomaNtoso>", e.getMessage());
    }

    /** The metadata of the heading, without the labels of subjects. */
    private static Map<String, String> header(Document doc) {
        Map<String, String> out = new TreeMap<>(doc.metadata());
        out.keySet().removeIf(k -> k.startsWith(Document.SUBJECT_LABEL));
        return out;
    }
}
