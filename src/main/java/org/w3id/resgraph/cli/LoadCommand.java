package org.w3id.resgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Dataset;
import org.w3id.resgraph.pipeline.Extraction;
import org.w3id.resgraph.pipeline.Inputs;
import org.w3id.resgraph.store.Loader;
import org.w3id.resgraph.store.Store;

/** {@code resgraph load}: extract texts and load them into a TDB2 database. */
final class LoadCommand implements Command {
    /** Inputs failing for one reason are one line from this many on (every French version, while French has no extractor). */
    private static final int GROUPED = 5;

    @Override
    public String name() {
        return "load";
    }

    @Override
    public String summary() {
        return "Extract texts and load them into a database (TDB2 with a full-text index)";
    }

    @Override
    public String arguments() {
        return "INPUT...";
    }

    @Override
    public String help() {
        return """
                Each document language version goes into its own named graph, and the ontology, the reference
                data and the UNBIS Thesaurus into graphs of their own. Loading a document again replaces its
                graph: loading the same corpus twice gives the same dataset. After every load, what only the
                whole database can say is made anew: the order of the series ({base}graph/series) and the
                counts corpus-wide questions ask for ({base}graph/statistics: how many resolutions cite each
                thing, rg:citedByCount; which UNBIS descriptors go together, rg:DescriptorPair). A new database is filled by
                sorting each index and writing it bottom up, built beside the folder and moved in when complete; later loads are one transaction
                each. Either way a load that fails or is killed leaves the database as it was. A document that cannot be read or extracted is reported and skipped (exit status 1); five or more failing for the
                same reason are one line with their count (--verbose names each).

                A clone of the UN's repository (UNxml/SCresolutions) loads as it is: resolutions in every
                language folder, presidential statements (rg:PresidentialStatement), drafts not adopted
                (rg:DraftResolution, never rg:Resolution). Its German versions, JSON files and stray test
                files are left out with one line per kind at the end; they are not failures.

                Examples:
                  resgraph load --db db corpus/
                  resgraph load --db db new-resolutions/
                  resgraph load --db council-db SCresolutions/
                """;
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(OptionValues.dbOption());
        o.addOption(OptionValues.baseOption());
        OptionValues.addLimitOptions(o);
        return o;
    }

    @Override
    public int run(CommandLine line, Console console) throws Exception {
        if (line.getArgList().isEmpty()) {
            throw new UsageException("no INPUT given");
        }
        Path dir = OptionValues.db(line.getOptionValue("db"), true);
        String base = OptionValues.base(line.getOptionValue("base"));
        Extraction.Limits limits = OptionValues.limits(line);
        List<String> problems = new ArrayList<>();
        Inputs.Listing listing = Inputs.list(line.getArgList(), console.in(), problems);
        List<Inputs.Input> inputs = listing.inputs();
        problems.forEach(p -> console.err().println("resgraph load: " + p));
        // A new database is built beside its folder and moved in when complete: a load killed half-way leaves no half
        // database behind (a later load starts again), as a transaction does for a database that exists.
        boolean fresh = !Store.exists(dir);
        Path staging = dir.toAbsolutePath().resolveSibling(dir.getFileName() + ".loading");
        if (fresh) {
            Store.delete(staging);
        }
        Dataset ds = Store.open(fresh ? staging : dir);
        Loader.Summary s;
        try {
            s = Loader.load(ds, inputs, base, Runtime.getRuntime().availableProcessors(), limits);
        } finally {
            if (fresh) {
                Store.release(ds, staging);
            } else {
                ds.close();
            }
        }
        if (fresh) {
            Store.moveInto(staging, dir);
        }
        Inputs.grouped(s.failures(), inputs.stream().map(Inputs.Input::name).toList(), GROUPED, " (skipped)")
                .forEach(f -> console.err().println("resgraph load: " + f));
        Inputs.grouped(s.repeats(), inputs.stream().map(Inputs.Input::name).toList(), GROUPED, "")
                .forEach(f -> console.err().println("resgraph load: " + f));
        listing.summary().forEach(l -> console.err().println("resgraph load: " + l));
        int failed = problems.size() + s.failures().size();
        console.err().println("resgraph load: " + s.documents() + " document(s) loaded into " + dir + ", " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }
}
