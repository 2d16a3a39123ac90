package org.w3id.resgraph.extract.zh;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.gazetteer.DataFile;
import org.w3id.resgraph.gazetteer.Gazetteer;

/**
 * The object rule ({@link org.w3id.resgraph.extract.engine.ObjectRule}) for Chinese, whose noun
 * phrases end with their head: a cited resolution is the clause verb's object when nothing but the
 * object's own words stand between the verb and it ("回顾其关于也门的第2140(2014)号决议"), and
 * no "…的" makes it a modifier of another head noun after it ("回顾第1540(2004)号决议规定的义务",
 * "欢迎秘书长依照第2448(2018)号决议提交的报告"). Anything else between the verb and the
 * citation — a subject, a verb, "依照", "致力于使" — means the verb's object is something else.
 */
final class ChineseObject {
    private static final String DIR = "org/w3id/resgraph/extract/zh/";
    /** What the words of words.tsv and nouns.tsv do not cover: dates, titles, the numbers of a list, symbols in brackets, spaces. */
    private static final String READ_HERE = ChineseDates.DATE
            + "|关于.{1,60}?的|(?:第)?(?:(?:ES|S)-\\d{1,2}/\\d{1,3}|\\d{1,4}/\\d{1,4}[A-Z]?|\\d{1,4}[A-Z]?\\((?:\\d{4}|[IVXLC]+)\\))(?:号)?"
            + "|\\([A-Z][A-Za-z0-9/.()-]*\\)|第|号|\\s";
    /** A new item of the object after a citation: "和关于…", "以及第…", "、其…". */
    private static final Pattern NEXT_ITEM = Pattern.compile("(?:[、和及与]|以及)(?:关于|第|其|安全理事会|安理会|大会|\\d)");

    /** What may stand between the verb and a cited resolution: the object's own words, dates, other items, their titles. */
    private final Pattern allowed;

    /** The words of the Chinese pack (words.tsv, nouns.tsv) and the names of the organs that adopt resolutions. */
    ChineseObject(Gazetteer gazetteer) {
        List<String> words = new ArrayList<>();
        DataFile.readTsv(DIR + "words.tsv", 2).forEach(r -> words.add(r[0]));
        DataFile.readTsv(DIR + "nouns.tsv", 2).forEach(r -> words.add(r[0]));
        words.addAll(gazetteer.names("zh", e -> gazetteer.resolutionPrefix(e.iri()).isPresent()));
        words.sort((a, b) -> b.length() - a.length());
        this.allowed = Pattern.compile(READ_HERE + "|" + String.join("|", words.stream().map(Pattern::quote).toList()));
    }

    /**
     * @param from where the object may begin: after the clause verb, or the clause's start when the verb is carried on
     * @param end  the end of the clause
     */
    boolean isObject(String t, int from, int refStart, int refEnd, int end) {
        if (refStart < from) {
            return true;
        }
        Matcher m = allowed.matcher(t);
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
