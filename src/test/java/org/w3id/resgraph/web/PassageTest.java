package org.w3id.resgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The words of a search found again in a literal as the index found them (each field's own analyser:
 * stemming in the reader's language, character pairs in Chinese), and the passage shown around them,
 * escaped with the words marked.
 */
class PassageTest {

    /** The Lucene query {@code Pages.find} asks for these words on a page in {@code ui}. */
    private static SearchTerms terms(String words, String ui) {
        return SearchTerms.of("(" + words + ") OR text_" + ui + ":(" + words + ")");
    }

    private static String marked(String words, String ui, String literal, String lang) {
        return Passage.around(literal, terms(words, ui).find(literal, lang)).markup();
    }

    @ParameterizedTest(name = "{0} ({1}) in {3}")
    @CsvSource(delimiter = '|', textBlock = """
            industrial      | en | Industrial development cooperation                  | en | <mark>Industrial</mark> development cooperation
            development     | en | especially with developing countries                | en | especially with <mark>developing</mark> countries
            development     | fr | especially with developing countries                | en | especially with developing countries
            工业发展         | zh | 回顾其关于工业发展合作的各项决议                          | zh | 回顾其关于<mark>工业发展</mark>合作的各项决议
            工业发展         | en | 促进发展中国家的工业化                                  | zh | 促进<mark>发展</mark>中国家的<mark>工业</mark>化
            vaccin          | fr | l’accès aux vaccins                                 | fr | l’accès aux <mark>vaccins</mark>
            vacuna          | es | donaciones de vacunas contra la COVID-19            | es | donaciones de <mark>vacunas</mark> contra la COVID-19
            вакцинация      | ru | препятствуют вакцинации против COVID-19             | ru | препятствуют <mark>вакцинации</mark> против COVID-19
            لقاح            | ar | إتاحة سبل الحصول على اللقاحات                         | ar | إتاحة سبل الحصول على <mark>اللقاحات</mark>
            develop*        | en | the developing world                                | en | the <mark>developing</mark> world
            peace -security | en | peace and security                                  | en | <mark>peace</mark> and security
            "armed conflict" | en | situations of armed conflict                       | en | situations of <mark>armed</mark> <mark>conflict</mark>
            """)
    void theWordsAreMarkedAsTheIndexAnalysedThem(String words, String ui, String literal, String lang, String expected) {
        assertEquals(expected, marked(words, ui, literal, lang));
    }

    @Test
    void theMarkingSurvivesEscaping() {
        String title = "Implementation of the Declaration <script>alert('resgraph')</script> of the Indian Ocean";
        assertEquals("Implementation of the Declaration &lt;script&gt;<mark>alert</mark>(&#39;resgraph&#39;)&lt;/script&gt; of the Indian Ocean",
                marked("alert", "en", title, "en"));
        // a mark is never made of the data's own angle brackets
        assertEquals("&lt;mark&gt;x&lt;/mark&gt; <mark>peace</mark>", marked("peace", "en", "<mark>x</mark> peace", "en"));
    }

    @Test
    void aLongLiteralIsCutAroundTheFirstWordFound() {
        String before = "word ".repeat(100), after = " more".repeat(100);
        String literal = before + "vaccines" + after;
        Passage p = Passage.around(literal, terms("vaccine", "en").find(literal, "en"));
        assertTrue(p.text().startsWith("…word ") && p.text().endsWith("more…"), p.text());
        assertTrue(p.text().length() <= Passage.WINDOW + 2, p.text().length() + " characters");
        assertEquals("vaccines", p.text().substring(p.marks().get(0)[0], p.marks().get(0)[1]));
        assertTrue(p.text().indexOf("vaccines") >= 90, "some words before the one found: " + p.text());
        // the cuts fall between words
        assertTrue(p.text().matches("…(word )+vaccines( more)+…"), p.text());
    }

    @Test
    void aLongChineseLiteralIsCutWhereItIsAndNeverInsideACharacter() {
        // both cuts fall between the halves of a 𠀀 (U+20000, two UTF-16 units) unless they move
        String literal = "发".repeat(30) + "𠀀".repeat(100) + "x工业发展y" + "𠀀".repeat(200);
        Passage p = Passage.around(literal, terms("工业发展", "zh").find(literal, "zh"));
        assertTrue(p.text().startsWith("…") && p.text().endsWith("…"));
        assertTrue(p.markup().contains("<mark>工业发展</mark>"), p.markup());
        String inner = p.text().substring(1, p.text().length() - 1);
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < inner.length() && Character.isLowSurrogate(inner.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(inner.charAt(i - 1));
            assertTrue(paired, "half a character at " + i + " of " + inner);
        }
    }

    @Test
    void marksGoThroughASearchRowAndBack() {
        Passage p = Passage.around("especially with developing countries", terms("development countries", "en").find("especially with developing countries", "en"));
        assertEquals("16-26 27-36", p.marksColumn());
        assertEquals(p.markup(), Passage.fromColumns(p.text(), p.marksColumn()).markup());
        assertEquals("abc", Passage.fromColumns("abc", "2-9 x-1 1-0").markup(), "marks outside the text are dropped");
        assertEquals(List.of(), SearchTerms.of("(unbalanced").find("unbalanced", "en"), "a query Lucene cannot read marks nothing");
    }
}
