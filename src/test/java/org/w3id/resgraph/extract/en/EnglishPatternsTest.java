package org.w3id.resgraph.extract.en;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.resgraph.extract.Citation;
import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.extract.Header;
import org.w3id.resgraph.extract.ResolutionFacts;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.read.Document;
import org.w3id.resgraph.read.DocumentReaders;
import org.w3id.resgraph.read.SourceFile;

/**
 * Table-driven tests of the English patterns: references and their organs, clause verbs, whether a
 * reference is the verb's object, dates and ordinals, and the layout of texts converted from PDF.
 * Each row says what it is for.
 */
class EnglishPatternsTest {
    private static final EnglishReferences GA = new EnglishReferences(Gazetteer.standard(), "A/RES/");
    private static final EnglishReferences SC = new EnglishReferences(Gazetteer.standard(), "S/RES/");

    // ---------------------------------------------------------------- 1. references and their organs

    static Stream<Arguments> references() {
        return Stream.of(
                arguments("a list with dates, one citation per item", GA,
                        "its resolutions 53/72 of 4 December 1998, 54/43 of 1 December 1999 and 77/33 of 7 December 2022",
                        List.of("A/RES/53/72", "A/RES/54/43", "A/RES/77/33")),
                arguments("a lettered part is part of the symbol", GA, "resolution 35/142 B", List.of("A/RES/35/142B")),
                arguments("two parts of one resolution", GA, "resolutions 36/87 A and B of 9 December 1981, 37/75",
                        List.of("A/RES/36/87A", "A/RES/36/87B", "A/RES/37/75")),
                arguments("a Roman session number is the Assembly's", GA, "resolution 2625 (XXV)", List.of("A/RES/2625(XXV)")),
                arguments("a decision of the Assembly", GA, "decision 79/512", List.of("A/DEC/79/512")),
                arguments("resolutions then decisions in one list", GA, "its resolutions 78/238 and 79/21, and its decisions 73/512 and 75/514",
                        List.of("A/RES/78/238", "A/RES/79/21", "A/DEC/73/512", "A/DEC/75/514")),
                arguments("a Security Council resolution named so", GA, "Security Council resolution 1540 (2004)",
                        List.of("S/RES/1540(2004)")),
                arguments("number (year) is the Council's even unnamed", GA, "resolution 1325 (2000)", List.of("S/RES/1325(2000)")),
                arguments("a session/number is never the Council's", SC, "General Assembly and Security Council resolutions 70/262 and 2282 (2016)",
                        List.of("A/RES/70/262", "S/RES/2282(2016)")),
                arguments("'its' in a Council text is the Council", SC, "its resolutions 2014 (2011), 2051 (2012)",
                        List.of("S/RES/2014(2011)", "S/RES/2051(2012)")),
                arguments("'its' after another organ is that organ", SC, "mandated by the Human Rights Council in its resolution 45/34",
                        List.of("A/HRC/RES/45/34")),
                arguments("'its' after the organ and a comma", GA, "the Human Rights Council, in its resolution 48/13",
                        List.of("A/HRC/RES/48/13")),
                arguments("a lettered resolution of an early session", GA, "resolution 217 A (III)", List.of("A/RES/217A(III)")),
                arguments("a Human Rights Council resolution", GA, "Human Rights Council resolution 52/1", List.of("A/HRC/RES/52/1")),
                arguments("an Economic and Social Council resolution", GA, "Economic and Social Council resolution 2023/31",
                        List.of("E/RES/2023/31")),
                arguments("year/number is the Economic and Social Council's", GA, "Council resolution 2011/37", List.of("E/RES/2011/37")),
                arguments("a special session of the Human Rights Council", GA, "Human Rights Council resolution S-35/1",
                        List.of("A/HRC/RES/S-35/1")),
                arguments("bare Council numbers after 'resolutions' was said", SC,
                        "its previous resolutions concerning Sudan, in particular 1591 (2005), 1651 (2005)",
                        List.of("S/RES/1591(2005)", "S/RES/1651(2005)")),
                arguments("a lone number with a year and no 'resolution' is no citation", SC, "the 2030 (2015) figures", List.of()),
                arguments("a decision inside a non-UN document is not the Assembly's", GA, "document CBD/COP/15/17, decision 15/4, annex",
                        List.of("CBD/COP/15/17")),
                arguments("report symbols are documents", GA, "the report of the Secretary-General (A/80/534) and S/2019/883",
                        List.of("A/80/534", "S/2019/883")),
                arguments("a joint symbol is two documents", GA, "A/79/552-S/2024/767", List.of("A/79/552", "S/2024/767")),
                arguments("a resolution by its full symbol", SC, "as well as A/RES/60/180", List.of("A/RES/60/180")),
                arguments("a Council symbol with its year apart", GA, "S/RES/2505 (2020)", List.of("S/RES/2505(2020)")),
                arguments("a body the rules do not know is nobody's organ", GA,
                        "Commission on the Status of Women resolution 60/2, Statistical Commission decision 54/101 and "
                                + "United Nations Environment Assembly resolution 5/14", List.of()),
                arguments("another body 'in its resolution'", GA, "the World Health Assembly in its resolution 72/8", List.of()),
                arguments("a treaty adopted 'in its resolution' is the Assembly's", GA,
                        "the Comprehensive Nuclear-Test-Ban Treaty in its resolution 50/245", List.of("A/RES/50/245")),
                arguments("a decision of the Conference of the Parties", GA, "decision 14/30 of the Conference of the Parties", List.of()),
                arguments("a sentence may open with the reference", GA, "See resolution 70/1.", List.of("A/RES/70/1")),
                arguments("organs by their abbreviations", SC, "the GA resolution 46/182 and HRC resolution 45/34",
                        List.of("A/RES/46/182", "A/HRC/RES/45/34")),
                arguments("an emergency special session", GA, "resolution ES-10/21", List.of("A/RES/ES-10/21")),
                arguments("'resolution' without a number cites nothing", GA, "its previous resolutions on the subject", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void reference(String intent, EnglishReferences refs, String text, List<String> symbols) {
        assertEquals(symbols, refs.find(text, 0, text.length(), null).stream().map(f -> symbol(f.target()))
                .filter(s -> s != null).toList());
    }

    // ---------------------------------------------------------------- 2. the verb and its object

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the list is what is recalled                         | Recalling its resolutions 78/41 and 79/36,                         | recalls recalls
            a 'that' clause only refers                          | Recalling that in its resolution 78/41 it decided to act,          | refersTo
            a participle detaches the reference                  | Recalling the Sendai Framework, adopted in resolution 69/283,      | refersTo
            'pursuant to' only refers                            | Noting the letters submitted pursuant to resolution 2451 (2018),   | refersTo
            a joined verb governs what follows it                | Mindful of the risks, and in this regard taking note of resolution 79/239, | takesNoteOf
            coordination carries the object on past a detour     | Recalling its resolution 75/73, which was adopted on the occasion of the anniversary, and its resolutions 78/41 and 79/36, | recalls recalls recalls
            a range of paragraphs does not detach                | Recalling paragraphs 2 to 5 of resolution 2720 (2023),           | recalls
            a participle after a comma is no new clause          | Recalling its resolution 2231 (2015), endorsing the plan, and its resolution 2334 (2016), | recalls recalls
            'in particular' names an item of the object          | Noting the peace efforts undertaken to end the conflict, in particular Security Council resolution 2773 (2025), | takesNoteOf
            'the most recent of which is' names one of them      | Recalling its previous resolutions on this issue, the most recent of which is resolution 79/19, | recalls
            a verb without a relation only refers                | Bearing in mind resolution 60/1,                                   | refersTo
            'with appreciation' is part of the verb              | Noting with appreciation resolution 79/1,                          | takesNoteWithAppreciationOf
            'in the context of' detaches                         | Reaffirming also, in the context of the anniversary of the adoption of Security Council resolution 1325 (2000), the role of women, | refersTo
            """)
    void relation(String intent, String paragraph, String relations, @TempDir Path dir) throws Exception {
        String text = "80/1. A title\n\nThe General Assembly,\n\n" + paragraph + "\n\n1. Decides to remain seized of the matter.\n";
        Document doc = DocumentReaders.standard().read(SourceFile.of(Files.writeString(dir.resolve("t.txt"), text)));
        ResolutionFacts facts = new EnglishExtractor().extract(doc);
        assertEquals(List.of(relations.split(" ")), facts.citations().stream()
                .filter(c -> c.paragraph() == 0 && c.target() instanceof Cited.Resolution).map(Citation::relation).toList());
    }

    // ---------------------------------------------------------------- 2b. headings

    static Stream<Arguments> headings() {
        return Stream.of(
                arguments("a Main Committee's report",
                        "Resolution adopted by the General Assembly on 1 December 2025\n\n[on the report of the First Committee "
                                + "(A/80/534, para. 7)]\n\n80/23. Regional disarmament\n\nThe General Assembly,\n\nRecalling its work,\n\n"
                                + "1. Decides to act.\n\n52nd plenary meeting 1 December 2025\n",
                        "A/RES/80/23 80 23 Regional disarmament 2025-12-01 52 org/ga-first-committee A/80/534 null"),
                arguments("a draft without reference to a Main Committee",
                        "Resolution adopted by the General Assembly on 26 November 2025\n\n[without reference to a Main Committee "
                                + "(A/80/L.15)]\n\n80/11. Peacebuilding\n\nThe General Assembly,\n\nRecalling its work,\n\n"
                                + "1. Decides to act.\n\n51st plenary meeting 26 November 2025\n",
                        "A/RES/80/11 80 11 Peacebuilding 2025-11-26 51 null null A/80/L.15"),
                arguments("a Security Council resolution",
                        "Resolution 2505 (2020)\n\nAdopted by the Security Council at its 8701st meeting, on 13 January 2020\n\n"
                                + "The Security Council,\n\nRecalling its resolutions 2014 (2011),\n\n1. Decides to act;\n",
                        "S/RES/2505(2020) null 2505 null 2020-01-13 8701 null null null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headings")
    void heading(String intent, String text, String expected, @TempDir Path dir) throws Exception {
        Document doc = DocumentReaders.standard().read(SourceFile.of(Files.writeString(dir.resolve("t.txt"), text)));
        Header h = new EnglishExtractor().extract(doc).header();
        String committee = h.committee() == null ? "null" : h.committee().replace(Gazetteer.DEFAULT_BASE + "id/", "");
        assertEquals(expected, String.join(" ", h.symbol(), String.valueOf(h.session()), h.number(), String.valueOf(h.title()),
                String.valueOf(h.adopted()), String.valueOf(h.meeting()), committee, String.valueOf(h.committeeReport()),
                String.valueOf(h.draft())));
    }

    // ---------------------------------------------------------------- 3. dates and ordinals

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a date                           | 4 | December | 1998 | 1998-12-04
            29 February of a leap year       | 29 | February | 2024 | 2024-02-29
            31 February does not exist       | 31 | February | 2025 |
            a year no UN text speaks of      | 1 | January | 0001 |
            """)
    void date(String intent, String day, String month, String year, String expected) {
        assertEquals(expected, EnglishDates.date(day, month, year).map(Object::toString).orElse(null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"first, 1", "tenth, 10", "twentieth, 20", "eightieth, 80", "eighty-first, 81", "ninety-ninth, 99", "hundredth, 0", "eighty, 0"})
    void ordinal(String words, int expected) {
        assertEquals(expected, EnglishDates.ordinal(words));
    }

    // ---------------------------------------------------------------- 4. layout of PDF text

    static Stream<Arguments> layouts() {
        return Stream.of(
                arguments("a page break inside a paragraph, with a running head between the pieces",
                        "Recalling its resolution 79/1 and the work of the\n\n80/1. A title\n\n25-12345\n\nCommission,\n\n"
                                + "Noting resolution 79/2,\n\n1. Decides to act;\n", "pp1 pp2 op1"),
                arguments("a lower-case block continues the paragraph", "Recalling the commitment\n\nto act,\n\n1. Decides to act;\n", "pp1 op1"),
                arguments("sub-items belong to their operative paragraph", "Noting the report,\n\n1. Requests:\n\n(a) a plan;\n\n(b) a report;\n\n"
                        + "2. Decides to remain seized.\n", "pp1 op1 op2"),
                arguments("a heading between operative paragraphs is not text", "Noting the report,\n\n1. Decides to act;\n\nFinancial matters\n\n"
                        + "2. Requests funds.\n", "pp1 op1 op2"),
                arguments("a lone operative paragraph may go unnumbered", "Adopts the declaration annexed to the present resolution.\n", "op1"),
                arguments("the closing line ends the resolution; the annex is apart", "Noting the report,\n\n1. Adopts the annexed text.\n\n"
                        + "52nd plenary meeting 1 December 2025\n\nAnnex\n\n1. We commit to act.\n", "pp1 op1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void layout(String intent, String body, String paragraphs, @TempDir Path dir) throws Exception {
        String text = "80/1. A title\n\nThe General Assembly,\n\n" + body;
        Document doc = DocumentReaders.standard().read(SourceFile.of(Files.writeString(dir.resolve("t.txt"), text)));
        ResolutionFacts facts = new EnglishExtractor().extract(doc);
        assertEquals(paragraphs, String.join(" ", facts.paragraphs().stream().map(p -> p.kind().path() + p.number()).toList()));
    }

    private static String symbol(Cited c) {
        return switch (c) {
            case Cited.Resolution r -> r.symbol();
            case Cited.SymbolDocument d -> d.symbol();
            default -> null;
        };
    }
}
