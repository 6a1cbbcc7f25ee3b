package com.discomcare.kit.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DammCheckDigitTest {

    @Test
    void theTextbookExampleOf572Is4() {
        assertThat(DammCheckDigit.of("572")).isEqualTo('4');
        assertThat(DammCheckDigit.isValid("5724")).isTrue();
        assertThat(DammCheckDigit.of("")).isEqualTo('0');
    }

    @Test
    void everySingleMistypedDigitAndEverySwapOfDifferentNeighboursIsCaught() {
        SplittableRandom random = new SplittableRandom(20261203L);
        int mistakes = 0;
        for (int sample = 0; sample < 300; sample++) {
            String body = String.format("%012d", random.nextLong(0, 1_000_000_000_000L));
            String number = body + DammCheckDigit.of(body);
            assertThat(DammCheckDigit.isValid(number)).as(number).isTrue();
            for (int position = 0; position < number.length(); position++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit != number.charAt(position)) {
                        char[] typo = number.toCharArray();
                        typo[position] = digit;
                        assertThat(DammCheckDigit.isValid(new String(typo))).as(new String(typo)).isFalse();
                        mistakes++;
                    }
                }
                if (position > 0 && number.charAt(position) != number.charAt(position - 1)) {
                    char[] swapped = number.toCharArray();
                    swapped[position] = number.charAt(position - 1);
                    swapped[position - 1] = number.charAt(position);
                    assertThat(DammCheckDigit.isValid(new String(swapped))).as(new String(swapped)).isFalse();
                    mistakes++;
                }
            }
        }
        assertThat(mistakes).isGreaterThan(300 * 13 * 9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "572a", "57 24", "-5724", "\u0966\u0967", "\uFF15\uFF17\uFF12\uFF14"})
    void onlyAsciiDigitsCanBeValid(String text) {
        assertThat(DammCheckDigit.isValid(text)).isFalse();
    }

    @Test
    void nullIsInvalid() {
        assertThat(DammCheckDigit.isValid(null)).isFalse();
    }

    @Test
    void aCheckDigitOfSomethingElseThanDigitsIsAProgrammingError() {
        assertThatIllegalArgumentException().isThrownBy(() -> DammCheckDigit.of("57-2"));
    }
}
