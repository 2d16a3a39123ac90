package org.w3id.resgraph.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /id/…}: a thing's IRI answers 303 See Other to its description at {@code /doc/…}; 404 when nothing is known of it. */
record IdentifierHandler(Site site) implements Handler {
    @Override
    public void get(String rest, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String iri = site.base() + "id/" + rest;
        if (!Site.safe(rest) || !site.describes(iri)) {
            site.notFound(req, resp, iri);
            return;
        }
        resp.setStatus(303);
        resp.setHeader("Location", "/doc/" + rest);
        resp.setHeader("Vary", "Accept");
        resp.setContentType("text/plain;charset=utf-8");
        resp.getWriter().write("See /doc/" + rest + "\n");
    }
}
