package com.discomcare.complaint.rest;

import com.discomcare.kit.rest.ResourceNotFoundException;

public class ComplaintNotFoundException extends ResourceNotFoundException {
    public ComplaintNotFoundException(String requestNumber) {
        super("no complaint with request number " + requestNumber);
    }
}
