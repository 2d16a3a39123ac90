package org.w3id.resgraph.extract.engine;

import java.util.List;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.gazetteer.Entry;
import org.w3id.resgraph.gazetteer.NameMatch;

/**
 * Instruments and conferences the reference data knows by a name in the text's language: "la Charte
 * des Nations Unies", "Устава Организации Объединенных Наций", "ميثاق الأمم المتحدة", "la Conferencia
 * Internacional sobre la Financiación para el Desarrollo".
 */
public final class NamedThings implements CitationRule {

    /** What this rule cites: instruments, declarations, conferences and other events. */
    static boolean accepts(Entry e) {
        return e.is("Instrument") || e.is("Declaration") || e.is("Conference") || e.is("Event");
    }

    @Override
    public String name() {
        return "named";
    }

    @Override
    public void find(Passage p, List<Reference> earlier, List<Reference> out) {
        for (NameMatch m : p.named()) {
            Budget.check();
            Entry e = m.entry();
            Cited target = e.is("Conference") || e.is("Event")
                    ? new Cited.Event(e.iri(), p.view().exact(m.start(), m.end()), p.pack().language(), e.is("Conference"),
                            null, null, null, List.of(), List.of())
                    : new Cited.Instrument(e.iri(), null);
            out.add(new Reference(m.start(), m.end(), target, p.pack().language() + "." + name()));
        }
    }
}
