package com.discomcare.kit.processing;

/** The test application's only event: some text for a read model to store. */
public record TestEvent(String text) {
}
