package com.discomcare.connection.rest;

import com.discomcare.kit.rest.ResourceNotFoundException;

public class NotFoundException extends ResourceNotFoundException {
    public NotFoundException(String what) {
        super("no " + what);
    }
}
