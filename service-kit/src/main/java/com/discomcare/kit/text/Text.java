package com.discomcare.kit.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Text that can never be stored or shown safely: control characters (PostgreSQL refuses NUL in {@code text} and
 * {@code jsonb}; the others corrupt logs, SMS and screens) and lone UTF-16 surrogates (no UTF-8 encoding exists for
 * them, so they turn into '?' or an error on the way to the database or Kafka). The REST API refuses such text
 * ({@link #hasControlCharacters}, {@link #hasLoneSurrogate}); what arrives another way (events stored before the
 * API refused it, another producer's events, what a problem document echoes) is {@linkplain #clean cleaned}, so a
 * projection or a consumer never fails on it for ever. The event store keeps what was sent.
 */
public final class Text {

    /** What {@link #clean} puts in place of each character it cannot keep. */
    public static final char REPLACEMENT = '\uFFFD';

    private Text() {
    }

    /**
     * Whether {@code text} holds a control character (C0, DEL or C1); with {@code lineBreaksAllowed} tab, line
     * feed and carriage return are allowed, as in remarks or an address typed over several lines.
     */
    public static boolean hasControlCharacters(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            if (isForbiddenControl(text.charAt(i), lineBreaksAllowed)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} holds a high surrogate not followed by a low one, or a low one not after a high one. */
    public static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isLoneSurrogateAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code text} with every control character other than tab, line feed and carriage return, and every lone
     * surrogate, replaced by U+FFFD; the same instance when there is nothing to replace, null for null.
     */
    public static String clean(String text) {
        if (text == null || (!hasControlCharacters(text, true) && !hasLoneSurrogate(text))) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            safe.append(isForbiddenControl(c, true) || isLoneSurrogateAt(text, i) ? REPLACEMENT : c);
        }
        return safe.toString();
    }

    /**
     * {@code value} as JSON whose text PostgreSQL's {@code jsonb} and every reader can take: written once, and only
     * when it may hold something {@link #clean} would replace (Jackson escapes C0 characters: backspace and form
     * feed by letter, the others as four hex digits) written again from a cleaned tree. A read model writes every
     * event's document this way.
     */
    public static String cleanJson(ObjectMapper json, Object value) throws JsonProcessingException {
        String written = json.writeValueAsString(value);
        boolean escapedControl = written.contains("\\u00") || written.contains("\\b") || written.contains("\\f");
        if (!escapedControl && !hasControlCharacters(written, false) && !hasLoneSurrogate(written)) {
            return written;
        }
        return json.writeValueAsString(clean(json.valueToTree(value)));
    }

    /**
     * The JSON tree with every string value and field name {@linkplain #clean(String) cleaned}: the same node when
     * nothing needs cleaning (the common case: every consumed event passes through here), else a cleaned copy.
     */
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
            ObjectNode copy = null;
            for (var field : object.properties()) {
                String name = clean(field.getKey());
                JsonNode value = clean(field.getValue());
                if (copy == null && (name != field.getKey() || value != field.getValue())) {
                    copy = object.objectNode();
                    for (var earlier : object.properties()) {
                        if (earlier.getKey().equals(field.getKey())) {
                            break;
                        }
                        copy.set(earlier.getKey(), earlier.getValue());
                    }
                }
                if (copy != null) {
                    copy.set(name, value);
                }
            }
            return copy == null ? node : copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = null;
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = clean(array.get(i));
                if (copy == null && value != array.get(i)) {
                    copy = array.arrayNode(array.size());
                    for (int j = 0; j < i; j++) {
                        copy.add(array.get(j));
                    }
                }
                if (copy != null) {
                    copy.add(value);
                }
            }
            return copy == null ? node : copy;
        }
        return node;
    }

    private static boolean isForbiddenControl(char c, boolean lineBreaksAllowed) {
        if (!Character.isISOControl(c)) {
            return false;
        }
        return !lineBreaksAllowed || (c != '\t' && c != '\n' && c != '\r');
    }

    private static boolean isLoneSurrogateAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
