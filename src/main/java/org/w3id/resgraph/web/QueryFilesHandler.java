package org.w3id.resgraph.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /query/NAME}: a script, style sheet, image or font of the query editor, kept by clients a day; 404 for any other name. */
record QueryFilesHandler(ClasspathFiles files) implements Handler {
    @Override
    public void get(String name, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<ClasspathFiles.File> file = files.get(name);
        if (file.isEmpty()) {
            resp.sendError(404, "no such file of the query editor");
            return;
        }
        ClasspathFiles.send(file.get(), "public, max-age=86400", req, resp);
    }
}
