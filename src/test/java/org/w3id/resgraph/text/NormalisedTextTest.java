package org.w3id.resgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whitespace-free, width-folded view of a text, its way back to the original, and Chinese spacing. */
class NormalisedTextTest {

    /** CSV cells spell invisible characters as escapes: \n \r \t, \u3000 as {@code <IS>}, NBSP as {@code <NBSP>}. */
    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t")
                .replace("<IS>", "\u3000").replace("<NBSP>", "\u00A0").replace("<BOM>", "\uFEFF");
    }

    private static Matcher find(NormalisedText n, String regex) {
        Matcher m = Pattern.compile(regex).matcher(n.text());
        assertTrue(m.find(), () -> "no '" + regex + "' in: " + n.text());
        return m;
    }

    // ---------------------------------------------------------------- the normalised text

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            spaces a segmenter put between words  ¦ 工业 发展 合作                    ¦ 工业发展合作
            tabs, CR and LF                       ¦ 大会\\t决议\\r\\n59/249.\\n工业     ¦ 大会决议59/249.工业
            ideographic space U+3000              ¦ 大会<IS>决议<IS><IS>通过          ¦ 大会决议通过
            no-break space U+00A0                 ¦ 59/249.<NBSP>工业                ¦ 59/249.工业
            a stray byte order mark U+FEFF        ¦ 大会<BOM>决议                     ¦ 大会决议
            Latin words lose their spaces too     ¦ United Nations                   ¦ UnitedNations
            full-width comma                      ¦ 大会 ， 回顾                      ¦ 大会,回顾
            full-width digits and full stop       ¦ １０． 请 秘书长                  ¦ 10.请秘书长
            full-width parentheses                ¦ （ A/59/487 ）                    ¦ (A/59/487)
            full-width letters and solidus        ¦ Ａ／ＲＥＳ／５９／２４９           ¦ A/RES/59/249
            first and last full-width forms       ¦ ！～                             ¦ !~
            ideographic full stop and comma kept  ¦ 决议 。 工业 、 发展               ¦ 决议。工业、发展
            fullwidth forms beyond U+FF5E kept    ¦ ｟ｶ                             ¦ ｟ｶ
            only whitespace                       ¦ ` \\t\\r\\n<IS><NBSP>`           ¦ ``
            """)
    void whitespaceIsRemovedAndFullWidthAsciiFolded(String intent, String original, String normalised) {
        assertEquals(unescape(normalised), NormalisedText.of(unescape(original)).text());
    }

    @Test
    void regionIsNormalisedAlone() {
        String original = "%%%A|\n\n 2004年 12月 22日 大会 决议";
        int from = original.indexOf("12月");
        NormalisedText n = NormalisedText.of(original, from, original.indexOf("大会"));

        assertEquals("12月22日", n.text());
        assertEquals(original, n.original());
    }

    // ---------------------------------------------------------------- from the normalised text back to the original

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            words split by the segmenter           ¦ 工业 发展 合作 大会              ¦ 发展合作                  ¦ 发展 合作
            match at the very start                ¦ 工业 发展 合作                   ¦ 工业                      ¦ 工业
            match at the very end                  ¦ 工业 发展 合作                   ¦ 合作                      ¦ 合作
            spaces around are not in the span      ¦ 报告 ( A/59/487/Add.3 ) 通过     ¦ \\(A/59/487/Add\\.3\\)     ¦ ( A/59/487/Add.3 )
            full-width forms come back as written  ¦ 大会 ， 回顾 其                  ¦ ,回顾                     ¦ ， 回顾
            full-width paragraph number            ¦ 决议。 １０． 请 秘书长          ¦ \\d+\\.请                 ¦ １０． 请
            a line break inside the match          ¦ 第 1\\r\\n段 和 第 2 段         ¦ 第1段                     ¦ 第 1\\r\\n段
            ideographic and no-break spaces        ¦ 2004年<IS>12月<NBSP>22日       ¦ 2004年12月22日             ¦ 2004年<IS>12月<NBSP>22日
            """)
    void spanMapsAMatchBackToTheOriginal(String intent, String original, String regex, String exact) {
        String text = unescape(original);
        NormalisedText n = NormalisedText.of(text);
        Matcher m = find(n, regex);

        Span span = n.span(m.start(), m.end());

        assertEquals(unescape(exact), n.exact(m.start(), m.end()));
        assertEquals(unescape(exact), text.substring(span.start(), span.end()));
        assertEquals(m.group(), NormalisedText.of(text.substring(span.start(), span.end())).text(),
                "the original span, normalised, is the match");
    }

    @Test
    void spanOfAMatchWithoutFullWidthFormsIsTheMatchWithItsSpaces() {
        String original = " 2004年 12月 22日 大会 决议 [ 根据 第二 委员会 的 报告 ( A/59/487/Add.3 ) 通过 ] 59/249. 工业 发展 合作";
        NormalisedText n = NormalisedText.of(original);
        Matcher m = find(n, "根据.*?通过");

        Span span = n.span(m.start(), m.end());

        assertEquals(m.group(), original.substring(span.start(), span.end()).replaceAll("\\s", ""));
        assertEquals("根据 第二 委员会 的 报告 ( A/59/487/Add.3 ) 通过", n.exact(m.start(), m.end()));
    }

    @Test
    void spanInARegionCountsFromTheStartOfTheWholeText() {
        String original = "%%%INDUSTRIAL DEVELOPMENT|\n\n 2004年 12月 22日 大会 决议 59/249. 工业 发展 合作";
        int bodyStart = original.indexOf("\n\n") + 2;
        NormalisedText n = NormalisedText.of(original, bodyStart, original.length());
        Matcher m = find(n, "2004年12月22日");

        Span span = n.span(m.start(), m.end());

        assertEquals(new Span(original.indexOf("2004年"), original.indexOf("22日") + "22日".length()), span);
        assertEquals("2004年 12月 22日", n.exact(m.start(), m.end()));
        assertFalse(n.text().contains("INDUSTRIAL"), "the region starts after the header");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            empty at a character: its original position   ¦ ab  cd     ¦ 0 ¦ 6 ¦ 2 ¦ 4
            empty at the start of a region after spaces    ¦ xx   ab    ¦ 2 ¦ 7 ¦ 0 ¦ 5
            empty at the end: the end of the region        ¦ ab cd ef   ¦ 0 ¦ 5 ¦ 4 ¦ 5
            empty after trailing spaces: the region end   ¦ `ab   `   ¦ 0 ¦ 5 ¦ 2 ¦ 5
            empty text of only spaces                      ¦ `   `      ¦ 0 ¦ 3 ¦ 0 ¦ 3
            """)
    void emptySpan(String intent, String original, int from, int to, int at, int expected) {
        NormalisedText n = NormalisedText.of(original, from, to);

        assertEquals(new Span(expected, expected), n.span(at, at));
        assertEquals("", n.exact(at, at));
    }

    @Test
    void emptyRegexMatchIsAnEmptySpanBeforeItsPlace() {
        String original = "大会 ， 回顾 其 决议";
        NormalisedText n = NormalisedText.of(original);
        Matcher m = find(n, "(?=决议)");

        assertEquals(new Span(original.indexOf("决议"), original.indexOf("决议")), n.span(m.start(), m.end()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"negative start, -1, 0", "end before start, 3, 2"})
    void spanRejectsBadBounds(String intent, int start, int end) {
        assertThrows(IllegalArgumentException.class, () -> new Span(start, end));
    }

    // ---------------------------------------------------------------- spaces a segmenter put into Chinese

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', textBlock = """
            Chinese words are joined                    ¦ 工业 发展 合作                       ¦ 工业发展合作
            document symbol with spaced slash           ¦ IDB.28 / DEC.6                      ¦ IDB.28/DEC.6
            Latin words keep their space                ¦ New York                            ¦ New York
            Latin word and number keep their space      ¦ Add 3                               ¦ Add 3
            space after a full stop is dropped          ¦ Add. 3                              ¦ Add.3
            numbers keep their space                    ¦ 2004 2007                           ¦ 2004 2007
            number next to Chinese is joined            ¦ 2004 至 2007年                       ¦ 2004至2007年
            date written by the segmenter               ¦ 2004年 12月 22日                     ¦ 2004年12月22日
            resolution number                           ¦ 第 59 / 249 号 决议                  ¦ 第59/249号决议
            Chinese then Latin in parentheses           ¦ 联合国 工业 发展 组织 ( UNIDO )      ¦ 联合国工业发展组织(UNIDO)
            runs of spaces, tabs and newlines become one ¦ United  Nations\\t\\nIndustrial     ¦ United Nations Industrial
            leading and trailing spaces go              ¦ `  New York \\n`                    ¦ New York
            ideographic space between Chinese words     ¦ 大会<IS>决议                         ¦ 大会决议
            no-break space between Latin words          ¦ United<NBSP>Nations                  ¦ United Nations
            accented Latin words keep their space       ¦ résolution adoptée                  ¦ résolution adoptée
            Cyrillic words keep their space             ¦ Генеральная Ассамблея               ¦ Генеральная Ассамблея
            Latin next to Chinese is joined             ¦ 通过 A/59/487 号 报告                ¦ 通过A/59/487号报告
            only spaces                                 ¦ `  \\t `                            ¦ ``
            """)
    void collapseRemovesOnlyTheSegmentersSpaces(String intent, String input, String expected) {
        assertEquals(unescape(expected), ChineseSpacing.collapse(unescape(input)));
    }

    @Test
    void collapseKeepsTheSpaceBetweenFullWidthNumbers() {
        assertEquals("２００４ ２００７", ChineseSpacing.collapse("２００４ ２００７"));
    }
}
