package org.w3id.resgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;

/** The bench's least HTTP client, against the JDK's own HTTP server on loopback. */
class KeptAliveTest {
    @Test
    void readsBothFramingsOverOneConnectionAndReconnectsWhenClosed() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Set<String> clients = ConcurrentHashMap.newKeySet();
        server.createContext("/", exchange -> {
            clients.add(exchange.getRemoteAddress().toString());
            String q = exchange.getRequestURI().getRawQuery();
            byte[] body = ("answer to " + q + " é").getBytes(StandardCharsets.UTF_8);
            if (q.equals("close")) {
                exchange.getResponseHeaders().add("Connection", "close");
            }
            // length 0 asks the JDK's server for a chunked body; otherwise Content-Length
            exchange.sendResponseHeaders(q.startsWith("chunked") ? 200 : 404, q.startsWith("chunked") ? 0 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try (KeptAlive client = new KeptAlive(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(new KeptAlive.Response(404, "answer to n" + i + " é"), client.get("/x?n" + i));
                assertEquals(new KeptAlive.Response(200, "answer to chunked" + i + " é"), client.get("/x?chunked" + i));
            }
            assertEquals(1, clients.size(), "six requests over one connection: " + clients);
            assertEquals(200, client.get("/x?close").status() == 404 ? 200 : 0);
            assertEquals(new KeptAlive.Response(404, "answer to again é"), client.get("/x?again"));
            assertEquals(2, clients.size(), "a new connection after the server closed one: " + clients);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anAskIsTrueInEitherServersForm() {
        // resgraph's, and Virtuoso 7.2's answer to ASK {} by GET (as it came, whitespace and all)
        assertEquals(true, Bench.answersTrue(new KeptAlive.Response(200, "{ \"head\": { }, \"boolean\": true }\n")));
        assertEquals(true, Bench.answersTrue(new KeptAlive.Response(200, "\n{ \"head\": { \"link\": [], \"vars\": [\"__ASK_RETVAL\"] },\n"
                + "  \"results\": { \"distinct\": false, \"ordered\": true, \"bindings\": [\n    { \"__ASK_RETVAL\": { \"type\": \"typed-literal\", "
                + "\"datatype\": \"http://www.w3.org/2001/XMLSchema#integer\", \"value\": \"1\" }} ] } }")));
        assertEquals(false, Bench.answersTrue(new KeptAlive.Response(200, "{ \"head\": { }, \"boolean\": false }")));
        assertEquals(false, Bench.answersTrue(new KeptAlive.Response(200, "{ \"results\": { \"bindings\": [ { \"__ASK_RETVAL\": { \"value\": \"0\" } } ] } }")));
        assertEquals(false, Bench.answersTrue(new KeptAlive.Response(500, "{ \"boolean\": true }")));
    }
}
