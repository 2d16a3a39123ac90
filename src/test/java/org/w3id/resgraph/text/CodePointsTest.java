package org.w3id.resgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Code point offsets and context windows never split a character outside the Basic Multilingual Plane. */
class CodePointsTest {
    /** 𠀀 (U+20000, a CJK Extension B ideograph) takes two chars in UTF-16. */
    private static final String TEXT = "大会𠀀回顾𠀀决议";

    @Test
    void offsetsCountCodePointsNotChars() {
        CodePoints cp = new CodePoints(TEXT);
        assertEquals(2, cp.of(2), "before the first supplementary character");
        assertEquals(3, cp.of(4), "after it: two chars, one code point");
        assertEquals(TEXT.codePointCount(0, TEXT.length()), cp.of(TEXT.length()));
    }

    @Test
    void withoutSupplementaryCharactersOffsetsAreChars() {
        CodePoints cp = new CodePoints("回顾其决议");
        assertEquals(3, cp.of(3));
    }

    @Test
    void contextWindowsStopAtWholeCharacters() {
        CodePoints cp = new CodePoints(TEXT);
        int start = TEXT.indexOf("回顾"), end = start + 2;
        assertEquals("𠀀", TEXT.substring(cp.back(start, 1), start), "one code point back is the whole pair");
        assertEquals("𠀀", TEXT.substring(end, cp.forward(end, 1)), "one code point on is the whole pair");
        assertEquals(0, cp.back(start, 100));
        assertEquals(TEXT.length(), cp.forward(end, 100));
    }
}
