package org.w3id.resgraph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * {@code /queries/} and {@code /queries/index.json}: the example queries, for the query editor to
 * offer, sorted by file name; an empty array when the server has none:
 * <pre>{@code [{"file": "01-series-lineage.rq", "question": "Which earlier resolutions …?", "query": "# Question: …"}, …]}</pre>
 */
record QueriesIndexHandler(Site site) implements Handler {
    private static final String QUESTION = "Question:";

    @Override
    public void get(String rest, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonArray index = new JsonArray();
        for (Map.Entry<String, String> q : site.exampleQueries().entrySet()) {
            JsonObject entry = new JsonObject();
            entry.put("file", q.getKey());
            entry.put("question", question(q.getKey(), q.getValue()));
            entry.put("query", q.getValue());
            index.add(entry);
        }
        byte[] body = (JSON.toString(index) + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(200);
        resp.setContentType("application/json");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /**
     * The question a query file answers: what follows {@code # Question:} among the comment lines it
     * opens with, with the comment lines after it up to an empty one; the file's name when it asks none.
     */
    static String question(String file, String query) {
        StringBuilder question = null;
        for (String line : query.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            String words = line.substring(1).strip();
            if (question == null) {
                if (words.startsWith(QUESTION)) {
                    question = new StringBuilder(words.substring(QUESTION.length()).strip());
                }
            } else if (words.isEmpty()) {
                break;
            } else {
                question.append(' ').append(words);
            }
        }
        return question == null || question.isEmpty() ? file : question.toString();
    }
}
