package org.w3id.resgraph.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /queries/NAME.rq}: an example query of the queries folder, as {@code application/sparql-query}. */
record QueriesHandler(Site site) implements Handler {
    private static final Pattern QUERY_FILE = Pattern.compile("[\\w.-]{1,100}\\.rq");

    @Override
    public void get(String name, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Path file = QUERY_FILE.matcher(name).matches() ? site.exampleQuery(name) : null;
        if (file == null || !Files.isRegularFile(file)) {
            resp.sendError(404, "no example query " + name);
            return;
        }
        resp.setContentType("application/sparql-query;charset=utf-8");
        resp.getOutputStream().write(Files.readAllBytes(file));
    }
}
