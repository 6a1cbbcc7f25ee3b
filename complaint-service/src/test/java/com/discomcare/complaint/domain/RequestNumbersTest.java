package com.discomcare.complaint.domain;

import com.discomcare.kit.text.DammCheckDigit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RequestNumbersTest {

    private static final long MAX_SERIAL = 999_999_999L;

    /** A few hundred valid numbers: the edges of the serial range plus a fixed pseudo-random sample. */
    private static List<String> sampleNumbers() {
        List<String> numbers = new ArrayList<>();
        for (long serial : new long[]{1, 2, 9, 10, 99, 100, 123_456_789, 987_654_321, MAX_SERIAL - 1, MAX_SERIAL}) {
            numbers.add(RequestNumbers.format(2026, serial));
            numbers.add(RequestNumbers.format(2099, serial));
            numbers.add(RequestNumbers.format(2000, serial));
        }
        SplittableRandom random = new SplittableRandom(20261123L);
        for (int i = 0; i < 300; i++) {
            numbers.add(RequestNumbers.format(random.nextInt(0, 100), random.nextLong(1, MAX_SERIAL + 1)));
        }
        return numbers;
    }

    @Test
    void numberIsTwoDigitYearThenNineDigitSerialThenCheckDigit() {
        String number = RequestNumbers.format(2026, 42);

        assertThat(number).hasSize(RequestNumbers.LENGTH).matches("[0-9]{12}").startsWith("26000000042");
        assertThat(number.charAt(11)).isEqualTo(DammCheckDigit.of("26000000042"));
    }

    @Test
    void yearIsTakenModuloHundred() {
        assertThat(RequestNumbers.format(2026, 7)).isEqualTo(RequestNumbers.format(26, 7));
        assertThat(RequestNumbers.format(2000, 7)).startsWith("00");
        assertThat(RequestNumbers.format(2126, 7)).isEqualTo(RequestNumbers.format(2026, 7));
    }

    @Test
    void everyFormattedNumberIsValid() {
        SplittableRandom random = new SplittableRandom(7L);
        for (int i = 0; i < 20_000; i++) {
            int year = random.nextInt(2000, 2100);
            long serial = random.nextLong(1, MAX_SERIAL + 1);
            String number = RequestNumbers.format(year, serial);

            assertThat(RequestNumbers.isValid(number)).as(number).isTrue();
            assertThat(number.substring(2, 11)).as(number).isEqualTo(String.format("%09d", serial));
        }
    }

    @Test
    void everySingleDigitMistakeIsCaught() {
        int checked = 0;
        for (String number : sampleNumbers()) {
            assertThat(RequestNumbers.isValid(number)).as(number).isTrue();
            for (int position = 0; position < RequestNumbers.LENGTH; position++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit == number.charAt(position)) {
                        continue;
                    }
                    char[] typo = number.toCharArray();
                    typo[position] = digit;
                    String mistyped = new String(typo);

                    assertThat(RequestNumbers.isValid(mistyped)).as("%s mistyped as %s", number, mistyped).isFalse();
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(sampleNumbers().size() * RequestNumbers.LENGTH * 9);
    }

    @Test
    void everySwapOfTwoDifferentAdjacentDigitsIsCaught() {
        int checked = 0;
        for (String number : sampleNumbers()) {
            for (int position = 0; position < RequestNumbers.LENGTH - 1; position++) {
                char[] swapped = number.toCharArray();
                if (swapped[position] == swapped[position + 1]) {
                    continue;
                }
                swapped[position] = number.charAt(position + 1);
                swapped[position + 1] = number.charAt(position);
                String mistyped = new String(swapped);

                assertThat(RequestNumbers.isValid(mistyped)).as("%s swapped to %s", number, mistyped).isFalse();
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void nullIsInvalid() {
        assertThat(RequestNumbers.isValid(null)).isFalse();
    }

    @Test
    void wrongLengthIsInvalid() {
        String valid = RequestNumbers.format(2026, 123_456_789);

        assertThat(RequestNumbers.isValid("")).isFalse();
        assertThat(RequestNumbers.isValid(valid.substring(1))).isFalse();
        assertThat(RequestNumbers.isValid(valid + "0")).isFalse();
        assertThat(RequestNumbers.isValid("0" + valid)).isFalse();
        assertThat(RequestNumbers.isValid(" " + valid)).isFalse();
        assertThat(RequestNumbers.isValid(valid + "\n")).isFalse();
        // all zeros passes the Damm check but only at 12 digits; eleven or thirteen are the wrong length.
        assertThat(RequestNumbers.isValid("00000000000")).isFalse();
        assertThat(RequestNumbers.isValid("0000000000000")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2600000004A2", "26-000000042", "26 000000042", "ABCDEFGHIJKL", "+26000000042",
            "26000000042/"})
    void nonDigitsAreInvalid(String text) {
        assertThat(RequestNumbers.isValid(text)).isFalse();
    }

    @Test
    void digitsOfOtherScriptsAreInvalid() {
        String valid = RequestNumbers.format(2026, 123_456_789);

        assertThat(RequestNumbers.isValid(toScript(valid, '\u0966'))).as("Devanagari").isFalse();
        assertThat(RequestNumbers.isValid(toScript(valid, '\u0AE6'))).as("Gujarati").isFalse();
        assertThat(RequestNumbers.isValid(toScript(valid, '\uFF10'))).as("full width").isFalse();
        assertThat(RequestNumbers.isValid("\u0966" + valid.substring(1))).isFalse();
        assertThat(RequestNumbers.isValid(valid.substring(0, 11) + (char) ('\u0966' + valid.charAt(11) - '0')))
                .isFalse();
    }

    private static String toScript(String asciiDigits, char zero) {
        StringBuilder out = new StringBuilder();
        for (char c : asciiDigits.toCharArray()) {
            out.append((char) (zero + (c - '0')));
        }
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, MAX_SERIAL + 1, Long.MAX_VALUE, Long.MIN_VALUE})
    void serialOutOfRangeIsRejected(long serial) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RequestNumbers.format(2026, serial))
                .withMessageContaining(String.valueOf(serial));
    }
}
