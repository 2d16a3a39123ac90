package org.w3id.resgraph.extract;

/** A document whose facts cannot be extracted; the message names the document and the reason. */
public class ExtractException extends Exception {
    public ExtractException(String source, String problem) {
        super(source + ": " + problem);
    }
}
