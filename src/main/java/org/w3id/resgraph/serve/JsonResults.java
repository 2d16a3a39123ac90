package org.w3id.resgraph.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

/**
 * SPARQL 1.1 Query Results JSON written row by row, one binding to a line: the same answer as
 * Jena's own writer (the same terms, blank node labels made per answer, RDF 1.2 triple terms and
 * base directions written as Jena writes them), without its indentation. Jena's writer pads every
 * line a character at a time through its IndentedWriter, which was about two thirds of the time of
 * an answer of 10,000 rows over HTTP (180 ms; profiled in the server). {@link #register()} makes it
 * the writer of {@code application/sparql-results+json} for the whole JVM: the SPARQL endpoint,
 * {@code resgraph query --format json} and the bench use it alike.
 */
public final class JsonResults implements RowSetWriter {
    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
    /** Characters gathered before they go to the encoder. */
    private static final int CHUNK = 8192;

    private JsonResults() {}

    /** Makes this the JVM's writer of SPARQL JSON results (idempotent). */
    public static void register() {
        JenaSystem.init();
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, lang -> new JsonResults());
    }

    @Override
    public void write(OutputStream out, RowSet rows, Context context) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(w, rows, context);
    }

    @Override
    public void write(Writer out, RowSet rows, Context context) {
        try {
            StringBuilder s = new StringBuilder(CHUNK + 1024);
            List<Var> vars = rows.getResultVars();
            s.append("{ \"head\": { \"vars\": [");
            for (int i = 0; i < vars.size(); i++) {
                s.append(i == 0 ? " " : ", ");
                string(s, vars.get(i).getVarName());
            }
            s.append(vars.isEmpty() ? "] },\n" : " ] },\n").append("  \"results\": { \"bindings\": [");
            Map<Node, String> blanks = new HashMap<>();
            boolean first = true;
            while (rows.hasNext()) {
                Binding b = rows.next();
                s.append(first ? "\n    {" : ",\n    {");
                first = false;
                boolean firstVar = true;
                for (Var v : vars) {
                    Node n = b.get(v);
                    if (n == null) {
                        continue;
                    }
                    s.append(firstVar ? " " : ", ");
                    firstVar = false;
                    string(s, v.getVarName());
                    s.append(": ");
                    term(s, n, blanks);
                }
                s.append(firstVar ? "}" : " }");
                if (s.length() >= CHUNK) {
                    out.append(s);
                    s.setLength(0);
                }
            }
            s.append(first ? "] }\n}\n" : "\n  ] }\n}\n");
            out.append(s);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("{ \"head\": { }, \"boolean\": " + result + " }\n");
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void term(StringBuilder s, Node n, Map<Node, String> blanks) {
        if (n.isURI()) {
            s.append("{ \"type\": \"uri\", \"value\": ");
            string(s, n.getURI());
            s.append(" }");
        } else if (n.isLiteral()) {
            s.append("{ \"type\": \"literal\", ");
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                s.append("\"xml:lang\": ");
                string(s, lang);
                s.append(", ");
                if (n.getLiteralBaseDirection() != null) {
                    s.append("\"its:dir\": ");
                    string(s, n.getLiteralBaseDirection().direction());
                    s.append(", ");
                }
            } else if (!XSD_STRING.equals(n.getLiteralDatatypeURI())) {
                s.append("\"datatype\": ");
                string(s, n.getLiteralDatatypeURI());
                s.append(", ");
            }
            s.append("\"value\": ");
            string(s, n.getLiteralLexicalForm());
            s.append(" }");
        } else if (n.isBlank()) {
            s.append("{ \"type\": \"bnode\", \"value\": ");
            string(s, blanks.computeIfAbsent(n, k -> "b" + blanks.size()));
            s.append(" }");
        } else if (n.isTripleTerm()) {
            Triple t = n.getTriple();
            s.append("{ \"type\": \"triple\", \"value\": { \"subject\": ");
            term(s, t.getSubject(), blanks);
            s.append(", \"predicate\": ");
            term(s, t.getPredicate(), blanks);
            s.append(", \"object\": ");
            term(s, t.getObject(), blanks);
            s.append(" } }");
        } else {
            throw new IllegalArgumentException("not an RDF term in a SPARQL answer: " + n);
        }
    }

    /** A JSON string: quotes, backslash and control characters escaped; the rest as it is (UTF-8 on the wire). */
    static void string(StringBuilder s, String text) {
        s.append('"');
        int from = 0, n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            s.append(text, from, i);
            from = i + 1;
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                case '\b' -> s.append("\\b");
                case '\f' -> s.append("\\f");
                default -> s.append(String.format("\\u%04x", (int) c));
            }
        }
        s.append(text, from, n).append('"');
    }
}
