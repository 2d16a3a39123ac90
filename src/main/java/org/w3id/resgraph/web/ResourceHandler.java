package org.w3id.resgraph.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /resource?iri=…}: the page of a resource whose IRI is not under the base (a UNBIS descriptor,
 * say) but which the data describes; an IRI under the base answers 303 to its {@code /doc/…}.
 */
record ResourceHandler(Site site) implements Handler {
    @Override
    public void get(String rest, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String iri = req.getParameter("iri");
        if (iri == null || !iri.matches("https?://.+") || !Site.safe(iri) || !site.describes(iri)) {
            site.notFound(req, resp, iri == null ? "" : iri);
            return;
        }
        if (iri.startsWith(site.base() + "id/")) {
            resp.setStatus(303);
            resp.setHeader("Location", "/doc/" + iri.substring(site.base().length() + 3));
            return;
        }
        String lang = req.getHeader("Accept-Language");
        resp.setHeader("Vary", "Accept-Language");
        Site.html(resp, 200, site.read(() -> site.pages().resource(iri, lang)));
    }
}
