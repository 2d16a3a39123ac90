package org.w3id.resgraph.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /} and {@code /index.html}: the home page, with search, the dataset's counts and the example queries. */
record HomeHandler(Site site) implements Handler {
    @Override
    public void get(String rest, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Site.html(resp, 200, site.read(() -> site.pages().home(site.description().counts(), site.exampleQueries())));
    }
}
