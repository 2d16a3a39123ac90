package org.w3id.resgraph.extract.zh;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.Cited;
import org.w3id.resgraph.extract.OrgRef;
import org.w3id.resgraph.extract.Symbols;
import org.w3id.resgraph.gazetteer.Gazetteer;
import org.w3id.resgraph.gazetteer.NameMatch;

/**
 * Documents cited by their symbol: {@code 工业发展理事会IDB.28/DEC.6号决定} (a decision, issued by the
 * body named just before it), {@code 报告(A/59/487/Add.3)}, {@code A/RES/55/2号决议}.
 */
final class SymbolDocumentRule implements CitationRule {
    private static final Pattern SYMBOL = Pattern.compile("(?<![A-Za-z0-9./])(" + Symbols.DOCUMENT + ")(号(?:决定|决议))?");

    private final Gazetteer gazetteer;

    SymbolDocumentRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "zh.document-symbol";
    }

    @Override
    public void find(ParagraphText p, List<Found> earlier, List<Found> out) {
        String t = p.text();
        Matcher m = SYMBOL.matcher(Budget.guard(t));
        m.region(p.start(), p.end());
        while (m.find()) {
            Budget.check();
            String symbol = Symbols.canonical(m.group(1));
            if (!symbol.contains("/")) {
                continue;
            }
            Cited target;
            if (Symbols.isResolution(symbol)) {
                target = new Cited.Resolution(symbol, null, null);
            } else {
                String suffix = m.group(2) == null ? "" : m.group(2);
                String type = suffix.endsWith("决定") ? "Decision" : t.startsWith("报告", Math.max(0, m.start() - 3)) ? "Report" : "Document";
                Optional<NameMatch> author = gazetteer.longestEndingAt("zh", t, p.clauseAt(m.start()).start(),
                        m.start(), e -> e.is("Organization"));
                target = new Cited.SymbolDocument(symbol, type, author.map(a -> OrgRef.known(a.entry().iri())).orElse(null));
            }
            out.add(new Found(m.start(), m.end(), target, name()));
        }
    }
}
