package com.discomcare.kit.rest;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An If-Match precondition on a resource whose ETag is its version as a strong tag, e.g. {@code "3"} (RFC 9110
 * section 13.1.1). Absent or {@code *}: any version. A list of tags: one of those versions; a weak tag or one
 * that is not a version is well-formed but never matches (If-Match compares strongly). Anything else is 400.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";
    public static final IfMatch ANY = new IfMatch(null);

    // entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE, etagc = %x21 / %x23-7E / obs-text; a list may have empty elements.
    private static final String TAG = "(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"";
    private static final Pattern ENTITY_TAG = Pattern.compile(TAG);
    private static final Pattern LIST = Pattern.compile(
            "[ \\t]*(?:,[ \\t]*)*" + TAG + "(?:[ \\t]*,[ \\t]*(?:" + TAG + ")?)*[ \\t]*");
    private static final Pattern VERSION = Pattern.compile("0|[1-9][0-9]{0,17}");

    private final Set<Long> versions;

    private IfMatch(Set<Long> versions) {
        this.versions = versions;
    }

    /** The strong ETag of a version, e.g. {@code "3"}. */
    public static String entityTag(long version) {
        return "\"" + version + "\"";
    }

    /** Reads an If-Match header value (null when the header is absent). */
    public static IfMatch parse(String header) {
        if (header == null || header.strip().equals("*")) {
            return ANY;
        }
        if (!LIST.matcher(header).matches()) {
            throw new InvalidInputException(HEADER, "must be * or a list of entity tags such as \"3\" "
                    + "(the ETag of an earlier answer)");
        }
        Set<Long> versions = new HashSet<>();
        Matcher tag = ENTITY_TAG.matcher(header);
        while (tag.find()) {
            boolean strong = tag.group(1) == null;
            if (strong && VERSION.matcher(tag.group(2)).matches()) {
                versions.add(Long.parseLong(tag.group(2)));
            }
        }
        return new IfMatch(Set.copyOf(versions));
    }

    /** Whether a resource at {@code version} meets the precondition. */
    public boolean allows(long version) {
        return versions == null || versions.contains(version);
    }
}
