package org.w3id.resgraph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.w3id.resgraph.release.Releases;

/**
 * {@code /changes}: an Atom feed (RFC 4287) of the releases, newest first, each entry carrying its
 * changelog, with links to the release, its patch and its description. A feed reader polling it learns
 * of a new release and of what it changed.
 */
record ChangesHandler(Site site, Path folder) implements Handler {
    @Override
    public void get(String rest, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<Releases.Info> releases = Releases.list(folder);
        String server = Site.server(req);
        Instant updated = releases.isEmpty() ? Instant.EPOCH : releases.get(releases.size() - 1).issued();
        StringBuilder x = new StringBuilder(8192);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n")
                .append("  <title>resgraph: releases and what each changed</title>\n")
                .append("  <id>").append(Html.escape(site.base() + "changes")).append("</id>\n")
                .append("  <updated>").append(updated).append("</updated>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Html.escape(server + "changes")).append("\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Html.escape(server + "releases")).append("\"/>\n")
                .append("  <author><name>resgraph</name></author>\n")
                .append("  <generator>resgraph</generator>\n");
        for (int i = releases.size() - 1; i >= 0; i--) {
            Releases.Info r = releases.get(i);
            String at = server + "releases/" + r.number() + "/";
            Path changelog = r.dir().resolve(Releases.CHANGELOG);
            String text = Files.isRegularFile(changelog) ? Files.readString(changelog) : "";
            String summary = text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse("Release " + r.number());
            x.append("  <entry>\n")
                    .append("    <title>resgraph, release ").append(r.number()).append("</title>\n")
                    .append("    <id>").append(Html.escape(r.id())).append("</id>\n")
                    .append("    <published>").append(r.issued()).append("</published>\n")
                    .append("    <updated>").append(r.issued()).append("</updated>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Html.escape(at)).append("\"/>\n")
                    .append("    <link rel=\"describedby\" type=\"text/turtle\" href=\"").append(Html.escape(at + Releases.VOID)).append("\"/>\n");
            if (Files.isRegularFile(r.dir().resolve(Releases.PATCH))) {
                x.append("    <link rel=\"related\" type=\"text/plain\" title=\"RDF Patch from release ").append(r.number() - 1)
                        .append("\" href=\"").append(Html.escape(at + Releases.PATCH)).append("\"/>\n");
            }
            x.append("    <link rel=\"enclosure\" type=\"application/gzip\" href=\"").append(Html.escape(at + Releases.DUMP)).append("\"/>\n")
                    .append("    <summary>").append(Html.escape(summary)).append("</summary>\n")
                    .append("    <content type=\"text\">").append(Html.escape(text)).append("</content>\n")
                    .append("  </entry>\n");
        }
        x.append("</feed>\n");
        byte[] body = x.toString().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(200);
        resp.setContentType("application/atom+xml;charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
