package org.w3id.resgraph.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/** {@code /context.jsonld}: the JSON-LD context the JSON-LD answers name, the prefixes of the vocabulary. */
final class ContextHandler implements Handler {
    private final String context;

    ContextHandler(Site site) {
        JsonObject terms = new JsonObject();
        site.sortedPrefixes().forEach(terms::put);
        JsonObject doc = new JsonObject();
        doc.put("@context", terms);
        this.context = JSON.toString(doc) + "\n";
    }

    @Override
    public void get(String rest, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/ld+json");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(context);
    }
}
