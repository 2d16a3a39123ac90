package org.w3id.resgraph.rdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes a corpus as it streams in, in any {@link OutputFormat}, holding one document at a time. The
 * prefixes come once at the start; then each document's graph as a block of its own, in input order;
 * then the statements about series as the merge left them, again a block per document. Within a
 * block the statements are in a fixed order (N-Triples and N-Quads: lines sorted; Turtle and TriG:
 * Jena's pretty writer; JSON-LD and RDF/XML: by subject, predicate and object), so the same input
 * gives the same bytes. Quad formats keep a named graph per document (TriG and JSON-LD name a graph
 * again for its series statements, which readers merge); triple formats write the union, where a
 * statement that two documents make (an organisation's name) is written with each: readers merge them.
 * Nothing is written until the first document arrives.
 */
public final class RdfStreamWriter implements DocumentSink {
    private final OutputFormat format;
    private final PrefixMapping prefixes;
    private final OutputStream out;
    private boolean begun;
    private boolean first = true;

    public RdfStreamWriter(OutputFormat format, PrefixMapping prefixes, OutputStream out) {
        this.format = format;
        this.prefixes = prefixes;
        this.out = out;
    }

    /** Whether anything was written. */
    public boolean wrote() {
        return begun;
    }

    @Override
    public void document(Node graph, List<Quad> quads) {
        document(graph, quads, render(graph, quads));
    }

    /** The block of one document, as bytes: rendered on the thread that extracted it. */
    @Override
    public Object render(Node graph, List<Quad> quads) {
        if (quads.isEmpty()) {
            return null;
        }
        return switch (format) {
            case NQ, NT -> lines(graph, quads);
            case TTL, TRIG -> pretty(graph, quads);
            case JSONLD -> jsonld(graph, quads);
            case RDFXML -> rdfxml(quads);
        };
    }

    @Override
    public void document(Node graph, List<Quad> quads, Object rendered) {
        block((String) rendered);
    }

    @Override
    public void settled(Node graph, List<Quad> quads) {
        block((String) render(graph, quads));
    }

    @Override
    public void finish() {
        if (!begun) {
            return;
        }
        switch (format) {
            case JSONLD -> write("\n  ]\n}\n");
            case RDFXML -> write("</rdf:RDF>\n");
            default -> { }
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void block(String text) {
        if (text == null) {
            return;
        }
        if (!begun) {
            begun = true;
            write(header());
        }
        if (format == OutputFormat.JSONLD) {
            write(first ? "\n" : ",\n");
        }
        write(text);
        first = false;
    }

    private String header() {
        return switch (format) {
            case NQ, NT -> "";
            case TTL, TRIG -> {
                // Jena's own prefix lines, from an empty graph with the prefixes
                Graph empty = GraphFactory.createDefaultGraph();
                empty.getPrefixMapping().setNsPrefixes(prefixes);
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                RDFWriter.source(empty).format(OutputFormat.TTL.jena()).output(b);
                yield b.toString(StandardCharsets.UTF_8).stripTrailing() + "\n";
            }
            case JSONLD -> {
                StringBuilder b = new StringBuilder("{\n  \"@context\": {");
                String sep = "\n";
                for (Map.Entry<String, String> p : sortedPrefixes()) {
                    b.append(sep).append("    ").append(Json.quote(p.getKey())).append(": ").append(Json.quote(p.getValue()));
                    sep = ",\n";
                }
                yield b.append("\n  },\n  \"@graph\": [").toString();
            }
            case RDFXML -> {
                StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF\n    xmlns:rdf=\"")
                        .append(RDF_NS).append('"');
                for (Map.Entry<String, String> p : sortedPrefixes()) {
                    if (!p.getKey().equals("rdf") && Xml.isNcName(p.getKey())) {
                        b.append("\n    xmlns:").append(p.getKey()).append("=\"").append(Xml.escape(p.getValue())).append('"');
                    }
                }
                yield b.append(">\n").toString();
            }
        };
    }

    private List<Map.Entry<String, String>> sortedPrefixes() {
        return prefixes.getNsPrefixMap().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    /** N-Quads or N-Triples: the lines of the block, sorted, each once. */
    private String lines(Node graph, List<Quad> quads) {
        String[] lines = new String[quads.size()];
        String g = format == OutputFormat.NQ ? " " + nt(graph) + " .\n" : " .\n";
        StringBuilder b = new StringBuilder(256);
        for (int i = 0; i < lines.length; i++) {
            Quad q = quads.get(i);
            b.setLength(0);
            nt(b, q.getSubject()).append(' ');
            nt(b, q.getPredicate()).append(' ');
            nt(b, q.getObject()).append(g);
            lines[i] = b.toString();
        }
        Arrays.sort(lines);
        StringBuilder out = new StringBuilder(lines.length * 160);
        String last = null;
        for (String line : lines) {
            if (!line.equals(last)) {
                out.append(line);
            }
            last = line;
        }
        return out.toString();
    }

    /** A term as N-Triples writes it, as Jena's N-Triples and N-Quads writers do (UTF-8, not escaped to ASCII). */
    public static String nt(Node n) {
        return nt(new StringBuilder(), n).toString();
    }

    private static StringBuilder nt(StringBuilder b, Node n) {
        if (n.isURI() && plainIri(n.getURI())) {
            return b.append('<').append(n.getURI()).append('>');
        }
        if (n.isLiteral() && plainText(n.getLiteralLexicalForm())) {
            b.append('"').append(n.getLiteralLexicalForm()).append('"');
            if (!n.getLiteralLanguage().isEmpty()) {
                return b.append('@').append(n.getLiteralLanguage());
            }
            String dt = n.getLiteralDatatypeURI();
            return dt == null || dt.equals(XSD_STRING) ? b : b.append("^^<").append(dt).append('>');
        }
        // anything that needs escaping: as Jena writes it
        return b.append(NodeFmtLib.strNT(n));
    }

    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

    /** Whether an IRI is written as it is: no character N-Triples would escape or refuse in it. */
    private static boolean plainIri(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** Whether a literal's text is written as it is, with nothing to escape. */
    private static boolean plainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == '"' || c == '\\' || c == 0x7F || Character.isSurrogate(c) && !validPair(text, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean validPair(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** Turtle or TriG: Jena's pretty writer on the block, its prefix lines left out (they are at the top). */
    private String pretty(Node graph, List<Quad> quads) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        if (format == OutputFormat.TRIG) {
            DatasetGraph ds = DatasetGraphFactory.create();
            ds.prefixes().putAll(prefixes);
            quads.forEach(ds::add);
            RDFWriter.source(ds).format(format.jena()).output(b);
        } else {
            Graph g = GraphFactory.createDefaultGraph();
            g.getPrefixMapping().setNsPrefixes(prefixes);
            quads.forEach(q -> g.add(q.asTriple()));
            RDFWriter.source(g).format(format.jena()).output(b);
        }
        String text = b.toString(StandardCharsets.UTF_8);
        int at = 0;
        while (text.startsWith("PREFIX ", at) || text.startsWith("@prefix ", at)) {
            at = text.indexOf('\n', at) + 1;
        }
        return "\n" + text.substring(at).strip() + "\n";
    }

    private static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String RDF_TYPE = RDF_NS + "type";

    private static final Comparator<Triple> ORDER = Comparator.comparing((Triple t) -> key(t.getSubject()))
            .thenComparing(t -> key(t.getPredicate())).thenComparing(t -> key(t.getObject()));

    /** A term as a string to order by: IRIs and blank nodes before literals, each by its text. */
    private static String key(Node n) {
        if (n.isURI()) {
            return "<" + n.getURI();
        }
        if (n.isBlank()) {
            return "_" + n.getBlankNodeLabel();
        }
        return "\"" + n.getLiteralLexicalForm() + "\u0000" + n.getLiteralLanguage() + "\u0000" + n.getLiteralDatatypeURI();
    }

    /** The block's triples, each once, in order of subject, predicate and object. */
    private static List<Triple> sorted(List<Quad> quads) {
        Set<Triple> set = new LinkedHashSet<>();
        quads.forEach(q -> set.add(q.asTriple()));
        List<Triple> list = new ArrayList<>(set);
        list.sort(ORDER);
        return list;
    }

    /** JSON-LD: the block as one named graph object of the top-level "@graph", in expanded form but for the keys. */
    private String jsonld(Node graph, List<Quad> quads) {
        StringBuilder b = new StringBuilder(quads.size() * 120);
        b.append("    {\n      \"@id\": ").append(Json.quote(id(graph))).append(",\n      \"@graph\": [");
        List<Triple> triples = sorted(quads);
        int i = 0;
        boolean firstNode = true;
        while (i < triples.size()) {
            Node s = triples.get(i).getSubject();
            b.append(firstNode ? "\n" : ",\n").append("        {\n          \"@id\": ").append(Json.quote(id(s)));
            firstNode = false;
            while (i < triples.size() && triples.get(i).getSubject().equals(s)) {
                Node p = triples.get(i).getPredicate();
                boolean type = p.getURI().equals(RDF_TYPE);
                b.append(",\n          ").append(Json.quote(type ? "@type" : key(p.getURI()))).append(": [");
                String sep = "";
                for (; i < triples.size() && triples.get(i).getSubject().equals(s) && triples.get(i).getPredicate().equals(p); i++) {
                    Node o = triples.get(i).getObject();
                    b.append(sep).append(type && o.isURI() ? Json.quote(o.getURI()) : value(o));
                    sep = ", ";
                }
                b.append(']');
            }
            b.append("\n        }");
        }
        b.append("\n      ]\n    }");
        return b.toString();
    }

    private static String id(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }

    /** A predicate as a compact IRI when a prefix fits it, else the full IRI. */
    private String key(String iri) {
        String compact = prefixes.qnameFor(iri);
        return compact != null && !compact.startsWith("@") && !compact.endsWith(":") ? compact : iri;
    }

    private static String value(Node o) {
        if (o.isURI() || o.isBlank()) {
            return "{\"@id\": " + Json.quote(id(o)) + "}";
        }
        String v = "{\"@value\": " + Json.quote(o.getLiteralLexicalForm());
        if (!o.getLiteralLanguage().isEmpty()) {
            return v + ", \"@language\": " + Json.quote(o.getLiteralLanguage()) + "}";
        }
        String dt = o.getLiteralDatatypeURI();
        return dt == null || dt.equals("http://www.w3.org/2001/XMLSchema#string") ? v + "}" : v + ", \"@type\": " + Json.quote(dt) + "}";
    }

    /** RDF/XML: one rdf:Description per subject of the block. */
    private String rdfxml(List<Quad> quads) {
        StringBuilder b = new StringBuilder(quads.size() * 160);
        List<Triple> triples = sorted(quads);
        int i = 0;
        while (i < triples.size()) {
            Node s = triples.get(i).getSubject();
            b.append("  <rdf:Description ").append(s.isBlank() ? "rdf:nodeID=\"" + Xml.escape(s.getBlankNodeLabel())
                    : "rdf:about=\"" + Xml.escape(s.getURI())).append("\">\n");
            for (; i < triples.size() && triples.get(i).getSubject().equals(s); i++) {
                Triple t = triples.get(i);
                String[] qname = qname(t.getPredicate().getURI());
                String element = qname[0] + ":" + qname[1];
                b.append("    <").append(element);
                if (qname[2] != null) {
                    b.append(" xmlns:").append(qname[0]).append("=\"").append(Xml.escape(qname[2])).append('"');
                }
                Node o = t.getObject();
                if (o.isURI()) {
                    b.append(" rdf:resource=\"").append(Xml.escape(o.getURI())).append("\"/>\n");
                } else if (o.isBlank()) {
                    b.append(" rdf:nodeID=\"").append(Xml.escape(o.getBlankNodeLabel())).append("\"/>\n");
                } else {
                    if (!o.getLiteralLanguage().isEmpty()) {
                        b.append(" xml:lang=\"").append(Xml.escape(o.getLiteralLanguage())).append('"');
                    } else if (o.getLiteralDatatypeURI() != null && !o.getLiteralDatatypeURI().equals("http://www.w3.org/2001/XMLSchema#string")) {
                        b.append(" rdf:datatype=\"").append(Xml.escape(o.getLiteralDatatypeURI())).append('"');
                    }
                    b.append('>').append(Xml.escape(o.getLiteralLexicalForm())).append("</").append(element).append(">\n");
                }
            }
            b.append("  </rdf:Description>\n");
        }
        return b.toString();
    }

    /**
     * A predicate as an XML qualified name: {prefix, local name, namespace to declare on the element
     * or null}. A declared prefix when one fits, else the IRI split after its last '#' or '/'.
     */
    private String[] qname(String iri) {
        if (iri.startsWith(RDF_NS) && Xml.isNcName(iri.substring(RDF_NS.length()))) {
            return new String[] {"rdf", iri.substring(RDF_NS.length()), null};
        }
        for (Map.Entry<String, String> p : sortedPrefixes()) {
            String ns = p.getValue();
            if (iri.startsWith(ns) && Xml.isNcName(p.getKey()) && !p.getKey().equals("rdf") && Xml.isNcName(iri.substring(ns.length()))) {
                return new String[] {p.getKey(), iri.substring(ns.length()), null};
            }
        }
        int cut = iri.length();
        while (cut > 0 && Xml.isNameChar(iri.charAt(cut - 1))) {
            cut--;
        }
        while (cut < iri.length() && !Xml.isNameStart(iri.charAt(cut))) {
            cut++;
        }
        if (cut >= iri.length() || cut == 0) {
            throw new IllegalArgumentException("the property <" + iri + "> cannot be written in RDF/XML (no local name); choose another format");
        }
        return new String[] {"ns", iri.substring(cut), iri.substring(0, cut)};
    }

    private void write(String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON string quoting. */
    private static final class Json {
        static String quote(String s) {
            StringBuilder b = new StringBuilder(s.length() + 2).append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }
    }

    /** XML escaping and names. */
    private static final class Xml {
        static String escape(String s) {
            StringBuilder b = new StringBuilder(s.length() + 16);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '&' -> b.append("&amp;");
                    case '<' -> b.append("&lt;");
                    case '>' -> b.append("&gt;");
                    case '"' -> b.append("&quot;");
                    case '\r' -> b.append("&#xD;");
                    default -> b.append(c);
                }
            }
            return b.toString();
        }

        static boolean isNameStart(char c) {
            return Character.isLetter(c) || c == '_';
        }

        static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
        }

        static boolean isNcName(String s) {
            if (s.isEmpty() || !isNameStart(s.charAt(0))) {
                return false;
            }
            for (int i = 1; i < s.length(); i++) {
                if (!isNameChar(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
