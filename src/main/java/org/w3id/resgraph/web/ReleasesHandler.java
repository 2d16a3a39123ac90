package org.w3id.resgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.resgraph.release.ReleaseDescription;
import org.w3id.resgraph.release.Releases;

/**
 * The releases of the folder a server serves: {@code /releases} lists them (a page, or VoID and
 * DCAT negotiated), {@code /releases/N/} describes one (its {@value Releases#VOID}, negotiated, a
 * page listing its files), {@code /releases/N/FILE} is one of its files. A release never changes,
 * so its files are sent as immutable.
 */
record ReleasesHandler(Site site, Path folder) implements Handler {
    private static final Pattern FILE = Pattern.compile("([1-9][0-9]{0,8})(?:/(.*))?");

    @Override
    public void get(String rest, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<Releases.Info> releases = Releases.list(folder);
        if (rest.isEmpty() || rest.equals("/")) {
            list(releases, req, resp);
            return;
        }
        Matcher m = FILE.matcher(rest.startsWith("/") ? rest.substring(1) : rest);
        Optional<Releases.Info> release = m.matches()
                ? releases.stream().filter(r -> r.number() == Integer.parseInt(m.group(1))).findFirst() : Optional.empty();
        if (release.isEmpty()) {
            plain(resp, 404, "No such release: /releases" + rest + " (see /releases)");
            return;
        }
        String name = m.group(2) == null ? "" : m.group(2);
        if (name.isEmpty()) {
            one(release.get(), req, resp);
            return;
        }
        Path dir = release.get().dir().toAbsolutePath().normalize();
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir) || name.contains("..") || !Files.isRegularFile(file)) {
            plain(resp, 404, "Release " + release.get().number() + " has no file " + name);
            return;
        }
        String etag = "\"" + sums(release.get()).getOrDefault(dir.relativize(file).toString().replace('\\', '/'), "") + "\"";
        resp.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        if (etag.length() > 2) {
            resp.setHeader("ETag", etag);
            if (etag.equals(req.getHeader("If-None-Match"))) {
                resp.setStatus(304);
                return;
            }
        }
        resp.setStatus(200);
        resp.setContentType(ReleaseDescription.mediaType(name) + (name.endsWith(".gz") ? "" : ";charset=utf-8"));
        resp.setContentLengthLong(Files.size(file));
        try (InputStream in = Files.newInputStream(file); OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static Map<String, String> sums(Releases.Info r) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        Path f = r.dir().resolve(Releases.SUMS);
        if (Files.isRegularFile(f)) {
            for (String line : Files.readAllLines(f)) {
                int sp = line.indexOf("  ");
                if (sp > 0) {
                    sums.put(line.substring(sp + 2), line.substring(0, sp));
                }
            }
        }
        return sums;
    }

    private void list(List<Releases.Info> releases, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Representation rep = representation(req, resp);
        Graph g = ReleaseDescription.all(site.base(), releases);
        if (rep != Representation.HTML) {
            prefixes(g);
            site.rdf(resp, g, rep, Site.server(req));
            return;
        }
        Html h = new Html("Releases", "en");
        h.raw("<h1>Releases</h1>\n<p>Each release is numbered, dated and never changed. Its dump is sorted, so the same data gives the same bytes; "
                + "from the second on, its patch (RDF Patch) turns the dump before it into its own. Also as ")
                .link("/releases?format=ttl", "Turtle").raw(" (VoID and DCAT), and as an ").link("/changes", "Atom feed").raw(" of what changed.</p>\n");
        if (releases.isEmpty()) {
            h.raw("<p>None yet: <code>resgraph release --db DB --out DIR</code> makes the first.</p>\n");
        } else {
            h.raw("<table>\n<tr><th>Release</th><th>Issued</th><th>Quads</th><th>Files</th></tr>\n");
            for (int i = releases.size() - 1; i >= 0; i--) {
                Releases.Info r = releases.get(i);
                String at = "/releases/" + r.number() + "/";
                h.raw("<tr><td>").link(at, Integer.toString(r.number())).raw("</td><td>").text(r.issued().toString())
                        .raw("</td><td>").text(String.format(Locale.ROOT, "%,d", r.quads())).raw("</td><td class=\"formats\">")
                        .link(at + Releases.DUMP, Releases.DUMP).raw(" ");
                if (Files.isRegularFile(r.dir().resolve(Releases.PATCH))) {
                    h.link(at + Releases.PATCH, Releases.PATCH).raw(" ");
                }
                h.link(at + Releases.CHANGELOG, Releases.CHANGELOG).raw(" ").link(at + Releases.VOID, Releases.VOID).raw(" ")
                        .link(at + Releases.SUMS, Releases.SUMS).raw("</td></tr>\n");
            }
            h.raw("</table>\n");
        }
        Site.html(resp, 200, h.finish());
    }

    private void one(Releases.Info r, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Representation rep = representation(req, resp);
        Graph g = RDFDataMgr.loadGraph(r.dir().resolve(Releases.VOID).toString());
        if (rep != Representation.HTML) {
            prefixes(g);
            site.rdf(resp, g, rep, Site.server(req));
            return;
        }
        String at = "/releases/" + r.number() + "/";
        Html h = new Html("Release " + r.number(), "en");
        h.raw("<h1>Release ").text(Integer.toString(r.number())).raw("</h1>\n<table class=\"facts\">\n<tr><td>Issued</td><td>")
                .text(r.issued().toString()).raw("</td></tr>\n<tr><td>Id</td><td class=\"iri\">").text(r.id())
                .raw("</td></tr>\n<tr><td>Quads</td><td>").text(String.format(Locale.ROOT, "%,d", r.quads())).raw("</td></tr>\n</table>\n");
        Path changes = r.dir().resolve(Releases.CHANGELOG);
        if (Files.isRegularFile(changes)) {
            h.raw("<h2>What changed</h2>\n<pre style=\"white-space:pre-wrap\">").text(Files.readString(changes)).raw("</pre>\n");
        }
        h.raw("<h2>Files</h2>\n<table>\n<tr><th>File</th><th>Bytes</th><th>sha256</th></tr>\n");
        for (Map.Entry<String, String> e : sums(r).entrySet()) {
            h.raw("<tr><td>").link(at + e.getKey(), e.getKey()).raw("</td><td>")
                    .text(String.format(Locale.ROOT, "%,d", Files.size(r.dir().resolve(e.getKey())))).raw("</td><td class=\"iri\">")
                    .text(e.getValue()).raw("</td></tr>\n");
        }
        h.raw("</table>\n<p>Also as ").link(at + "?format=ttl", "Turtle").raw(" (VoID and DCAT, with the sha256 of every file).</p>\n");
        Site.html(resp, 200, h.finish());
    }

    private static Representation representation(HttpServletRequest req, HttpServletResponse resp) {
        resp.setHeader("Vary", "Accept");
        String format = req.getParameter("format");
        if ("ttl".equals(format)) {
            return Representation.TURTLE;
        }
        Optional<String> chosen = Negotiation.choose(req.getHeader("Accept"), Representation.OFFERS);
        if (chosen.isEmpty()) {
            return Representation.TURTLE;
        }
        return switch (chosen.get()) {
            case "application/xhtml+xml" -> Representation.HTML;
            case "application/json" -> Representation.JSONLD;
            default -> Representation.of(chosen.get()).orElse(Representation.TURTLE);
        };
    }

    private static void prefixes(Graph g) {
        g.getPrefixMapping().setNsPrefix("void", "http://rdfs.org/ns/void#").setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/").setNsPrefix("prov", "http://www.w3.org/ns/prov#")
                .setNsPrefix("spdx", "http://spdx.org/rdf/terms#");
    }

    static void plain(HttpServletResponse resp, int status, String text) throws IOException {
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
