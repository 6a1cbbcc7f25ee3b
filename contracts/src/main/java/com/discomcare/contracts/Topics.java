package com.discomcare.contracts;

/** Public topic names; a topic's dead letters go to the same name with {@link #DEAD_LETTER_SUFFIX}. */
public final class Topics {
    public static final String COMPLAINTS = "complaints.v1";
    public static final String ESCALATIONS = "escalations.v1";
    public static final String NOTIFICATIONS = "notifications.v1";
    public static final String CONNECTIONS = "connections.v1";
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
