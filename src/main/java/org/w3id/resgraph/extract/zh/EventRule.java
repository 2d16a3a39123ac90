package org.w3id.resgraph.extract.zh;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.extract.OrgRef;
import org.w3id.resgraph.extract.PlaceRef;
import org.w3id.resgraph.gazetteer.Entry;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.gazetteer.NameMatch;

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
        for (NameMatch name : known) {
            int from = p.clauseAt(name.start()).start();
            Matcher m = BEFORE_NAME.matcher(t);
            m.region(from, name.start());
            Intro intro = m.find() ? intro(m, 0) : Intro.NONE;
            Entry e = name.entry();
            out.add(new Found(name.start(), name.end(), new Cited.Event(e.iri(), null, "zh", e.is("Conference"),
                    intro.start, intro.end, intro.place, intro.organizers, intro.sponsors), name()));
        }
        Matcher u = UNKNOWN.matcher(t);
        u.region(p.start(), p.end());
        while (u.find()) {
            int nameStart = u.start(9);
            if (known.stream().anyMatch(k -> k.start() < u.end() && nameStart < k.end())) {
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
