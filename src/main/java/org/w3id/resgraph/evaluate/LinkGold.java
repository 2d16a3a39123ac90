package org.w3id.resgraph.evaluate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.resgraph.extract.LinkCitations;
import org.w3id.resgraph.read.Document;
import org.w3id.resgraph.read.Link;

/**
 * The gold an AKN4UN file carries itself: the resolutions its {@code <a href="https://undocs.org/…">}
 * (or {@code https://docs.un.org/…}) links point to, read by the same {@link LinkCitations#symbol} as the
 * extraction reads them. Links carry no relation, so this gold measures finding citations, not their
 * relation. The UN's links are incomplete, so a Security Council resolution the text shows by number
 * and year ({@code 2014 (2011)} → {@code S/RES/2014(2011)}) also counts a prediction right, as the
 * acceptance scorer's {@code --text-dir} does.
 */
final class LinkGold {
    private static final Pattern NUMBER_AND_YEAR = Pattern.compile("(\\d{1,4})\\s*\\((\\d{4})\\)", Pattern.UNICODE_CHARACTER_CLASS);

    private LinkGold() {}

    /** The resolution symbol the file states in its metadata ({@code docNumber}), if any. */
    static Optional<String> statedSymbol(Document doc) {
        String symbol = doc.metadata().get(Document.SYMBOL);
        return symbol == null || symbol.isBlank() ? Optional.empty() : Optional.of(symbol);
    }

    /** The gold of one language version, citing resolution {@code symbol}. */
    static Cites of(Document doc, String symbol) {
        Cites.Builder b = new Cites.Builder(symbol, doc.language(), doc.fileName());
        for (Link link : doc.links()) {
            LinkCitations.symbol(link.href()).ifPresent(s -> b.cite(s, null));
        }
        Matcher m = NUMBER_AND_YEAR.matcher(doc.text());
        while (m.find()) {
            b.shows("S/RES/" + m.group(1) + "(" + m.group(2) + ")");
        }
        return b.build();
    }
}
