package org.w3id.resgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.ParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.resgraph.pipeline.Version;
import org.w3id.resgraph.store.DatabaseInUseException;

import ch.qos.logback.classic.Level;

/**
 * The {@code resgraph} command line: parses options, calls the library, and turns what goes wrong
 * into one clear message and an exit status (0 done, 1 some input failed, 2 bad usage, 3 internal
 * error). The library never exits the JVM; only {@link #main} does.
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger("resgraph.cli");

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Main() {
        for (Command c : new Command[] {new ExtractCommand(), new ValidateCommand(), new EvaluateCommand(), new LoadCommand(),
                new StatsCommand(), new QueryCommand(), new ServeCommand(), new LineageCommand(), new DumpCommand(), new ReleaseCommand(), new ImportUnbisCommand()}) {
            commands.put(c.name(), c);
        }
    }

    /**
     * Lucene reports through java.util.logging that it could use a faster vector API: not for users.
     * Held here so the setting is not collected with the logger (the name clashes with SLF4J's Logger).
     */
    private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE.setLevel(java.util.logging.Level.SEVERE);
        System.exit(new Main().run(args, Console.system()));
    }

    /** Runs one command line against {@code console}; the exit status (0 done, 1 some input failed, 2 bad usage, 3 internal error). */
    public int run(String[] args, Console console) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            console.out().print(overview());
            return args.length == 0 ? 2 : 0;
        }
        if (args[0].equals("--version")) {
            console.out().println("resgraph " + Version.current());
            return 0;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            console.err().println("resgraph: '" + args[0] + "' is not a command. See 'resgraph --help'.");
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            CommandLine line = new DefaultParser().parse(withCommon(command), rest);
            if (line.hasOption("help")) {
                console.out().print(help(command));
                return 0;
            }
            setLogLevel(line.hasOption("quiet") ? Level.WARN : line.hasOption("verbose") ? Level.DEBUG : Level.INFO);
            return command.run(line, console);
        } catch (ParseException | UsageException e) {
            console.err().println("resgraph " + command.name() + ": " + e.getMessage()
                    + ". See 'resgraph " + command.name() + " --help'.");
            return 2;
        } catch (DatabaseInUseException e) {
            console.err().println("resgraph " + command.name() + ": " + e.getMessage());
            return 1;
        } catch (OutOfMemoryError e) {
            console.err().println("resgraph " + command.name() + ": out of memory; give Java more with "
                    + "RESGRAPH_JAVA_OPTS=-Xmx… or run on fewer inputs at once");
            return 3;
        } catch (Exception | Error e) {
            LOG.debug("internal error", e);
            console.err().println("resgraph " + command.name() + ": internal error: " + e
                    + " (run with --verbose for details)");
            return 3;
        }
    }

    /** The long option names of a command, common ones included: what its help must explain. */
    List<String> commandOptions(String name) {
        return withCommon(commands.get(name)).getOptions().stream()
                .map(Option::getLongOpt).filter(java.util.Objects::nonNull).toList();
    }

    private static org.apache.commons.cli.Options withCommon(Command command) {
        org.apache.commons.cli.Options o = command.options();
        o.addOption(Option.builder("h").longOpt("help").desc("show this help and exit").build());
        o.addOption(Option.builder("q").longOpt("quiet").desc("report only warnings and errors").build());
        o.addOption(Option.builder("v").longOpt("verbose").desc("report details, and stack traces of internal errors").build());
        return o;
    }

    private String overview() {
        StringBuilder b = new StringBuilder();
        b.append("resgraph ").append(Version.current())
                .append(" - a knowledge graph of United Nations resolutions, built from their texts\n\n");
        b.append("Usage: resgraph COMMAND [OPTIONS] [ARGUMENTS]\n\nCommands:\n");
        for (Command c : commands.values()) {
            b.append(String.format("  %-14s %s%n", c.name(), c.summary()));
        }
        b.append("\nOptions:\n  -h, --help     show this help (or a command's: resgraph COMMAND --help)\n")
                .append("      --version  print the version\n\n")
                .append("Exit status: 0 done; 1 some input failed (the rest was processed); 2 bad usage;\n")
                .append("3 internal error.\n");
        return b.toString();
    }

    private static String help(Command command) {
        StringWriter w = new StringWriter();
        HelpFormatter f = HelpFormatter.builder().get();
        f.printHelp(new PrintWriter(w), 100, "resgraph " + command.name() + " [OPTIONS] " + command.arguments(),
                command.summary() + "\n\nOptions:", withCommon(command), 2, 4, "\n" + command.help(), false);
        return w.toString();
    }

    private static void setLogLevel(Level level) {
        if (LoggerFactory.getLogger("resgraph") instanceof ch.qos.logback.classic.Logger l) {
            l.setLevel(level);
        }
    }
}
