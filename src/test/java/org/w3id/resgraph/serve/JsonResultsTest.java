package org.w3id.resgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/** The JSON results writer gives the answers Jena's own writer gives, read back by Jena's reader. */
class JsonResultsTest {
    private static final String DATA = """
            @prefix ex: <http://example.org/> .
            ex:a ex:p "plain", "english"@en, "arabic"@ar--rtl, 42, "2020-12-18"^^<http://www.w3.org/2001/XMLSchema#date> .
            ex:a ex:p "quote \\" backslash \\\\ newline \\n tab \\t bell \\u0007 é 工业 😀" .
            ex:a ex:p _:x . _:x ex:q _:y . _:y ex:q ex:a .
            ex:a ex:p <<( ex:s ex:p "o"@fr )>> .
            ex:b ex:p "" .
            """;

    private static Dataset data() {
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(ds);
        return ds;
    }

    /** The answer to {@code query} written by {@code writer}, as bytes. */
    private static byte[] written(String query, RowSetWriter writer) {
        try (QueryExecution q = QueryExecution.dataset(data()).query(query).build()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(out, RowSet.adapt(q.execSelect()), new Context());
            return out.toByteArray();
        }
    }

    private static ResultSetRewindable read(byte[] json) {
        return ResultSetFactory.makeRewindable(ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON));
    }

    private static void sameAsJena(String query) {
        byte[] ours = written(query, new JsonResultsAccess().writer());
        byte[] jena = written(query, RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON));
        JSON.parseAny(new String(ours, StandardCharsets.UTF_8));   // strict JSON, or it throws
        ResultSetRewindable a = read(ours), b = read(jena);
        assertEquals(b.getResultVars(), a.getResultVars(), query);
        assertEquals(b.size(), a.size(), query);
        a.reset();
        b.reset();
        assertTrue(ResultsCompare.equalsByTermAndOrder(a, b), () -> query + "\nours:\n" + new String(ours, StandardCharsets.UTF_8));
    }

    @Test
    void everyKindOfTermAsJenaWritesIt() {
        sameAsJena("SELECT ?s ?p ?o { ?s ?p ?o }");
        sameAsJena("SELECT ?s ?o ?none { ?s <http://example.org/p> ?o OPTIONAL { ?o <http://example.org/nothing> ?none } }");
        sameAsJena("SELECT ?x ?y { ?x <http://example.org/q> ?y }");   // one blank node in two rows
        sameAsJena("SELECT ?s { ?s ?p ?o FILTER(false) }");            // no rows
        sameAsJena("SELECT * { }");                                     // no variables, one row
        sameAsJena("SELECT ?x { } ");                                   // a variable never bound
    }

    @Test
    void blankNodesKeepTheirIdentityAcrossRows() {
        ResultSetRewindable r = read(written("SELECT ?x ?y { ?x <http://example.org/q> ?y } ORDER BY ?x", new JsonResultsAccess().writer()));
        List<String> rows = ResultSetFormatter.toList(r).stream().map(Object::toString).toList();
        assertEquals(2, rows.size());
        r.reset();
        var first = r.next();
        var second = r.next();
        boolean linked = first.get("y").equals(second.get("x")) || second.get("y").equals(first.get("x"));
        assertTrue(linked, "the blank node that is ?y of one row is ?x of the other: " + rows);
    }

    @Test
    void booleanAnswer() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonResultsAccess().writer().write(out, true, new Context());
        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON));
        out.reset();
        new JsonResultsAccess().writer().write(out, false, new Context());
        assertEquals(false, ResultSetMgr.readBoolean(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON));
    }

    @Test
    void registeredForSparqlJson() {
        JsonResults.register();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (QueryExecution q = QueryExecution.dataset(data()).query("SELECT ?o { ?s <http://example.org/p> ?o }").build()) {
            ResultSet rs = q.execSelect();
            ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{ \"head\": { \"vars\": [ \"o\" ] },\n"), text);
        assertEquals(9, read(out.toByteArray()).size());
    }

    /** The writer, through the factory {@link JsonResults#register()} installs. */
    private static final class JsonResultsAccess {
        RowSetWriter writer() {
            JsonResults.register();
            return org.apache.jena.riot.rowset.RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON);
        }
    }
}
