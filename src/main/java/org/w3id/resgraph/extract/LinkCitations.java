package org.w3id.resgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import org.w3id.resgraph.read.Link;
import org.w3id.resgraph.read.UnDocumentLink;
import org.w3id.resgraph.text.Span;

/**
 * Citations from the links a format carries (AKN4UN's {@code <a href="https://undocs.org/en/S/RES/2014 (2011)">}, or {@code docs.un.org}),
 * merged with those the text rules found. The UN's own links are trusted for what they point to;
 * the text rules add what the links miss (the UN's links are incomplete). A link over words a rule
 * already read as the same document adds nothing; over words read as another document it corrects
 * the target; elsewhere it adds a citation with the relation of the clause it stands in.
 */
public final class LinkCitations {
    /** A symbol: letters first, slash-separated parts of letters, digits, dots, dashes and parentheses. */
    private static final Pattern VALID = Pattern.compile("[A-Z][A-Z0-9.()-]*(?:/[A-Z0-9.()-]+)+");

    /** What a clause gives a citation at some offset: its relation and clause verb. */
    public record Governing(String relation, String clauseVerb) {}

    private LinkCitations() {}

    /** The document symbol, canonical, a link points to when it points to the UN's document system (undocs.org, docs.un.org). */
    public static Optional<String> symbol(String href) {
        return UnDocumentLink.symbol(href)
                .map(s -> Symbols.canonical(s).replaceAll("/+$", "").toUpperCase(Locale.ROOT))
                .filter(s -> VALID.matcher(s).matches());
    }

    /** The target a symbol names: a resolution, a decision, a presidential statement or another document. */
    public static Cited target(String symbol) {
        if (Symbols.isResolution(symbol)) {
            return new Cited.Resolution(symbol, null, null);
        }
        String type = symbol.startsWith("S/PRST/") ? "PresidentialStatement" : symbol.contains("/DEC/") ? "Decision" : "Document";
        return new Cited.SymbolDocument(symbol, type, null);
    }

    /**
     * @param links      the document's links (offsets in its text)
     * @param paragraphs the paragraphs, whose spans say which one a link stands in
     * @param found      the citations the text rules found
     * @param governing  the relation and verb at an offset of the text
     * @return the citations, corrected and completed by the links, in text order
     */
    public static List<Citation> merge(List<Link> links, List<Paragraph> paragraphs, List<Citation> found,
                                       IntFunction<Governing> governing) {
        List<Citation> out = new ArrayList<>(found);
        for (Link link : links) {
            Optional<String> symbol = symbol(link.href());
            int paragraph = paragraphAt(paragraphs, link.start());
            if (symbol.isEmpty() || paragraph < 0) {
                continue;
            }
            boolean covered = false;
            for (int i = 0; i < out.size(); i++) {
                Citation c = out.get(i);
                if (c.span().start() < link.end() && link.start() < c.span().end() && symbolOf(c.target()) != null) {
                    covered = true;
                    if (!symbol.get().equals(symbolOf(c.target()))) {
                        out.set(i, new Citation(c.paragraph(), withSymbol(c.target(), symbol.get()), c.relation(),
                                c.clauseVerb(), c.span(), c.rule() + "+link"));
                    }
                }
            }
            if (!covered) {
                Governing g = governing.apply(link.start());
                out.add(new Citation(paragraph, target(symbol.get()), g.relation(), g.clauseVerb(),
                        new Span(link.start(), link.end()), "link"));
            }
        }
        out.sort((a, b) -> a.span().start() != b.span().start() ? a.span().start() - b.span().start() : a.span().end() - b.span().end());
        return out;
    }

    private static int paragraphAt(List<Paragraph> paragraphs, int at) {
        for (int i = 0; i < paragraphs.size(); i++) {
            Span s = paragraphs.get(i).span();
            if (at >= s.start() && at < s.end()) {
                return i;
            }
        }
        return -1;
    }

    private static String symbolOf(Cited c) {
        return switch (c) {
            case Cited.Resolution r -> r.symbol();
            case Cited.SymbolDocument d -> d.symbol();
            default -> null;
        };
    }

    private static Cited withSymbol(Cited c, String symbol) {
        if (c instanceof Cited.Resolution r && Symbols.isResolution(symbol)) {
            return new Cited.Resolution(symbol, r.adopted(), r.seriesTitle());
        }
        return target(symbol);
    }
}
