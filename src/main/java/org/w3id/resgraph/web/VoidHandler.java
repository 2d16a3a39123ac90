package org.w3id.resgraph.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** {@code /.well-known/void}: the dataset described in VoID and DCAT, negotiated (Turtle unless asked otherwise; a page for browsers). */
record VoidHandler(Site site) implements Handler {
    @Override
    public void get(String rest, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Graph g = site.description().graph(site.base(), Site.server(req));
        Optional<String> chosen = Negotiation.choose(req.getHeader("Accept"), Representation.OFFERS);
        resp.setHeader("Vary", "Accept");
        Representation rep = chosen.flatMap(Representation::of).orElse(Representation.TURTLE);
        if (rep == Representation.HTML) {
            ByteArrayOutputStream ttl = new ByteArrayOutputStream();
            g.getPrefixMapping().setNsPrefixes(site.prefixes()).setNsPrefix("void", "http://rdfs.org/ns/void#")
                    .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#");
            RDFDataMgr.write(ttl, g, RDFFormat.TURTLE_PRETTY);
            Html h = new Html("Dataset description", "en");
            h.raw("<h1>Dataset description</h1>\n<p>VoID and DCAT, also as ").link("/.well-known/void?format=ttl", "Turtle")
                    .raw(" (ask with <code>Accept: text/turtle</code>).</p>\n<pre>").text(ttl.toString(StandardCharsets.UTF_8)).raw("</pre>\n");
            Site.html(resp, 200, h.finish());
            return;
        }
        g.getPrefixMapping().setNsPrefix("void", "http://rdfs.org/ns/void#").setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        site.rdf(resp, g, rep, Site.server(req));
    }
}
