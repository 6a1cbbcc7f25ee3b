package com.discomcare.localstack;

/** Stops what a test started, in the order given (services before the servers they use); skips what never started. */
public final class Shutdown {

    private Shutdown() {
    }

    public static void inOrder(AutoCloseable... parts) throws Exception {
        for (AutoCloseable part : parts) {
            if (part != null) {
                part.close();
            }
        }
    }
}
