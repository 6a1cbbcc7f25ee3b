package com.discomcare.complaint.rest;

public class ComplaintNotFoundException extends RuntimeException {
    public ComplaintNotFoundException(String requestNumber) {
        super("no complaint with request number " + requestNumber);
    }
}
