package org.w3id.resgraph.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /query}: the query editor, the page {@code index.html} of its folder. The query string is
 * the page's script's to read ({@code ?query=…}), not the server's. Checked again at each visit (an
 * ETag makes that cheap), where its scripts and styles are kept a day.
 */
record QueryPageHandler(ClasspathFiles files) implements Handler {
    @Override
    public void get(String rest, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<ClasspathFiles.File> page = files.get("index.html");
        if (page.isEmpty()) {
            resp.sendError(404, "the query editor is not part of this build");
            return;
        }
        ClasspathFiles.send(page.get(), "no-cache", req, resp);
    }
}
