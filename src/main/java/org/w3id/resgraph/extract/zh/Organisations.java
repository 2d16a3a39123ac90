package org.w3id.resgraph.extract.zh;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.OrgRef;
import org.w3id.resgraph.extract.PlaceRef;
import org.w3id.resgraph.gazetteer.Entry;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.gazetteer.NameMatch;

/**
 * Organisations and places in Chinese text, through the gazetteer; a country's government
 * ({@code 智利政府}) is an organisation made from the country.
 */
final class Organisations {
    private static final String GOVERNMENT = "政府";

    private final Gazetteer gazetteer;

    Organisations(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The organisation a whole name denotes, or null. */
    OrgRef resolve(String name) {
        Optional<Entry> e = gazetteer.byName("zh", name, x -> x.is("Organization"));
        if (e.isPresent()) {
            return OrgRef.known(e.get().iri());
        }
        if (name.endsWith(GOVERNMENT)) {
            return gazetteer.byName("zh", name.substring(0, name.length() - GOVERNMENT.length()), x -> x.is("Place"))
                    .map(Organisations::government).orElse(null);
        }
        return null;
    }

    /**
     * Names joined by 和, 与, 及 or 、, each resolved; unknown names are left out. Names are found by
     * longest match, so a name holding 和 (国际遗传工程和生物技术中心) is not cut in two.
     */
    List<OrgRef> resolveAll(String names) {
        return mentions(names, 0, names.length());
    }

    /** Every organisation named in {@code [from, to)} of normalised text, in order. */
    List<OrgRef> mentions(String text, int from, int to) {
        List<OrgRef> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if ((i & 0xFFF) == 0) {
                Budget.check();
            }
            Optional<NameMatch> org = gazetteer.longestAt("zh", text, i, to, x -> x.is("Organization"));
            if (org.isPresent()) {
                out.add(OrgRef.known(org.get().entry().iri()));
                i = org.get().end();
                continue;
            }
            Optional<NameMatch> place = gazetteer.longestAt("zh", text, i, to, x -> x.is("Place"));
            if (place.isPresent() && text.startsWith(GOVERNMENT, place.get().end())) {
                out.add(government(place.get().entry()));
                i = place.get().end() + GOVERNMENT.length();
                continue;
            }
            i++;
        }
        return out;
    }

    /** A place name as written: the most specific gazetteer place in it (the city of 墨西哥蒙特雷). */
    PlaceRef place(String name) {
        List<NameMatch> found = gazetteer.findAll("zh", name, 0, name.length(), x -> x.is("Place"));
        if (found.isEmpty()) {
            return new PlaceRef(null, name, "zh");
        }
        return new PlaceRef(found.get(found.size() - 1).entry().iri(), name, "zh");
    }

    private static OrgRef government(Entry country) {
        Map<String, String> labels = new java.util.TreeMap<>();
        country.label("zh").ifPresent(l -> labels.put("zh", l + GOVERNMENT));
        country.label("en").ifPresent(l -> labels.put("en", "Government of " + l));
        return new OrgRef(null, "government-of-" + country.slug(), labels);
    }
}
