package com.discomcare.kit.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Text as PostgreSQL can store it. PostgreSQL cannot store a NUL in {@code text} (22021) or {@code jsonb} (22P05)
 * nor encode a lone UTF-16 surrogate, and other control characters only garble lists and exports. The REST API
 * refuses such text; text that arrives another way (events stored before the API refused it, another producer's
 * events) would make a projection or a consumer fail on the event for ever. So projections pass every string they
 * write, and consumers every event they decode, through {@link #clean}, which puts {@value #REPLACEMENT_NAME} in
 * place of each C0 control character except tab, line feed and carriage return, of DEL, and of each lone
 * surrogate. The event store keeps what was sent.
 */
public final class StoredText {

    public static final char REPLACEMENT = '\uFFFD';
    private static final String REPLACEMENT_NAME = "U+FFFD";

    private StoredText() {
    }

    /** {@code text} with every character a read model must not hold replaced; the same instance if there is none. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int first = firstToReplace(text);
        if (first < 0) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            if (isSurrogatePairAt(text, i)) {
                cleaned.append(text, i, i + 2);
                i++;
            } else {
                char c = text.charAt(i);
                cleaned.append(mustReplace(c) ? REPLACEMENT : c);
            }
        }
        return cleaned.toString();
    }

    /** A copy of a JSON tree with every string value and field name {@linkplain #clean(String) cleaned}. */
    public static JsonNode clean(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            String text = node.textValue();
            String cleaned = clean(text);
            return cleaned == text ? node : TextNode.valueOf(cleaned);
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.objectNode();
            object.properties().forEach(field -> copy.set(clean(field.getKey()), clean(field.getValue())));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode(array.size());
            array.forEach(element -> copy.add(clean(element)));
            return copy;
        }
        return node;
    }

    private static int firstToReplace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSurrogatePairAt(text, i)) {
                i++;
            } else if (mustReplace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSurrogatePairAt(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    /** Called for characters that are not part of a surrogate pair, so any surrogate here is a lone one. */
    private static boolean mustReplace(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || Character.isSurrogate(c);
    }
}
