package org.w3id.resgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.w3id.resgraph.store.Store;
import org.w3id.resgraph.web.LinkedData;

/** {@code resgraph dump}: the whole database as N-Quads, gzipped when the file name ends in .gz. */
final class DumpCommand implements Command {
    @Override
    public String name() {
        return "dump";
    }

    @Override
    public String summary() {
        return "Write every quad of a database to one N-Quads file (gzipped for a .gz name)";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String help() {
        return """
                The file is written beside the target and moved into place when complete, so an
                interrupted dump never leaves a truncated file under the name asked for. A running
                server offers the same at /dumps/resgraph.nq.gz.

                Example:
                  resgraph dump --db db -o resgraph.nq.gz
                """;
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(OptionValues.dbOption());
        o.addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE").desc("the file to write (required)").build());
        return o;
    }

    @Override
    public int run(CommandLine line, Console console) throws Exception {
        Path dir = OptionValues.db(line.getOptionValue("db"), false);
        String name = line.getOptionValue("o");
        if (name == null) {
            throw new UsageException("give the file to write with -o FILE.nq.gz");
        }
        Path target = Path.of(name).toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Dataset ds = Store.open(dir);
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
             OutputStream out = name.endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file) {
            Txn.executeRead(ds, () -> LinkedData.writeQuads(ds, out));
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            console.err().println("resgraph dump: could not write " + target + ": " + e.getMessage());
            return 1;
        } finally {
            ds.close();
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        console.err().println("resgraph dump: wrote " + target + " (" + Files.size(target) + " bytes)");
        return 0;
    }
}
