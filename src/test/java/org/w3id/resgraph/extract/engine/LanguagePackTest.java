package org.w3id.resgraph.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.w3id.resgraph.extract.Citation;
import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.extract.ResolutionFacts;
import org.w3id.resgraph.read.Document;
import org.w3id.resgraph.read.DocumentReaders;
import org.w3id.resgraph.read.SourceFile;
import org.w3id.resgraph.text.UnLanguage;

/** A language is a data folder: a toy pack from test resources extracts a text in its language. */
class LanguagePackTest {
    private static final String TOY = """
            S/RES/9001 (2031)

            Security Council

            Resolution 9001 (2031) adopted at MEETING 9999 on 3 MARCH 2031

            THE Security Council,

            REMEMBERING ALSO ITS RESOLUTIONS 2286 (2016) AND 2532 (2020) AND THE RESOLUTION 74/270 DATED 2 APRIL 2020 OF THE General Assembly,

            STRESSING THE support FOR RESOLUTION 1325 (2000),

            CONFIRMING THAT RESOLUTION 2250 (2015) stands,

            1. DECIDES to remain seized of PARAGRAPH 3 OF RESOLUTION 2419 (2018).
            """;

    private static ResolutionFacts extract(String text) throws Exception {
        LanguagePack pack = LanguagePack.load("xx", "fixtures/packs/xx/");
        SourceFile file = new SourceFile("toy.txt", text.getBytes(StandardCharsets.UTF_8));
        Document d = DocumentReaders.standard().read(file).withLanguage("xx");
        return new PackExtractor(pack).extract(d);
    }

    @Test
    void aToyPackFromTestResourcesExtractsItsLanguage() throws Exception {
        ResolutionFacts f = extract(TOY);
        assertEquals("S/RES/9001(2031)", f.header().symbol());
        assertEquals(LocalDate.of(2031, 3, 3), f.header().adopted());
        assertEquals(9999, f.header().meeting());
        assertEquals(4, f.paragraphs().size());
        assertEquals("REMEMBERING ALSO", f.paragraphs().get(0).clauseVerb());
        Map<String, String> relations = new java.util.LinkedHashMap<>();
        for (Citation c : f.citations()) {
            relations.put(((Cited.Resolution) c.target()).symbol(), c.relation());
        }
        assertEquals(Map.of(
                "S/RES/2286(2016)", "recalls", "S/RES/2532(2020)", "recalls", "A/RES/74/270", "recalls",
                "S/RES/1325(2000)", "refersTo", "S/RES/2250(2015)", "refersTo", "S/RES/2419(2018)", "refersTo"), relations);
        Cited.Resolution ga = (Cited.Resolution) f.citations().get(2).target();
        assertEquals(LocalDate.of(2020, 4, 2), ga.adopted(), "the date after the number, through the pack's date link");
        Citation first = f.citations().get(0);
        assertEquals("2286 (2016)", TOY.substring(first.span().start(), first.span().end()), "spans are in the original text");
    }

    @Test
    void everyUnLanguageButChineseHasAPack() {
        List<String> shipped = UnLanguage.codes().stream().filter(LanguagePack::exists).toList();
        assertEquals(List.of("ar", "en", "fr", "ru", "es"), shipped);
        assertTrue(LanguagePack.load("fr").verb(TextView.key("Rappelant")).isPresent());
        assertEquals("recalls", LanguagePack.load("ar").verb(TextView.key("إذ يشير")).orElseThrow().relation());
        assertNull(LanguagePack.load("ru").verb(TextView.key("подчеркивая")).orElseThrow().relation());
    }
}
