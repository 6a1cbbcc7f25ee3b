package com.discomcare.kit.rest;

/**
 * A step sent with an If-Match that names an older version than the resource's: 412, with the current ETag in
 * the answer's ETag header so that the client can read the resource again and decide.
 */
public class PreconditionFailedException extends RuntimeException {

    private final long currentVersion;

    public PreconditionFailedException(String detail, long currentVersion) {
        super(detail);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
