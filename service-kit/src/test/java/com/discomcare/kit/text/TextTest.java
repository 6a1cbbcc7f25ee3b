package com.discomcare.kit.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u0001b", "\u001b[31m", "x\u007f", "\u0085", "\u009f", "a\u000bb", "a\u000cb"})
    void controlCharactersAreFoundWhetherOrNotLineBreaksAreAllowed(String text) {
        assertThat(Text.hasControlCharacters(text, false)).isTrue();
        assertThat(Text.hasControlCharacters(text, true)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"line one\nline two", "a\tb", "a\r\nb"})
    void tabsAndLineBreaksAreControlCharactersOnlyInSingleLineText(String text) {
        assertThat(Text.hasControlCharacters(text, false)).isTrue();
        assertThat(Text.hasControlCharacters(text, true)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Suresh Yadav", "रमेश कुमार", "ठीक है 👍", "H.No. 12, Sector 43", "\u00a0nbsp", "\uFFFD"})
    void ordinaryTextInAnyScriptIsClean(String text) {
        assertThat(Text.hasControlCharacters(text, false)).isFalse();
        assertThat(Text.hasLoneSurrogate(text)).isFalse();
        assertThat(Text.clean(text)).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ud800", "a\ud83d", "\udc4d", "b\udc4d\ud83d", "\ud83d\ud83d\udc4d\udc4d"})
    void unpairedSurrogatesAreFound(String text) {
        assertThat(Text.hasLoneSurrogate(text)).isTrue();
    }

    @Test
    void aPairedSurrogateIsNotLone() {
        assertThat(Text.hasLoneSurrogate("\ud83d\udc4d")).isFalse();
        assertThat(Text.hasLoneSurrogate("ok \ud83d\udc4d ok")).isFalse();
    }

    @Test
    void sanitizingReplacesEachForbiddenCharacterAndKeepsTheRest() {
        assertThat(Text.clean("a\u0000b\u001bc\u007fd")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
        assertThat(Text.clean("x\ud800y\udc00")).isEqualTo("x\uFFFDy\uFFFD");
        assertThat(Text.clean("\ud83d\udc4d\ud83d")).isEqualTo("\ud83d\udc4d\uFFFD");
        assertThat(Text.clean("line\r\n\tnext\u0000")).isEqualTo("line\r\n\tnext\uFFFD");
        assertThat(Text.clean((String) null)).isNull();
    }

    @Test
    void sanitizedTextIsAlwaysClean() {
        var random = new java.util.Random(7);
        for (int round = 0; round < 2_000; round++) {
            char[] chars = new char[random.nextInt(12)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) (random.nextBoolean() ? random.nextInt(0x100) : 0xD7F0 + random.nextInt(0x30));
            }
            String sanitized = Text.clean(new String(chars));
            assertThat(Text.hasControlCharacters(sanitized, true)).as(sanitized).isFalse();
            assertThat(Text.hasLoneSurrogate(sanitized)).as(sanitized).isFalse();
            assertThat(sanitized).hasSize(chars.length);
        }
    }
}
