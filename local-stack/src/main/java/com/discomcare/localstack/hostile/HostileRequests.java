package com.discomcare.localstack.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Malformed and hostile HTTP requests for a service's endpoints, generated from a seed so that a failing run can
 * be repeated exactly. Each request breaks its endpoint's contract in one way: a body field with a control
 * character, a lone surrogate, invalid UTF-8 or the wrong JSON type; a body that is no JSON, is nested thousands
 * deep or is missing; a wrong content type or method; a path or query parameter with control characters; an
 * over-long URI or header. Every request to an endpoint that changes state is certain to be invalid, so a service
 * that handles all of them correctly has changed nothing.
 */
public final class HostileRequests {

    /**
     * One endpoint and a valid request to it: {@code path} names its parameters in braces ({@code /x/{id}}),
     * {@code pathParameters}, {@code query} and {@code headers} hold valid values, {@code body} a valid JSON
     * object's fields (String and Number values; null for no body), {@code enumFields} the body fields whose
     * values are enum constants. {@code changesState}: a valid request would change something (POST, PUT).
     */
    public record Endpoint(String method, String path, Map<String, String> pathParameters, Map<String, String> query,
                           Map<String, String> headers, Map<String, Object> body, Set<String> enumFields,
                           boolean changesState) {

        public static Endpoint read(String path, Map<String, String> pathParameters, Map<String, String> query) {
            return new Endpoint("GET", path, pathParameters, query, Map.of(), null, Set.of(), false);
        }

        public static Endpoint write(String method, String path, Map<String, String> pathParameters,
                                     Map<String, String> headers, Map<String, Object> body, Set<String> enumFields) {
            return new Endpoint(method, path, pathParameters, Map.of(), headers, body, enumFields, true);
        }

        /** This endpoint with one more valid header, e.g. {@code Authorization: Bearer ...} for a secured service. */
        public Endpoint withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Endpoint(method, path, pathParameters, query, Collections.unmodifiableMap(more), body,
                    enumFields, changesState);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * One request: its number in the run, what it breaks, and its bytes on the wire. {@code parsable}: it is
     * HTTP/1.1 that Vert.x parses and hands to the application; the rest (a control character in a header, a
     * request line or headers past Vert.x' own limits, a malformed percent-escape, which Quarkus checks before
     * any route) are refused before the application sees them, with a bare 4xx that it cannot turn into a
     * problem document.
     */
    public record Request(int number, String description, byte[] bytes, boolean parsable, boolean changesState) {
    }

    private enum Kind {
        FIELD_VALUE, ENUM_VALUE, WHOLE_BODY, DUPLICATE_FIELD, CONTENT_TYPE, MISSING_BODY, PATH_PARAMETER,
        QUERY_PARAMETER, HEADER, LONG_URI, LONG_HEADERS, WRONG_METHOD, UNPARSABLE
    }

    /** JSON values no field of any endpoint accepts: control characters, lone surrogates, wrong types, too long. */
    private static final List<byte[]> HOSTILE_VALUES = List.of(
            ascii("\"a\\u0000b\""), ascii("\"\\u0000\""), ascii("\"x\\u0001y\""), ascii("\"\\u001b[2J\""),
            ascii("\"v\\u000bt\""), ascii("\"del\\u007f\""), ascii("\"nel\\u0085\""), ascii("\"\\u009b31m\""),
            ascii("\"\\ud800\""), ascii("\"\\udfff\""), ascii("\"a\\ud83d b\""), ascii("\"\\udc4d\\ud83d\""),
            bytes('"', 0xC3, 0x28, '"'), bytes('"', 0xC0, 0x80, '"'), bytes('"', 0xED, 0xA0, 0x80, '"'),
            bytes('"', 'a', 0x80, '"'), bytes('"', 0xFF, 0xFE, '"'), bytes('"', 'a', 0x00, 'b', '"'),
            bytes('"', 0x01, '"'), bytes('"', 0xF4, 0x90, 0x80, 0x80, '"'),
            ascii("true"), ascii("false"), ascii("[]"), ascii("{}"), ascii("[\"x\"]"), ascii("{\"a\":1}"),
            ascii("-1"), ascii("0"), ascii("6"), ascii("1.5"), ascii("-0.0"), ascii("1e400"),
            ascii("-9223372036854775809"), ascii("99999999999999999999"), ascii("1" + "0".repeat(3000)),
            ascii("NaN"), ascii("undefined"), ascii("'single'"));

    /** Whole bodies that are not a valid request to any endpoint. */
    private static final List<byte[]> HOSTILE_BODIES = List.of(
            ascii(""), ascii("{"), ascii("}"), ascii("{\"by\":"), ascii("[]"), ascii("[{}]"), ascii("\"text\""),
            ascii("42"), ascii("null"), ascii("true"), ascii("not json"), ascii("{'by':'x'}"),
            ascii("{\"by\" \"x\"}"), ascii("{}"), ascii("{\"by\":\"x\",}"), bytes(0xFF, 0xFE, '{', '}'),
            bytes('{', 0x00, '}'), bytes(0xC3, 0x28), ascii("<xml/>"), ascii("by=JE-1"), ascii("{\"\\u0000\":\"x\"}"));

    /** Path segments that are invalid for any path parameter: control characters, or too long for any. */
    private static final List<String> HOSTILE_SEGMENTS = List.of(
            "%00", "a%00b", "%01", "%1F", "%7F", "%C2%85", "%0A", "%0D%0A", "x%09y", "%00%ED%A0%80", "%FF%00",
            "%E2%80%8B%00", "1%002", "%1B%5B2J");

    /** More for parameters of reads, where any value is safe to send: bad escapes, numbers, odd Unicode. */
    private static final List<String> HOSTILE_READ_VALUES = List.of(
            "%E0%A4", "%ED%A0%80", "%C0%80", "%F4%90%80%80", "-1", "99999999999999999999", "1e3", "NaN",
            "0x10", "", "%20", "..", "%2E%2E", "null", "%27%20OR%20%271%27%3D%271", "%EF%BF%BF", "%F0%9F%91%8D");

    private static final List<String> WRONG_CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
            "application/octet-stream", "image/png", "application/jsonx");

    private static final List<String> WRONG_METHODS = List.of("DELETE", "PATCH", "TRACE", "BREW");

    private HostileRequests() {
    }

    /** {@code count} requests spread over {@code endpoints}; the same seed gives the same requests. */
    public static List<Request> generate(long seed, int count, List<Endpoint> endpoints) {
        Random random = new Random(seed);
        List<Request> requests = new ArrayList<>(count);
        for (int number = 0; number < count; number++) {
            Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
            List<Kind> kinds = applicableKinds(endpoint);
            requests.add(build(number, endpoint, kinds.get(random.nextInt(kinds.size())), random));
        }
        return requests;
    }

    /**
     * Sends {@code count} requests generated from {@code seed} to the service on {@code port}, one at a time, and
     * returns each wrong answer described with its request (empty when every answer was right).
     */
    public static List<String> wrongAnswers(long seed, int count, int port, List<Endpoint> endpoints) {
        List<String> failures = new ArrayList<>();
        for (Request request : generate(seed, count, endpoints)) {
            String failure = wrongAnswer(request, RawHttp.send(port, request.bytes()));
            if (failure != null) {
                failures.add("#" + request.number() + " " + request.description() + " -> " + failure);
            }
        }
        return failures;
    }

    /**
     * What is wrong with an answer to a hostile request, or null if nothing: it must not be a failure on the
     * server's side (5xx), a refusal (4xx) must be an application/problem+json document with its status, and a
     * request to an endpoint that changes state must be refused.
     */
    public static String wrongAnswer(Request request, RawHttp.Answer answer) {
        if (answer.status() >= 500) {
            return answer.status() + " " + answer.bodyText();
        }
        if (answer.status() < 400 && (request.changesState() || !request.parsable())) {
            return answer.status() + " (accepted): " + answer.bodyText();
        }
        if (!request.parsable()) {
            return null;
        }
        if (answer.status() >= 400) {
            if (!answer.contentType().startsWith("application/problem+json")) {
                return answer.status() + " as '" + answer.contentType() + "': " + answer.bodyText();
            }
            if (!answer.bodyText().contains("\"status\":" + answer.status())) {
                return answer.status() + " with a problem document of another status: " + answer.bodyText();
            }
        }
        return null;
    }

    private static List<Kind> applicableKinds(Endpoint endpoint) {
        List<Kind> kinds = new ArrayList<>(List.of(Kind.LONG_URI, Kind.LONG_HEADERS, Kind.WRONG_METHOD,
                Kind.UNPARSABLE));
        if (endpoint.body() != null) {
            kinds.addAll(List.of(Kind.FIELD_VALUE, Kind.FIELD_VALUE, Kind.WHOLE_BODY, Kind.DUPLICATE_FIELD,
                    Kind.CONTENT_TYPE, Kind.MISSING_BODY));
        }
        if (!endpoint.enumFields().isEmpty()) {
            kinds.add(Kind.ENUM_VALUE);
        }
        if (!endpoint.pathParameters().isEmpty()) {
            kinds.addAll(List.of(Kind.PATH_PARAMETER, Kind.PATH_PARAMETER));
        }
        if (!endpoint.changesState()) {
            kinds.addAll(List.of(Kind.QUERY_PARAMETER, Kind.QUERY_PARAMETER));
        }
        if (!endpoint.headers().isEmpty()) {
            kinds.add(Kind.HEADER);
        }
        return kinds;
    }

    private static Request build(int number, Endpoint endpoint, Kind kind, Random random) {
        String method = endpoint.method();
        Map<String, String> path = new LinkedHashMap<>(endpoint.pathParameters());
        Map<String, String> query = new LinkedHashMap<>(endpoint.query());
        Map<String, byte[]> headers = new LinkedHashMap<>();
        endpoint.headers().forEach((name, value) -> headers.put(name, ascii(value)));
        byte[] body = endpoint.body() == null ? null : json(endpoint.body(), null, null);
        String contentType = endpoint.body() == null ? null : "application/json";
        String what;
        boolean parsable = true;
        switch (kind) {
            case FIELD_VALUE -> {
                String field = pick(random, List.copyOf(endpoint.body().keySet()));
                byte[] value = random.nextInt(8) == 0 ? hugeValue(random) : pick(random, HOSTILE_VALUES);
                body = json(endpoint.body(), field, value);
                what = "field " + field + " = " + shown(value);
            }
            case ENUM_VALUE -> {
                String field = pick(random, List.copyOf(endpoint.enumFields()));
                byte[] value = ascii(pick(random, List.of("\"NOT_A_VALUE\"", "\"\"", "\" \"", "\"resolved\"",
                        "\"FUSE-REPLACED\"", "\"0\"", "0", "1")));
                body = json(endpoint.body(), field, value);
                what = "enum field " + field + " = " + shown(value);
            }
            case WHOLE_BODY -> {
                body = random.nextInt(6) == 0 ? deeplyNested(random) : pick(random, HOSTILE_BODIES);
                what = "body " + shown(body);
            }
            case DUPLICATE_FIELD -> {
                String field = pick(random, List.copyOf(endpoint.body().keySet()));
                byte[] value = pick(random, HOSTILE_VALUES);
                byte[] valid = json(endpoint.body(), null, null);
                body = concat(java.util.Arrays.copyOf(valid, valid.length - 1),
                        ascii(",\"" + field + "\":"), value, ascii("}"));
                what = "field " + field + " repeated as " + shown(value);
            }
            case CONTENT_TYPE -> {
                contentType = pick(random, WRONG_CONTENT_TYPES);
                what = "content type " + contentType;
            }
            case MISSING_BODY -> {
                body = null;
                what = "no body";
            }
            case PATH_PARAMETER -> {
                String name = pick(random, List.copyOf(path.keySet()));
                String value = hostileParameter(random, endpoint.changesState());
                path.put(name, value);
                what = "path parameter " + name + " = " + abbreviated(value);
            }
            case QUERY_PARAMETER -> {
                List<String> names = new ArrayList<>(query.keySet());
                names.add("unknown");
                String name = pick(random, names);
                String value = hostileParameter(random, false);
                query.put(name, value);
                what = "query parameter " + name + " = " + abbreviated(value);
            }
            case HEADER -> {
                String name = pick(random, List.copyOf(endpoint.headers().keySet()));
                byte[] value = name.equalsIgnoreCase("If-Match")
                        ? pick(random, List.of(ascii("\"1"), ascii("W/1"), ascii("1"), ascii("*, \"1\""),
                        bytes('\'', 0xFF, '\''), bytes('"', 0x85, '"', ' ', '"'), ascii("\"1\" \"2\"")))
                        : pick(random, List.of(ascii("x".repeat(101 + random.nextInt(5_000))),
                        bytes('a', 0x85, 'b'), bytes(0x9B, '2', 'J'), bytes('a', 0x80, 0x9F)));
                headers.put(name, value);
                what = "header " + name + " = " + shown(value);
            }
            case LONG_URI -> {
                int length = 4_100 + random.nextInt(56_000);
                if (!path.isEmpty() && random.nextBoolean()) {
                    path.put(pick(random, List.copyOf(path.keySet())), "1".repeat(length));
                } else {
                    query.put("filler", "q".repeat(length));
                }
                what = "URI of about " + length + " characters";
            }
            case LONG_HEADERS -> {
                if (random.nextBoolean()) {
                    int length = 16_500 + random.nextInt(44_000);
                    headers.put("X-Filler", ascii("h".repeat(length)));
                    what = "one header of " + length + " bytes";
                } else {
                    int many = 200 + random.nextInt(300);
                    for (int i = 0; i < many; i++) {
                        headers.put("X-Filler-" + i, ascii("h".repeat(100)));
                    }
                    what = many + " headers of 100 bytes";
                }
            }
            case WRONG_METHOD -> {
                method = pick(random, WRONG_METHODS);
                what = "method " + method;
            }
            case UNPARSABLE -> {
                parsable = false;
                switch (random.nextInt(5)) {
                    case 0 -> {
                        byte control = (byte) pick(random, List.of(0x00, 0x01, 0x0B, 0x1B, 0x7F)).intValue();
                        headers.put("X-Correlation-Id", new byte[]{'a', control, 'b'});
                        what = "a control character in a header";
                    }
                    case 1 -> {
                        path.replaceAll((name, value) -> value + "\u0001 x");
                        query.put("q", "a b\u0000");
                        what = "a space and a control character in the request line";
                    }
                    case 2 -> {
                        query.put("q", pick(random, List.of("%", "%zz", "100%", "%G1")));
                        what = "a malformed percent-escape";
                    }
                    case 3 -> {
                        query.put("filler", "q".repeat(70_000 + random.nextInt(100_000)));
                        what = "a request line past Vert.x' limit";
                    }
                    default -> {
                        headers.put("X-Filler", ascii("h".repeat(70_000 + random.nextInt(100_000))));
                        what = "headers past Vert.x' limit";
                    }
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
        byte[] bytes = wire(method, target(endpoint.path(), path, query), headers, contentType, body);
        return new Request(number, endpoint + ": " + kind + ": " + what, bytes, parsable, endpoint.changesState());
    }

    private static String hostileParameter(Random random, boolean mustBeInvalid) {
        int choice = random.nextInt(10);
        if (choice == 0) {
            return "x".repeat(61 + random.nextInt(1_000));
        }
        if (!mustBeInvalid && choice < 5) {
            return pick(random, HOSTILE_READ_VALUES);
        }
        return pick(random, HOSTILE_SEGMENTS);
    }

    private static byte[] hugeValue(Random random) {
        String unit = random.nextBoolean() ? "x" : "\ud83d\udc4d";
        return ("\"" + unit.repeat(1_001 + random.nextInt(100_000)) + "\"").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deeplyNested(Random random) {
        int depth = 2_000 + random.nextInt(50_000);
        return random.nextBoolean() ? ascii("[".repeat(depth) + "]".repeat(depth))
                : ascii("{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
    }

    private static String target(String template, Map<String, String> path, Map<String, String> query) {
        String target = template;
        for (Map.Entry<String, String> parameter : path.entrySet()) {
            target = target.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        StringBuilder withQuery = new StringBuilder(target);
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            withQuery.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
            separator = '&';
        }
        return withQuery.toString();
    }

    private static byte[] wire(String method, String target, Map<String, byte[]> headers, String contentType,
                               byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"));
        if (contentType != null) {
            out.writeBytes(ascii("Content-Type: " + contentType + "\r\n"));
        }
        if (method.equals("POST") || method.equals("PUT") || body != null) {
            out.writeBytes(ascii("Content-Length: " + (body == null ? 0 : body.length) + "\r\n"));
        }
        headers.forEach((name, value) -> {
            out.writeBytes(ascii(name + ": "));
            out.writeBytes(value);
            out.writeBytes(ascii("\r\n"));
        });
        out.writeBytes(ascii("\r\n"));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    /** The JSON object of {@code fields}, with {@code replaced}'s value swapped for raw {@code value} bytes. */
    private static byte[] json(Map<String, Object> fields, String replaced, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('{');
        boolean first = true;
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            if (!first) {
                out.write(',');
            }
            first = false;
            out.writeBytes(("\"" + field.getKey() + "\":").getBytes(StandardCharsets.UTF_8));
            if (field.getKey().equals(replaced)) {
                out.writeBytes(value);
            } else if (field.getValue() instanceof Number number) {
                out.writeBytes(ascii(number.toString()));
            } else {
                out.writeBytes(("\"" + field.getValue() + "\"").getBytes(StandardCharsets.UTF_8));
            }
        }
        out.write('}');
        return out.toByteArray();
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String shown(byte[] value) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < Math.min(value.length, 40); i++) {
            int b = value[i] & 0xFF;
            shown.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02X", b));
        }
        return value.length > 40 ? shown + "... (" + value.length + " bytes)" : shown.toString();
    }

    private static String abbreviated(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "... (" + value.length() + " characters)" : value;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
