package com.discomcare.kit.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataFileTest {

    record Sample(String name, Integer size) {
    }

    private static final DataFile<Sample> SAMPLES = DataFile.named("sample list", Sample.class);

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("samples.json"), json);
    }

    @Test
    void aFileIsParsedAndHandedToBuildWithItsPath() throws IOException {
        Path file = write("{\"name\": \"from file\", \"size\": 2}");

        String built = SAMPLES.read(file, (sample, source) -> sample.name() + " x" + sample.size() + " @" + source);

        assertThat(built).isEqualTo("from file x2 @" + file);
    }

    @Test
    void theBuiltInResourceIsParsedAndNamedByItsResourceName() {
        String built = SAMPLES.readResource("data-file-sample.json",
                (sample, source) -> sample.name() + " x" + sample.size() + " @" + source);

        assertThat(built).isEqualTo("built-in x3 @data-file-sample.json");
    }

    @Test
    void anUnknownPropertyIsAMistakeNamingTheFile() throws IOException {
        Path file = write("{\"name\": \"a\", \"colour\": \"red\"}");

        assertThatIllegalArgumentException().isThrownBy(() -> SAMPLES.read(file, (sample, source) -> sample))
                .withMessageStartingWith("sample list " + file + " is invalid: ")
                .withMessageContaining("colour");
    }

    @Test
    void malformedJsonIsAMistakeNamingTheFile() throws IOException {
        Path file = write("{\"name\": ");

        assertThatIllegalArgumentException().isThrownBy(() -> SAMPLES.read(file, (sample, source) -> sample))
                .withMessageStartingWith("sample list " + file + " is invalid: ");
    }

    @Test
    void aPluralNameTakesAPluralVerb() throws IOException {
        Path file = write("[]");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> DataFile.namedPlural("sample charges", Sample.class).read(file, (s, source) -> s))
                .withMessageStartingWith("sample charges " + file + " are invalid: ");
    }

    @Test
    void aMissingFileCannotBeRead() {
        Path missing = dir.resolve("nowhere.json");

        assertThatThrownBy(() -> SAMPLES.read(missing, (sample, source) -> sample))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read the sample list " + missing);
    }

    @Test
    void aMissingBuiltInResourceIsReported() {
        assertThatIllegalStateException()
                .isThrownBy(() -> SAMPLES.readResource("no-such-resource.json", (sample, source) -> sample))
                .withMessage("no-such-resource.json is missing from the classpath");
    }

    @Test
    void theCallersChecksUseTheSameWording() {
        assertThat(SAMPLES.invalidMessage("x.json", "no samples")).isEqualTo("sample list x.json is invalid: no samples");
    }
}
