package org.w3id.resgraph.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;

/** {@code /dumps/resgraph.nq.gz}: every quad of the database, N-Quads, gzipped, streamed as it is read. */
record DumpHandler(Site site) implements Handler {
    @Override
    public void get(String rest, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Dataset ds = site.dataset();
        resp.setStatus(200);
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"resgraph.nq.gz\"");
        try (OutputStream out = new GZIPOutputStream(resp.getOutputStream(), 1 << 16)) {
            Txn.executeRead(ds, () -> LinkedData.writeQuads(ds, out));
        }
    }
}
