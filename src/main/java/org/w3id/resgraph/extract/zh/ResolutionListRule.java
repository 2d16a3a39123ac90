package org.w3id.resgraph.extract.zh;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.extract.OrgRef;
import org.w3id.resgraph.extract.SeriesTitles;
import org.w3id.resgraph.extract.Symbols;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.gazetteer.NameMatch;

/**
 * Resolutions cited by number, alone or in lists:
 * {@code 其关于工业发展合作的1991年12月18日第46/151号、…和2002年12月20日第57/243号决议},
 * {@code 安全理事会第1540(2004)号决议}, {@code 第2625(XXV)号决议}. Each item is one citation,
 * with its date when the text gives one. "其关于<title>的" names the series the items belong to.
 */
final class ResolutionListRule implements CitationRule {
    /** One item: its date, 第 and 号 are optional inside a list (第46/151、49/108和57/243号决议). */
    private static final Pattern ITEM = Pattern.compile("(?<![\\w/.])(?:" + ChineseDates.DATE + ")?(第)?"
            + "((?:ES|S)-\\d{1,2}/\\d{1,3}|\\d{1,4}/\\d{1,4}[A-Z]?|\\d{1,4}[A-Z]?\\((?:\\d{4}|[IVXLC]+)\\))(号)?");
    private static final Pattern DATE = Pattern.compile(ChineseDates.DATE);
    private static final Pattern JOINER = Pattern.compile("、|,|和|及|以及|与|并");
    private static final Pattern SERIES = Pattern.compile("其关于(.{1,60})的$");
    /** The most characters SERIES can match, with a final line terminator its $ may stand before. */
    private static final int SERIES_WORDS = 3 + 60 + 1 + 2;
    private static final Pattern ORGAN_TO_LIST = Pattern.compile("(?:" + ChineseDates.DATE + ")?(?:关于.{1,40}?的)?(?:"
            + ChineseDates.DATE + ")?(?:和|及|与|、)?");
    private static final Pattern SC_NUMBER = Pattern.compile("\\d{1,4}\\(\\d{4}\\)");

    private final Gazetteer gazetteer;
    private final String ownOrgan;

    ResolutionListRule(Gazetteer gazetteer, String ownOrgan) {
        this.gazetteer = gazetteer;
        this.ownOrgan = ownOrgan;
    }

    @Override
    public String name() {
        return "zh.resolution-list";
    }

    @Override
    public void find(ParagraphText p, List<Found> earlier, List<Found> out) {
        String t = p.text();
        Matcher m = ITEM.matcher(Budget.guard(t));
        m.region(p.start(), p.end());
        List<Item> list = new ArrayList<>();
        while (m.find()) {
            Budget.check();
            Item item = new Item(m.start(), m.end(), m.group(5), m.group(4) != null, m.group(6) != null,
                    m.group(1) == null ? null : ChineseDates.date(m.group(1), m.group(2), m.group(3)).orElse(null));
            if (!list.isEmpty() && joint(t, list.get(list.size() - 1).end, item.start) == null) {
                emit(p, list, out);
                list.clear();
            }
            list.add(item);
        }
        emit(p, list, out);
    }

    /**
     * What stands between two items of one list: a joiner (、 和 以及 …), which may give the date
     * and name the organ of the next item ("大会第60/180号和安理会第1645(2005)号、2010年10月29日大会第65/7号…决议").
     */
    private record Joint(String organ, LocalDate date) {}

    /** The joint of {@code [from, to)}, or null when those words do not keep two items in one list. */
    private Joint joint(String t, int from, int to) {
        Matcher j = JOINER.matcher(t);
        j.region(from, to);
        if (!j.lookingAt()) {
            return null;
        }
        int at = j.end();
        LocalDate date = null;
        Matcher d = DATE.matcher(t);
        d.region(at, to);
        if (d.lookingAt()) {
            date = ChineseDates.date(d.group(1), d.group(2), d.group(3)).orElse(null);
            at = d.end();
        }
        if (at == to) {
            return new Joint(null, date);
        }
        String organ = gazetteer.longestAt("zh", t, at, to, e -> gazetteer.resolutionPrefix(e.iri()).isPresent())
                .filter(m -> m.end() == to).map(m -> m.entry().iri()).orElse(null);
        return organ == null ? null : new Joint(organ, date);
    }

    /** One number of a list, where it is, whether 第 opens and 号 closes it, and its date if given. */
    private record Item(int start, int end, String number, boolean opens, boolean closes, LocalDate date) {}

    private void emit(ParagraphText p, List<Item> list, List<Found> out) {
        if (list.isEmpty()) {
            return;
        }
        String t = p.text();
        int after = list.get(list.size() - 1).end;
        boolean decision = t.startsWith("决定", after);
        if (!list.get(0).opens || !list.get(list.size() - 1).closes || !t.startsWith("决议", after) && !decision) {
            return;   // a list opens with 第 and closes with 号决议 (or 号决定); anything else is not one
        }
        int clauseStart = p.clauseAt(list.get(0).start).start();
        // "其关于<title>的" ends the words before the list and is at most SERIES_WORDS long: only those are
        // looked at, not the whole clause before each of its lists
        String before = t.substring(Math.max(clauseStart, list.get(0).start - SERIES_WORDS), list.get(0).start);
        Matcher series = SERIES.matcher(before);
        String seriesTitle = series.find() && !SeriesTitles.generic("zh", series.group(1)) ? series.group(1) : null;
        String organ = organBefore(t, clauseStart, list.get(0).start);
        String issuer = organ != null ? organ : ownOrgan;
        Item previous = null;
        for (Item item : list) {
            LocalDate date = item.date;
            if (previous != null) {
                Joint joint = joint(t, previous.end, item.start);
                if (joint != null && joint.organ() != null) {
                    organ = joint.organ();   // "…和安理会第1645(2005)号"
                }
                if (joint != null && joint.date() != null && date == null) {
                    date = joint.date();
                }
            }
            previous = item;
            String symbol = symbol(item.number, organ, decision);
            Cited target = decision
                    ? new Cited.SymbolDocument(symbol, "Decision", issuer == null ? null : OrgRef.known(issuer))
                    : new Cited.Resolution(symbol, date, seriesTitle);
            out.add(new Found(item.start, item.end, target, name()));
        }
    }

    /** The organ named nearest before the list in its clause ("安全理事会第…号"), else this text's own. */
    private String organBefore(String t, int from, int to) {
        String organ = null;
        for (NameMatch m : gazetteer.findAll("zh", t, from, to, e -> gazetteer.resolutionPrefix(e.iri()).isPresent())) {
            // only an organ whose name leads to the list: "大会第…", "安全理事会2016年4月27日第…", "安理会关于也门的第…",
            // not "请秘书长向大会第八十一届会议报告第2334(2016)号决议"
            organ = ORGAN_TO_LIST.matcher(t.substring(m.end(), to)).matches() ? m.entry().iri() : null;
        }
        return organ;
    }

    private String symbol(String number, String organ, boolean decision) {
        String prefix;
        if (SC_NUMBER.matcher(number).matches()) {
            prefix = "S/RES/";   // N(YYYY) is how the Security Council numbers its resolutions, and only it
        } else if (organ != null) {
            prefix = gazetteer.resolutionPrefix(organ).orElse("A/RES/");
        } else {
            prefix = Optional.ofNullable(ownOrgan).flatMap(gazetteer::resolutionPrefix).orElse("A/RES/");
        }
        if (prefix.equals("S/RES/") && !SC_NUMBER.matcher(number).matches()) {
            prefix = "A/RES/";   // Security Council resolutions are all numbered N(YYYY); 70/262 is the Assembly's
        }
        if (decision) {
            prefix = prefix.replace("/RES/", "/DEC/");
        }
        return Symbols.canonical(prefix + number);
    }
}
