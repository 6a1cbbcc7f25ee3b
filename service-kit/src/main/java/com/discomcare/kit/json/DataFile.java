package com.discomcare.kit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * A JSON data file a service reads at start-up (a policy, a schedule, a roster, a seed): from a path, or from a
 * built-in classpath resource when none is set. Parsing is strict (an unknown property is a mistake, not silently
 * ignored) and every service words a broken file the same way: "{@code <name> <source> is invalid: ...}" for a file
 * that is not the expected JSON, "{@code cannot read the <name> <source>}" for one that cannot be opened. Checking
 * the parsed document is the caller's, in {@code build}, which receives the document and its source for its own
 * messages.
 *
 * @param <D> the record the JSON maps onto
 */
public final class DataFile<D> {

    // Not the REST mapper: data files are read before the application runs and must not depend on its customizers.
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final String name;
    private final String isOrAre;
    private final Class<D> documentType;

    private DataFile(String name, String isOrAre, Class<D> documentType) {
        this.name = name;
        this.isOrAre = isOrAre;
        this.documentType = documentType;
    }

    /** A file named in the singular, e.g. "connection policy": "connection policy x.json is invalid: ...". */
    public static <D> DataFile<D> named(String name, Class<D> documentType) {
        return new DataFile<>(name, "is", documentType);
    }

    /** A file named in the plural, e.g. "connection charges": "connection charges x.json are invalid: ...". */
    public static <D> DataFile<D> namedPlural(String name, Class<D> documentType) {
        return new DataFile<>(name, "are", documentType);
    }

    public <T> T read(Path file, BiFunction<D, String, T> build) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), build);
        } catch (IOException e) {
            throw cannotRead(file.toString(), e);
        }
    }

    /** The resource is looked up next to the document type, i.e. in the service that owns both. */
    public <T> T readResource(String resource, BiFunction<D, String, T> build) {
        try (InputStream in = documentType.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return read(in, resource, build);
        } catch (IOException e) {
            throw cannotRead(resource, e);
        }
    }

    public <T> T read(InputStream in, String source, BiFunction<D, String, T> build) {
        D document;
        try {
            document = STRICT.readValue(in, documentType);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(invalidMessage(source, e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw cannotRead(source, e);
        }
        return build.apply(document, source);
    }

    /** The wording for a file whose content is wrong, for the caller's own checks to use too. */
    public String invalidMessage(String source, String detail) {
        return name + " " + source + " " + isOrAre + " invalid: " + detail;
    }

    private UncheckedIOException cannotRead(String source, IOException e) {
        return new UncheckedIOException("cannot read the " + name + " " + source, e);
    }
}
