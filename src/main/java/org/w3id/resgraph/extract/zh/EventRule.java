package org.w3id.resgraph.extract.zh;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.extract.OrgRef;
import org.w3id.resgraph.extract.PlaceRef;
import org.w3id.resgraph.gazetteer.Entry;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.gazetteer.NameMatch;
import org.w3id.resgraph.text.DisjointSpans;

/**
 * Conferences and other events: a gazetteer name, with what the words before it say —
 * {@code 2002年8月26日至9月4日在南非约翰内斯堡举行的可持续发展问题世界首脑会议},
 * {@code 由<organisers>在<sponsor>的支助下联合组织的于<dates>在<place>举行<name>}. An event the
 * gazetteer does not know is still found when dates and a place introduce a name ending in
 * 会议, 首脑会议, 峰会 or 论坛.
 */
final class EventRule implements CitationRule {
    private static final String PLACE = "([^,;、\\d《》]{1,20}?)";
    private static final String INTRO = "(?:由([^,;]{2,60}?)(?:在([^,;]{2,40}?)的支助下)?(?:联合)?(?:组织|主办|举办)的)?"
            + "于?(?:" + ChineseDates.DATE_OR_RANGE + ")?(?:在" + PLACE + ")?(?:举行|召开)的?";
    private static final Pattern BEFORE_NAME = Pattern.compile(INTRO + "$");
    /**
     * The most characters BEFORE_NAME can match: 由 organisers 的支助下 … 组织的 于 a range 在 a place 举行的,
     * and a final line terminator its $ may stand before.
     */
    private static final int INTRO_WORDS = 1 + 60 + 1 + 40 + 4 + 2 + 2 + 1 + 1 + 24 + 1 + 20 + 2 + 1 + 2;
    private static final Pattern UNKNOWN = Pattern.compile("于?(" + ChineseDates.DATE_OR_RANGE + ")在" + PLACE
            + "(?:举行|召开)的?([^,;、。《》\\d]{2,30}?(?:首脑会议|会议|峰会|论坛))");

    private final Gazetteer gazetteer;
    private final Organisations organisations;

    EventRule(Gazetteer gazetteer, Organisations organisations) {
        this.gazetteer = gazetteer;
        this.organisations = organisations;
    }

    @Override
    public String name() {
        return "zh.event";
    }

    @Override
    public void find(ParagraphText p, List<Found> earlier, List<Found> out) {
        String t = p.text();
        List<NameMatch> known = gazetteer.findAll("zh", t, p.start(), p.end(), e -> e.is("Event") || e.is("Conference"));
        DisjointSpans knownSpans = new DisjointSpans();
        for (NameMatch name : known) {
            Budget.check();
            knownSpans.add(name.start(), name.end());
            // the words before a name that BEFORE_NAME can take are at most INTRO_WORDS long: only those
            // are looked at, not the whole clause before each name
            int from = Math.max(p.clauseAt(name.start()).start(), name.start() - INTRO_WORDS);
            Matcher m = BEFORE_NAME.matcher(t);
            m.region(from, name.start());
            Intro intro = m.find() ? intro(m, 0) : Intro.NONE;
            Entry e = name.entry();
            out.add(new Found(name.start(), name.end(), new Cited.Event(e.iri(), null, "zh", e.is("Conference"),
                    intro.start, intro.end, intro.place, intro.organizers, intro.sponsors), name()));
        }
        Matcher u = UNKNOWN.matcher(Budget.guard(t));
        u.region(p.start(), p.end());
        while (u.find()) {
            Budget.check();
            int nameStart = u.start(9);
            if (knownSpans.overlaps(nameStart, u.end())) {
                continue;
            }
            ChineseDates.Range range = ChineseDates.range(u, 1).orElse(null);
            String eventName = u.group(9);
            boolean conference = !eventName.endsWith("论坛");
            out.add(new Found(nameStart, u.end(), new Cited.Event(null, eventName, "zh", conference,
                    range == null ? null : range.start(), range == null ? null : range.end(),
                    organisations.place(u.group(8)), List.of(), List.of()), name()));
        }
    }

    private record Intro(LocalDate start, LocalDate end, PlaceRef place, List<OrgRef> organizers, List<OrgRef> sponsors) {
        static final Intro NONE = new Intro(null, null, null, List.of(), List.of());
    }

    private Intro intro(Matcher m, int offset) {
        ChineseDates.Range range = m.group(offset + 3) == null ? null : ChineseDates.range(m, offset + 2).orElse(null);
        String place = m.group(offset + 9);
        return new Intro(range == null ? null : range.start(), range == null ? null : range.end(),
                place == null ? null : organisations.place(place),
                m.group(offset + 1) == null ? List.of() : organisations.resolveAll(m.group(offset + 1)),
                m.group(offset + 2) == null ? List.of() : organisations.resolveAll(m.group(offset + 2)));
    }
}
