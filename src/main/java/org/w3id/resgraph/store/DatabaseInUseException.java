package org.w3id.resgraph.store;

/** The database folder is held by another process (a running server or load): TDB2 allows one at a time. */
public final class DatabaseInUseException extends RuntimeException {
    public DatabaseInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
