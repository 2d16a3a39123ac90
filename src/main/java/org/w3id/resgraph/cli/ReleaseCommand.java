package org.w3id.resgraph.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Dataset;
import org.w3id.resgraph.release.Releases;
import org.w3id.resgraph.store.Store;

/** {@code resgraph release}: the next numbered, dated, immutable release of a database. */
final class ReleaseCommand implements Command {
    @Override
    public String name() {
        return "release";
    }

    @Override
    public String summary() {
        return "Make the next numbered release of a database: dump, patch from the last, changelog, VoID, a copy of the database";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String help() {
        return """
                Each release is a folder OUT/N (N = 1, 2, …), written beside and renamed into place when
                complete, and never changed after:
                  resgraph.nq.gz  every quad, the N-Quads lines sorted: the same data gives the same bytes
                  changes.rdfp    from release 2 on, the difference from release N-1 as an RDF Patch:
                                  applied to N-1's dump it gives N's
                  CHANGES.md      the same for people: texts added, changed and removed per language,
                                  citations added and removed, series that grew
                  graphs.tsv      each graph, its quads, and for a text its language and symbol
                  database/       a copy of the database (TDB2 and its text index)
                  SHA256SUMS      the sha256 of every file (sha256sum -c SHA256SUMS)
                  void.ttl        VoID/DCAT: the number, date, id, the release it revises
                                  (prov:wasRevisionOf), every file with its size and sha256
                resgraph serve --releases OUT serves the newest release, its files, the list of releases
                (/releases) and an Atom feed of their changes (/changes).

                Example:
                  resgraph release --db db --out releases
                """;
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(OptionValues.dbOption());
        o.addOption(Option.builder().longOpt("out").hasArg().argName("DIR").desc("the releases folder (required)").build());
        o.addOption(OptionValues.baseOption());
        return o;
    }

    @Override
    public int run(CommandLine line, Console console) throws Exception {
        Path dir = OptionValues.db(line.getOptionValue("db"), false);
        String out = line.getOptionValue("out");
        if (out == null) {
            throw new UsageException("give the releases folder with --out DIR");
        }
        if (java.nio.file.Files.exists(Path.of(out)) && !java.nio.file.Files.isDirectory(Path.of(out))) {
            throw new UsageException("--out " + out + " is a file; give the releases folder (it is made when missing)");
        }
        String base = OptionValues.base(line.getOptionValue("base"));
        Dataset ds = Store.open(dir);
        try {
            Releases.Info made = Releases.make(ds, dir.toAbsolutePath(), Path.of(out).toAbsolutePath(), base,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS), s -> console.err().println("resgraph release: " + s));
            console.out().println(made.dir());
            return 0;
        } catch (IllegalStateException | java.io.IOException e) {
            // another release being made, a release folder changed by hand, a full disk: nothing is half made
            console.err().println("resgraph release: " + e.getMessage());
            return 1;
        } finally {
            Store.release(ds, dir);
        }
    }
}
