package org.w3id.resgraph.extract.zh;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The object rule ({@link org.w3id.resgraph.extract.engine.ObjectRule}) for Chinese, whose noun
 * phrases end with their head: a cited resolution is the clause verb's object when nothing but the
 * object's own words stand between the verb and it ("回顾其关于也门的第2140(2014)号决议"), and
 * no "…的" makes it a modifier of another head noun after it ("回顾第1540(2004)号决议规定的义务",
 * "欢迎秘书长依照第2448(2018)号决议提交的报告"). Anything else between the verb and the
 * citation — a subject, a verb, "依照", "致力于使" — means the verb's object is something else.
 */
final class ChineseObject {
    /** What may stand between the verb and a cited resolution: the object's own words, dates, other items, their titles. */
    private static final Pattern ALLOWED = Pattern.compile(ChineseDates.DATE
            + "|关于.{1,60}?的|(?:第)?(?:(?:ES|S)-\\d{1,2}/\\d{1,3}|\\d{1,4}/\\d{1,4}[A-Z]?|\\d{1,4}[A-Z]?\\((?:\\d{4}|[IVXLC]+)\\))(?:号)?"
            + "|\\([A-Z][A-Za-z0-9/.()-]*\\)|[、和及与]|以及|并|又|还|也|再次|其|安全理事会|安理会|大会|联合国|以往|先前|此前|所有|各项|相关|有关"
            + "|决议|决定|号|第|特别是|尤其是|包括|在这方面|主席声明|声明|\\s");
    /** A new item of the object after a citation: "和关于…", "以及第…", "、其…". */
    private static final Pattern NEXT_ITEM = Pattern.compile("(?:[、和及与]|以及)(?:关于|第|其|安全理事会|安理会|大会|\\d)");

    private ChineseObject() {}

    /**
     * @param from where the object may begin: after the clause verb, or the clause's start when the verb is carried on
     * @param end  the end of the clause
     */
    static boolean isObject(String t, int from, int refStart, int refEnd, int end) {
        if (refStart < from) {
            return true;
        }
        Matcher m = ALLOWED.matcher(t);
        int at = from;
        while (at < refStart) {
            m.region(at, refStart);
            if (!m.lookingAt() || m.end() == at) {
                return false;
            }
            at = m.end();
        }
        String after = t.substring(refEnd, end);
        Matcher next = NEXT_ITEM.matcher(after);
        int stop = next.find() ? next.start() : after.length();
        int de = after.indexOf('的');
        return de < 0 || de >= stop;
    }
}
