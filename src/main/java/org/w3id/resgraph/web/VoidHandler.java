package org.w3id.resgraph.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.w3id.resgraph.release.Releases;
import org.w3id.resgraph.vocab.Vocab;

/**
 * {@code /.well-known/void}: the dataset described in VoID and DCAT, negotiated (Turtle unless asked
 * otherwise; a page for browsers). A server of releases adds each release: the dataset
 * {@code dcterms:hasVersion} it, with its number, date and the release it revises.
 */
record VoidHandler(Site site, Path releases) implements Handler {
    @Override
    public void get(String rest, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Graph g = site.description().graph(site.base(), Site.server(req));
        if (releases != null) {
            Node dataset = NodeFactory.createURI(site.base() + "dataset");
            Releases.Info before = null;
            for (Releases.Info r : Releases.list(releases)) {
                Node release = NodeFactory.createURI(r.iri(site.base()));
                g.add(Triple.create(dataset, NodeFactory.createURI(Vocab.DCTERMS + "hasVersion"), release));
                g.add(Triple.create(release, NodeFactory.createURI("http://www.w3.org/ns/dcat#version"),
                        NodeFactory.createLiteralString(Integer.toString(r.number()))));
                g.add(Triple.create(release, NodeFactory.createURI(Vocab.DCTERMS + "issued"),
                        NodeFactory.createLiteralDT(r.issued().toString(), XSDDatatype.XSDdateTime)));
                if (before != null) {
                    g.add(Triple.create(release, NodeFactory.createURI(Vocab.PROV + "wasRevisionOf"), NodeFactory.createURI(before.iri(site.base()))));
                }
                before = r;
            }
        }
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
