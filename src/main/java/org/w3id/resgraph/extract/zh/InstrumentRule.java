package org.w3id.resgraph.extract.zh;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.gazetteer.Entry;
import org.w3id.resgraph.gazetteer.Gazetteer;

/**
 * Declarations, programmes and charters cited by their title in book-title marks:
 * {@code 2000年9月8日各国元首和政府首脑通过的《联合国千年宣言》}. The date before "通过的" is the
 * adoption date. Titles the gazetteer does not know are left to a later rule set.
 */
final class InstrumentRule implements CitationRule {
    private static final Pattern TITLE = Pattern.compile("《([^《》]{1,80})》");
    private static final Pattern ADOPTED = Pattern.compile(ChineseDates.DATE + "[^,;。《》]{0,30}?通过的$");
    /** The most characters ADOPTED can match, with a final line terminator its $ may stand before. */
    private static final int ADOPTED_WORDS = 11 + 30 + 3 + 2;

    private final Gazetteer gazetteer;

    InstrumentRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "zh.named-instrument";
    }

    @Override
    public void find(ParagraphText p, List<Found> earlier, List<Found> out) {
        Matcher m = TITLE.matcher(Budget.guard(p.text()));
        m.region(p.start(), p.end());
        while (m.find()) {
            Budget.check();
            Optional<Entry> e = gazetteer.byName("zh", m.group(1), x -> x.is("Declaration"));
            if (e.isEmpty()) {
                continue;
            }
            Matcher d = ADOPTED.matcher(p.text());
            // ADOPTED ends at the title and is at most ADOPTED_WORDS long: only those words are looked at
            d.region(Math.max(p.clauseAt(m.start()).start(), m.start() - ADOPTED_WORDS), m.start());
            LocalDate adopted = d.find() ? ChineseDates.date(d.group(1), d.group(2), d.group(3)).orElse(null) : null;
            out.add(new Found(m.start(1), m.end(1), new Cited.Instrument(e.get().iri(), adopted), name()));
        }
    }
}
