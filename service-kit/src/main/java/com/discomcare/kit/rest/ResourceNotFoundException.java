package com.discomcare.kit.rest;

/** A resource the request names does not exist: 404 "Not found" with the message as detail. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String detail) {
        super(detail);
    }
}
