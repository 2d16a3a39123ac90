package org.w3id.resgraph.extract.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.extract.Budget;
import org.w3id.resgraph.extract.LinkCitations;
import org.w3id.resgraph.extract.Symbols;

/**
 * UN documents cited by their symbol, which is the same in every language: reports and letters
 * ({@code S/2021/123}), presidential statements ({@code S/PRST/2021/1}), decisions of other bodies.
 * Resolutions are left to {@link ResolutionLists}, which runs first.
 */
public final class SymbolDocuments implements CitationRule {
    private static final Pattern SYMBOL = Pattern.compile("(?<![\\w/.])" + Symbols.DOCUMENT);

    @Override
    public String name() {
        return "document-symbol";
    }

    @Override
    public void find(Passage p, List<Reference> earlier, List<Reference> out) {
        Matcher m = SYMBOL.matcher(Budget.guard(p.view().text()));
        m.region(p.start(), p.end());
        while (m.find()) {
            Budget.check();
            String symbol = Symbols.canonical(m.group()).replaceAll("[.)]+$", "");
            if (symbol.indexOf('/') < 0 || !symbol.matches("[A-Z][A-Za-z.]*/.*\\d.*")) {
                continue;
            }
            int end = m.start() + m.group().length() - (m.group().length() - m.group().replaceAll("[.)]+$", "").length());
            out.add(new Reference(m.start(), end, LinkCitations.target(symbol), p.pack().language() + "." + name()));
        }
    }
}
