package com.discomcare.connection.documents;

/** A step a service request goes through before it is completed, e.g. {@code SITE_INSPECTED}. */
public record Step(String code, String description) {
}
