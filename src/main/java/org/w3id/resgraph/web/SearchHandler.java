package org.w3id.resgraph.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.w3id.resgraph.extract.Symbols;
import org.w3id.resgraph.lineage.Lineage;

/**
 * {@code /search?q=…}: a symbol the database knows answers 303 to its page; other words search the
 * full-text index, the page of hits in the reader's language ({@code Accept-Language}).
 */
record SearchHandler(Site site) implements Handler {
    @Override
    public void get(String rest, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        if (q == null || q.isBlank()) {
            resp.sendRedirect("/");
            return;
        }
        String words = q.strip();
        for (String symbol : List.of(Symbols.canonical(words), Symbols.canonical(words.toUpperCase(Locale.ROOT)))) {
            if (Site.safe(symbol) && site.read(() -> Lineage.known(site.dataset(), symbol))) {
                resp.setStatus(303);
                resp.setHeader("Location", "/doc/un/" + symbol);
                return;
            }
        }
        String cleaned = words.replaceAll("[\\p{Cntrl}]", " ");
        Furniture furniture = Furniture.negotiate(req.getHeader("Accept-Language"));
        List<String[]> hits;
        try {
            hits = site.read(() -> site.pages().find(cleaned, 50, furniture));
        } catch (RuntimeException e) {
            // the words are not a query the index understands (an unbalanced quote, a lone operator)
            hits = List.of();
        }
        List<String[]> found = hits;
        resp.setHeader("Vary", "Accept-Language");
        Site.html(resp, 200, site.read(() -> site.pages().search(words, found, furniture)));
    }
}
