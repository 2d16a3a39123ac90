package org.w3id.resgraph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.w3id.resgraph.text.NormalisedText;
import org.w3id.resgraph.text.Span;

/**
 * Names compare equal whatever typographic variant a text uses, and a text put in the form of keys
 * maps every character back to where it was. The variants are those of the UN Security Council
 * resolutions of 2020–2022 in AKN4UN (public repository UNxml/SCresolutions, UN documents).
 */
class NameKeyTest {
    @Test
    void apostrophesSpacesAndHyphensOfEveryKindCompareEqual() {
        assertEquals(NameKey.of("fr", "Conseil des droits de l’homme"), NameKey.of("fr", "Conseil des droits de l'homme"));
        assertEquals(NameKey.of("fr", "Conseil de sécurité"), NameKey.of("fr", "Conseil\u00A0de  sécurité"));
        assertEquals(NameKey.of("fr", "Conseil de sécurité"), NameKey.of("fr", "Conseil de\u202Fsécurité"));
        assertEquals("conseil de sécurité", NameKey.of("fr", " Conseil de Sécurité "));
        // S/RES/2547 (2020): "Special Representative of the Secretary‑General", with U+2011
        assertEquals(NameKey.of("en", "Secretary-General"), NameKey.of("en", "Secretary\u2011General"));
        assertEquals("генеральной ассамблеи", NameKey.of("ru", "Генеральной Ассамблеи"));
    }

    @Test
    void arabicTatweelVowelMarksAndDirectionMarksAreLeftOut() {
        // the heading of every Arabic AKN text: "الأمــم المتحـدة", with tatweels
        assertEquals(NameKey.of("ar", "الأمم المتحدة"), NameKey.of("ar", "الأمــم المتحـدة"));
        // S/RES/2554 (2020): "وبرنامجُ الأمم المتحدة الإنمائي", the case ending written
        assertEquals(NameKey.of("ar", "برنامج الأمم المتحدة الإنمائي"), NameKey.of("ar", "برنامجُ الأمم المتحدة الإنمائي"));
        assertEquals(NameKey.of("ar", "مجلس الأمن"), NameKey.of("ar", "مَجْلِسُ الأَمْنِ"));
        // S/RES/2539 (2020): "لمدونة قواعد \u200Fالسلوك", a right-to-left mark after the space
        assertEquals(NameKey.of("ar", "مدونة قواعد السلوك"), NameKey.of("ar", "مدونة قواعد \u200Fالسلوك"));
    }

    @Test
    void arabicLetterVariantsUnTextsMixCompareEqual() {
        // S/RES/2520 (2020) writes "ببعثة الاتحاد الافريقي" once and "بعثة الاتحاد الأفريقي" elsewhere
        assertEquals(NameKey.of("ar", "الاتحاد الأفريقي"), NameKey.of("ar", "الاتحاد الافريقي"));
        assertEquals(NameKey.of("ar", "إلى"), NameKey.of("ar", "الى"));
        assertEquals(NameKey.of("ar", "الآمن"), NameKey.of("ar", "الامن"));
        // S/RES/2544 (2020) "ذوى الرتب الوسطى" beside "ذوي" elsewhere: alef maksura for yeh
        assertEquals(NameKey.of("ar", "ذوي"), NameKey.of("ar", "ذوى"));
        assertNotEquals(NameKey.of("ar", "الأمة"), NameKey.of("ar", "الأمه"), "teh marbuta is a letter of its own");
    }

    @Test
    void chineseKeysAreAsBefore() {
        assertEquals("联合国工业发展组织", NameKey.of("zh", "联合国 工业 发展 组织"));
        assertEquals("国际卫生条例(2005)", NameKey.of("zh", "国际卫生条例（２００５）"));
        assertEquals("Agenda", NameKey.of("zh", "Agenda"), "no lower case in Chinese");
        assertEquals("l'homme", NameKey.of("zh", "l'homme"), "nor other folding");
    }

    @Test
    void everyCharacterOfAViewMapsBackToTheOriginal() {
        String original = "الأمــم المتحـدة S/RES/2514 (2020)";
        NormalisedText v = NameKey.view("ar", original);
        assertEquals("الامم المتحدة s/res/2514 (2020)", v.text());
        int end = v.text().indexOf(" s/res");
        assertEquals(new Span(0, "الأمــم المتحـدة".length()), v.span(0, end), "the name spans its tatweels");
        assertEquals("الأمــم المتحـدة", v.exact(0, end));

        String fr = "la Charte\u00A0des  Nations Unies";
        NormalisedText f = NameKey.view("fr", fr, 3, fr.length());
        assertEquals("charte des nations unies", f.text(), "a run of spaces of any kind is one space");
        assertEquals("Charte\u00A0des  Nations Unies", f.exact(0, f.text().length()));
        assertEquals(NameKey.of("fr", "Charte des Nations Unies"), f.text());
    }

    @Test
    void aKeyIsTheViewOfTheNameWithoutOuterSpaces() {
        for (String[] c : new String[][] {{"fr", "  Programme des Nations Unies pour l'environnement\u00A0"},
                {"ar", "\u200F برنامجُ الأمم  المتحـدة الإنمائي "}, {"ru", "Устав Организации Объединенных Наций"},
                {"es", "Convención\u202Fde las Naciones Unidas sobre el Derecho del Mar"}, {"zh", "联合国 宪章"}}) {
            assertEquals(NameKey.of(c[0], c[1]), NameKey.view(c[0], c[1]).text().strip(), c[1]);
        }
    }
}
