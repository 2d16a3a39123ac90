package org.w3id.resgraph.read;

/** A document that cannot be read: the message names the file and what is wrong with it. */
public class ReadException extends Exception {
    private final String source;

    public ReadException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    public String source() {
        return source;
    }
}
