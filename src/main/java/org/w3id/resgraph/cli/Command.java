package org.w3id.resgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One subcommand of the command line: its options, and what it does with them. */
interface Command {
    String name();

    /** One line for the list of commands. */
    String summary();

    /** The arguments after the options, for the usage line: {@code [OPTIONS] INPUT…}. */
    String arguments();

    /** A paragraph or two shown by {@code COMMAND --help} after the options, with examples. */
    String help();

    Options options();

    /** Runs the command; the exit status is the result. Bad usage is a {@link UsageException}. */
    int run(CommandLine line, Console console) throws Exception;
}
