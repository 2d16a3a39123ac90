package org.w3id.resgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A paragraph's citations as links where they stand: offsets in code points of the version's text (a
 * character outside the Basic Multilingual Plane counts once), the paragraph's text shorter than its
 * stretch of the original, and offsets that are wrong. Each case: the text, the paragraph's span, the
 * citations, the markup expected, and why.
 */
class CitedTextTest {
    private static final String CITED = "/doc/un/S/RES/2286(2016)";

    private static CitedText.Citation cite(long start, long end, String exact) {
        return new CitedText.Citation(start, end, exact, CITED);
    }

    private static String link(String words) {
        return "<a href=\"" + CITED.replace("(", "(") + "\">" + words + "</a>";
    }

    @Test
    void chineseTextOfTheBasicPlaneAtItsOffset() {
        // S/RES/2565 (2021), Chinese pp/1: the paragraph at 90–140 of the version, the citation at 93–104
        String text = "回顾其第2286(2016)和2532(2020)号决议以及大会第74/270和74/274号决议，";
        assertEquals("回顾其" + link("第2286(2016)") + "和2532(2020)号决议以及大会第74/270和74/274号决议，",
                CitedText.markup(text, List.of(new CitedText.Span(90, 140)), List.of(cite(93, 104, "第2286(2016)"))));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneCountsOnce() {
        // 𠀀 (U+20000) is two UTF-16 units and one code point: the citation after it starts at code point 4, char 5
        String text = "回顾𠀀其第2286(2016)号决议";
        assertEquals(text.length() - 1, text.codePointCount(0, text.length()));
        assertEquals("回顾𠀀其" + link("第2286(2016)") + "号决议",
                CitedText.markup(text, List.of(new CitedText.Span(10, 10 + 18)), List.of(cite(14, 25, "第2286(2016)"))));
        // and so does a supplementary character inside the cited words
        String inside = "见第𠀀2286号";
        assertEquals("见" + link("第𠀀2286号"),
                CitedText.markup(inside, List.of(new CitedText.Span(0, 8)), List.of(cite(1, 8, "第𠀀2286号"))));
    }

    @Test
    void aTextShorterThanItsStretchFindsTheWordsEarlierByWhatWasLeftOut() {
        // the operative paragraph's number "11. " is in the original, not in rg:text: the citation stands 4 earlier
        String text = "Réaffirme les dispositions énoncées dans la résolution 2399 (2018) et prorogées par la résolution 2454 (2019) ;";
        String original = "11. " + text;
        int at = original.indexOf("2454 (2019)");
        assertEquals(text.replace("2454 (2019)", link("2454 (2019)")),
                CitedText.markup(text, List.of(new CitedText.Span(100, 100 + original.length())), List.of(cite(100 + at, 100 + at + 11, "2454 (2019)"))));
        // Chinese segmentation spaces in the exact words, none in the reader's text
        assertEquals("根据" + link("第2518(2020)号") + "决议",
                CitedText.markup("根据第2518(2020)号决议", List.of(new CitedText.Span(0, 17)), List.of(cite(2, 14, "第2518 (2020)号"))));
    }

    @Test
    void theSameWordsTwiceAreLinkedWhereEachCitationStands() {
        String text = "resolution 2286 (2016) and again 2286 (2016)";
        String second = "resolution 2286 (2016) and again " + link("2286 (2016)");
        assertEquals(second, CitedText.markup(text, List.of(new CitedText.Span(0, text.length())), List.of(cite(33, 44, "2286 (2016)"))));
        assertEquals("resolution " + link("2286 (2016)") + " and again " + link("2286 (2016)"), CitedText.markup(text,
                List.of(new CitedText.Span(0, text.length())), List.of(cite(33, 44, "2286 (2016)"), cite(11, 22, "2286 (2016)"))));
    }

    @Test
    void badOffsetsAreSkippedAndTheTextStays() {
        String text = "Recalling its resolution 2286 (2016),";
        List<CitedText.Span> span = List.of(new CitedText.Span(200, 200 + text.length()));
        for (CitedText.Citation bad : List.of(
                cite(3592, 3600, "2286 (2016)"),        // a footnote's citation, outside the paragraph
                cite(190, 205, "2286 (2016)"),          // starts before it
                cite(230, 220, "2286 (2016)"),          // ends before it starts
                cite(225, 236, "2532 (2020)"),          // words the paragraph does not hold
                cite(210, 221, "2286 (2016)"))) {       // the words are there, but not where the offsets say
            assertEquals(text, CitedText.markup(text, span, List.of(bad)), bad.toString());
        }
    }

    @Test
    void overlappingCitationsKeepTheFirstAndLongest() {
        String text = "the Paris Agreement on climate change";
        List<CitedText.Span> span = List.of(new CitedText.Span(0, text.length()));
        assertEquals("the " + link("Paris Agreement on climate change"), CitedText.markup(text, span,
                List.of(cite(4, 19, "Paris Agreement"), cite(4, 37, "Paris Agreement on climate change"), cite(10, 19, "Agreement"))));
    }

    @Test
    void textAndLinksAreEscaped() {
        String text = "Recalling <b>2286</b> & \"more\"";
        assertEquals("Recalling &lt;b&gt;<a href=\"/doc/x?a=1&amp;b=&quot;\">2286</a>&lt;/b&gt; &amp; &quot;more&quot;", CitedText.markup(text,
                List.of(new CitedText.Span(0, text.length())), List.of(new CitedText.Citation(13, 17, "2286", "/doc/x?a=1&b=\""))));
    }

    @Test
    void withoutExactWordsOnlyAnUnshortenedTextIsLinkedByItsOffsets() {
        String text = "see 2286 (2016).";
        assertEquals("see " + link("2286 (2016)") + ".", CitedText.markup(text, List.of(new CitedText.Span(0, 16)), List.of(cite(4, 15, null))));
        assertEquals(text, CitedText.markup(text, List.of(new CitedText.Span(0, 20)), List.of(cite(8, 19, null))));
    }
}
