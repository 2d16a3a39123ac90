package org.w3id.resgraph.evaluate;

/** A gold file that cannot be used: the message names the file (and line) and what is wrong. */
public final class GoldException extends Exception {
    GoldException(String message) {
        super(message);
    }
}
