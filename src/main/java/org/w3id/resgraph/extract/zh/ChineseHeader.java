package org.w3id.resgraph.extract.zh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.extract.Header;
import org.w3id.resgraph.extract.Symbols;
import org.w3id.resgraph.gazetteer.Entry;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.gazetteer.NameMatch;
import org.w3id.resgraph.text.ChineseSpacing;
import org.w3id.resgraph.text.NormalisedText;

/**
 * Reads the heading and closing lines of a Chinese resolution, on normalised text:
 * {@code 2004年12月22日大会决议[根据第二委员会的报告(A/59/487/Add.3)通过]59/249.工业发展合作大会,}
 * … {@code 2004年12月22日第75次全体会议}. Also finds where the preamble starts (after the organ's
 * name that opens it) and where the operative part ends (before the closing meeting line).
 */
final class ChineseHeader {
    private static final int HEAD = 600;
    private static final Pattern HEADING_DATE = Pattern.compile(ChineseDates.DATE + "(.{1,12}?)决议");
    private static final Pattern ON_REPORT = Pattern.compile(
            "[\\[【]根据(.{1,40}?)的报告[(（](" + Symbols.DOCUMENT + ")[)）]通过[\\]】]");
    private static final Pattern SYMBOL = Pattern.compile("(?<![\\w/.])(\\d{1,4})/(\\d{1,4})([A-Z]?)[.。]");
    private static final Pattern CLOSING = Pattern.compile(
            ChineseDates.DATE + "第([" + ChineseNumerals.CHARS + "]+)次全体会议[.。]?$");

    /** The header, where the preamble starts, and where the last paragraph must end. */
    record Result(Header header, int preambleStart, int bodyEnd, List<String> warnings) {}

    private final Gazetteer gazetteer;
    private final ClauseVerbs verbs;

    ChineseHeader(Gazetteer gazetteer, ClauseVerbs verbs) {
        this.gazetteer = gazetteer;
        this.verbs = verbs;
    }

    Result read(NormalisedText normalised) {
        String text = normalised.text();
        List<String> warnings = new ArrayList<>();
        String head = text.substring(0, Math.min(HEAD, text.length()));
        Opening opening = opening(text);
        if (opening == null) {
            warnings.add("no opening '<organ>，' followed by a clause verb was found; the preamble is not known");
        }
        int titleEnd = opening == null ? head.length() : opening.organStart;
        LocalDate adopted = null;
        Matcher hd = HEADING_DATE.matcher(head);
        hd.region(0, Math.min(head.length(), titleEnd));   // a date in the preamble is not the adoption date
        if (hd.find()) {
            adopted = ChineseDates.date(hd.group(1), hd.group(2), hd.group(3)).orElse(null);
        }
        String committee = null, report = null;
        int afterBracket = 0;
        Matcher r = ON_REPORT.matcher(head);
        r.region(0, Math.min(head.length(), titleEnd));   // a bracket after the organ's name is in the text, not the heading
        if (r.find()) {
            committee = gazetteer.byName("zh", r.group(1), e -> e.is("Organization")).map(Entry::iri).orElse(null);
            if (committee == null) {
                warnings.add("the committee '" + r.group(1) + "' is not in the gazetteer");
            }
            report = r.group(2);
            afterBracket = r.end();
        }
        String symbol = null, number = null, title = null;
        Integer session = null;
        String organ = opening == null ? null : opening.organ.iri();
        Matcher s = SYMBOL.matcher(text);
        s.region(afterBracket, titleEnd);
        int symbolEnd = -1;
        while (s.find()) {
            session = Integer.valueOf(s.group(1));
            number = s.group(2) + s.group(3);
            symbolEnd = s.end();
        }
        if (symbolEnd >= 0) {
            String prefix = opening == null ? "A/RES/" : prefixOf(opening.organ);
            symbol = Symbols.canonical(prefix + session + "/" + number);
            if (opening != null) {
                title = ChineseSpacing.collapse(normalised.exact(symbolEnd, titleEnd)).strip();
            } else {
                warnings.add("the title is not known: it ends where the organ's name opens the preamble");
            }
        } else {
            session = null;
            warnings.add("no resolution symbol such as '59/249.' was found in the heading");
        }
        Integer meeting = null;
        int bodyEnd = text.length();
        Matcher c = CLOSING.matcher(text);
        c.region(Math.max(0, text.length() - 80), text.length());
        if (c.find()) {
            Optional<LocalDate> closingDate = ChineseDates.date(c.group(1), c.group(2), c.group(3));
            int n = ChineseNumerals.parse(c.group(4));
            meeting = n > 0 ? n : null;
            if (adopted == null) {
                adopted = closingDate.orElse(null);
            }
            bodyEnd = c.start();
        }
        Header header = new Header(symbol, organ, session, number, title, adopted, meeting, committee, report);
        int preambleStart = opening == null ? 0 : opening.preambleStart;
        return new Result(header, preambleStart, bodyEnd, warnings);
    }

    private record Opening(Entry organ, int organStart, int preambleStart) {}

    /** The first "<organ>," directly followed by a clause verb: the preamble starts after the comma. */
    private Opening opening(String text) {
        int limit = Math.min(text.length(), HEAD);
        for (int i = text.indexOf(','); i >= 0 && i < limit; i = text.indexOf(',', i + 1)) {
            if (verbs.at(text, i + 1) == null) {
                continue;
            }
            Optional<NameMatch> organ = gazetteer.longestEndingAt("zh", text, 0, i,
                    e -> gazetteer.resolutionPrefix(e.iri()).isPresent());
            if (organ.isPresent()) {
                return new Opening(organ.get().entry(), organ.get().start(), i + 1);
            }
        }
        return null;
    }

    private String prefixOf(Entry organ) {
        return gazetteer.resolutionPrefix(organ.iri()).orElse("A/RES/");
    }
}
