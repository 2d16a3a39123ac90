package org.w3id.resgraph.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;

/**
 * {@code /doc/…}: the description of a thing, negotiated ({@code Vary}, {@code Content-Location}
 * naming the file chosen; 406 when nothing offered is acceptable) or asked for by file name
 * ({@code /doc/…/data.ttl}); each answer links to every representation.
 */
record DocumentHandler(Site site) implements Handler {
    @Override
    public void get(String rest, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Representation asked = null;
        for (Representation r : Representation.values()) {
            if (rest.endsWith("/" + r.file)) {
                asked = r;
                rest = rest.substring(0, rest.length() - r.file.length() - 1);
                break;
            }
        }
        String iri = site.base() + "id/" + rest;
        if (!Site.safe(rest) || !site.describes(iri)) {
            site.notFound(req, resp, iri);
            return;
        }
        Representation rep = asked;
        if (rep == null) {
            Optional<String> chosen = Negotiation.choose(req.getHeader("Accept"), Representation.OFFERS);
            resp.setHeader("Vary", "Accept, Accept-Language");
            if (chosen.isEmpty()) {
                resp.setStatus(406);
                resp.setContentType("text/plain;charset=utf-8");
                resp.getWriter().write("Not acceptable. This resource is available as "
                        + String.join(", ", Representation.OFFERS.subList(0, 5)) + ".\n");
                return;
            }
            rep = switch (chosen.get()) {
                case "application/xhtml+xml" -> Representation.HTML;
                case "application/json" -> Representation.JSONLD;
                default -> Representation.of(chosen.get()).orElseThrow();
            };
            resp.setHeader("Content-Location", "/doc/" + rest + "/" + rep.file);
        }
        for (Representation r : Representation.values()) {
            resp.addHeader("Link", "</doc/" + rest + "/" + r.file + ">; rel=\"alternate\"; type=\"" + r.type + "\"");
        }
        if (rep == Representation.HTML) {
            String lang = req.getHeader("Accept-Language");
            Site.html(resp, 200, site.read(() -> {
                Pages pages = site.pages();
                return pages.isLoadedResolution(iri) ? pages.resolution(iri, lang) : pages.resource(iri, lang);
            }));
            return;
        }
        Graph g = site.read(() -> Description.of(site.dataset().asDatasetGraph().getUnionGraph(), iri));
        site.rdf(resp, g, rep, Site.server(req));
    }
}
