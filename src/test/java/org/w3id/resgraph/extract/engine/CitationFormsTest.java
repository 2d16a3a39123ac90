package org.w3id.resgraph.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.resgraph.extract.Citation;
import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.extract.ResolutionFacts;
import org.w3id.resgraph.read.Document;
import org.w3id.resgraph.read.DocumentReaders;
import org.w3id.resgraph.read.SourceFile;

/**
 * How each language cites a resolution, and the relation the object rule gives it: one preambular
 * paragraph in a Council text of each language, as the issue and the UN's texts write them.
 */
class CitationFormsTest {

    private static final String OPENING = "fr=Le Conseil de sécurité,|es=El Consejo de Seguridad,|ru=Совет Безопасности,"
            + "|ar=إن مجلس الأمن،";

    private static ResolutionFacts extract(String lang, String paragraph) throws Exception {
        String opening = null;
        for (String o : OPENING.split("\\|")) {
            if (o.startsWith(lang + "=")) {
                opening = o.substring(3);
            }
        }
        String text = "S/RES/9999 (2031)\n\n" + opening + "\n\n" + paragraph + "\n\n1. " + paragraph + "\n";
        Document d = DocumentReaders.standard().read(new SourceFile("t.txt", text.getBytes(StandardCharsets.UTF_8))).withLanguage(lang);
        return new PackExtractor(LanguagePack.load(lang)).extract(d);
    }

    /** symbol=relation pairs of the first paragraph's citations, in text order, and the words of each. */
    private static List<String> cited(ResolutionFacts f) {
        List<String> out = new ArrayList<>();
        String t = f.document().text();
        for (Citation c : f.citations()) {
            if (c.paragraph() == 0 && c.target() instanceof Cited.Resolution r) {
                out.add(r.symbol() + "=" + c.relation() + " '" + t.substring(c.span().start(), c.span().end()) + "'");
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the Council's own resolutions, and the Assembly's with the organ after the list
        "fr|Rappelant sa résolution 2282 (2016) et les résolutions 74/270 et 74/274 de l’Assemblée générale,"
            + "|S/RES/2282(2016)=recalls '2282 (2016)';A/RES/74/270=recalls '74/270';A/RES/74/274=recalls '74/274'",
        // the organ before the list, a date after it
        "es|Recordando la resolución 74/273 de la Asamblea General, de 21 de abril de 2020,"
            + "|A/RES/74/273=recalls '74/273'",
        // Russian case forms, the organ after the list in the genitive, a genitive month and года
        "ru|ссылаясь на резолюцию 74/273 Генеральной Ассамблеи от 21 апреля 2020 года и свои резолюции 2286 (2016) и 2532 (2020),"
            + "|A/RES/74/273=recalls '74/273';S/RES/2286(2016)=recalls '2286 (2016)';S/RES/2532(2020)=recalls '2532 (2020)'",
        // the dual construct with the organ between noun and number; a clitic و on the next noun
        "ar|إذ يشير إلى قرار الجمعية العامة 46/182 وقراريه 2286 (2016) و 2532 (2020)،"
            + "|A/RES/46/182=recalls '46/182';S/RES/2286(2016)=recalls '2286 (2016)';S/RES/2532(2020)=recalls '2532 (2020)'",
        // not the verb's object: its support, a report established pursuant to, a clause
        "fr|Réaffirmant son appui aux efforts de l’Envoyé pour appliquer les résolutions 2216 (2015) et 2451 (2018),"
            + "|S/RES/2216(2015)=refersTo '2216 (2015)';S/RES/2451(2018)=refersTo '2451 (2018)'",
        "es|Tomando nota del informe del Grupo de Expertos establecido en virtud de la resolución 1533 (2004),"
            + "|S/RES/1533(2004)=refersTo '1533 (2004)'",
        "ru|напоминая, что в своей резолюции 2532 (2020) он потребовал прекращения боевых действий,"
            + "|S/RES/2532(2020)=refersTo '2532 (2020)'",
        "ar|وإذ يحيط علما بتقرير فريق الخبراء المنشأ عملا بالقرار 1533 (2004)،"
            + "|S/RES/1533(2004)=refersTo '1533 (2004)'",
        // a part of a resolution is the resolution: recalls
        "fr|Rappelant les paragraphes 3 à 5 de sa résolution 1234 (2015) et sa demande au Secrétaire général,"
            + "|S/RES/1234(2015)=recalls '1234 (2015)'",
        // a list that goes on after a broken object stays broken; a conjunction before a new object mends it
        "es|Reafirmando su decidido apoyo a los esfuerzos por aplicar las resoluciones 1754 (2007), 1783 (2007) y 1813 (2008), y sus resoluciones 2602 (2021),"
            + "|S/RES/1754(2007)=refersTo '1754 (2007)';S/RES/1783(2007)=refersTo '1783 (2007)';S/RES/1813(2008)=refersTo '1813 (2008)';S/RES/2602(2021)=reaffirms '2602 (2021)'",
    })
    void eachLanguageCitesItsWay(String lang, String paragraph, String expected) throws Exception {
        assertEquals(List.of(expected.split(";")), cited(extract(lang, paragraph)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a no-break space inside "2231 (2015)", a narrow one before the year
        "fr|Rappelant sa résolution 2231\u00A0(2015) et sa résolution 2532\u202F(2020),|2231\u00A0(2015);2532\u202F(2020)",
        // tatweel and diacritics inside the words, a right-to-left mark before the number
        "ar|إذ يشــير إلى قرارَيه \u200F2286 (2016) و 2532 (2020)،|2286 (2016);2532 (2020)",
    })
    void typographyDoesNotStopTheRulesAndSpansKeepTheOriginalWords(String lang, String paragraph, String words) throws Exception {
        ResolutionFacts f = extract(lang, paragraph);
        List<String> found = new ArrayList<>();
        for (Citation c : f.citations()) {
            if (c.paragraph() == 0) {
                found.add(f.document().text().substring(c.span().start(), c.span().end()));
                assertEquals("recalls", c.relation(), c.toString());
            }
        }
        assertEquals(List.of(words.split(";")), found);
    }

    /** A General Assembly text as converted from its PDF: symbol and title from the heading line, dated list items. */
    @org.junit.jupiter.api.Test
    void anAssemblyTextGivesItsSymbolTitleAndDatedLists() throws Exception {
        String text = """
                Nations Unies

                Résolution adoptée par l’Assemblée générale le 22 décembre 2004

                59/249. Coopération pour le développement industriel

                L’Assemblée générale,

                Rappelant ses résolutions 46/151 du 18 décembre 1991, 49/108 du 19 décembre 1994
                et 57/243 du 20 décembre 2002,

                Consciente de l’importance de l’industrialisation,

                1. Prend note du rapport du Secrétaire général;
                """;
        Document d = DocumentReaders.standard().read(new SourceFile("a.txt", text.getBytes(StandardCharsets.UTF_8))).withLanguage("fr");
        ResolutionFacts f = new PackExtractor(LanguagePack.load("fr")).extract(d);
        assertEquals("A/RES/59/249", f.header().symbol());
        assertEquals(59, f.header().session());
        assertEquals("Coopération pour le développement industriel", f.header().title());
        assertEquals(LocalDate.of(2004, 12, 22), f.header().adopted());
        assertEquals(List.of("A/RES/46/151=recalls '46/151'", "A/RES/49/108=recalls '49/108'", "A/RES/57/243=recalls '57/243'"), cited(f));
        assertEquals(LocalDate.of(1991, 12, 18), ((Cited.Resolution) f.citations().get(0).target()).adopted());
        assertEquals(LocalDate.of(2002, 12, 20), ((Cited.Resolution) f.citations().get(2).target()).adopted());
        assertEquals(3, f.paragraphs().size(), "a paragraph across a line break is one paragraph");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ar|21 نيسان/أبريل 2020|2020-04-21",
        "ar|3 كانون الثاني/يناير 2021|2021-01-03",
        "ar|15 حزيران/يونيه 2022|2022-06-15",
        "ru|21 апреля 2020 года|2020-04-21",
        "es|1 de septiembre de 2021|2021-09-01",
        "fr|1er août 2021|2021-08-01",
    })
    void datesAsEachLanguageWritesThem(String lang, String written, String iso) {
        LanguagePack pack = LanguagePack.load(lang);
        TextView v = TextView.of("… " + written + " …");
        List<LanguagePack.FoundDate> dates = pack.dates(v.key(), 0, v.length());
        assertEquals(1, dates.size(), written);
        assertEquals(LocalDate.parse(iso), dates.get(0).date());
        assertTrue(v.exact(dates.get(0).start(), dates.get(0).end()).startsWith(written.substring(0, 2)));
    }
}
