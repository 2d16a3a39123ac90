package org.w3id.resgraph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * {@code /query/config.json}: what the query editor needs to know of this server — the endpoint, the
 * query timeout in seconds (a request may ask for less with {@code timeout=}, never for more), and
 * the prefixes of the data:
 * <pre>{@code {"endpoint": "/resgraph/sparql", "timeout": 30, "maxTimeout": 30, "prefixes": {"cito": "http://purl.org/spar/cito/", …}}}</pre>
 */
final class QueryConfigHandler implements Handler {
    private final byte[] body;

    /** @param timeoutMs the server's query timeout, in milliseconds */
    QueryConfigHandler(Site site, long timeoutMs) {
        JsonNumber seconds = timeoutMs % 1000 == 0 ? JsonNumber.value(timeoutMs / 1000) : JsonNumber.value(timeoutMs / 1000.0);
        JsonObject prefixes = new JsonObject();
        site.sortedPrefixes().forEach(prefixes::put);
        JsonObject config = new JsonObject();
        config.put("endpoint", Site.ENDPOINT);
        config.put("timeout", seconds);
        config.put("maxTimeout", seconds);
        config.put("prefixes", prefixes);
        this.body = (JSON.toString(config) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void get(String rest, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(200);
        resp.setContentType("application/json");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
