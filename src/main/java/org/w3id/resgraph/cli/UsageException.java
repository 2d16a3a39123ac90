package org.w3id.resgraph.cli;

/** The command line itself is wrong: the message says how; the exit status is 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
