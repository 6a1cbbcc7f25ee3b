package com.discomcare.kit.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoredTextTest {

    @Test
    void safeTextIsReturnedAsItIs() {
        String text = "रमेश कुमार, H.No. 12\n\tSector 43 \uD83D\uDE00"; // Devanagari, tab, newline, an emoji pair
        assertThat(StoredText.safe(text)).isSameAs(text);
        assertThat(StoredText.isSafe(text)).isTrue();
    }

    @Test
    void nulOtherControlCharactersAndLoneSurrogatesAreReplaced() {
        assertThat(StoredText.safe("a\u0000b\u0007c\u001Fd")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
        assertThat(StoredText.safe("x\uD800y")).isEqualTo("x\uFFFDy");
        assertThat(StoredText.safe("x\uDC00")).isEqualTo("x\uFFFD");
        assertThat(StoredText.safe("\uD83D")).isEqualTo("\uFFFD");
        assertThat(StoredText.isSafe("a\u0000")).isFalse();
        assertThat(StoredText.isSafe("\uDC00\uD800")).isFalse(); // a pair in the wrong order is two lone halves
    }

    @Test
    void nullStaysNull() {
        assertThat(StoredText.safe(null)).isNull();
    }
}
