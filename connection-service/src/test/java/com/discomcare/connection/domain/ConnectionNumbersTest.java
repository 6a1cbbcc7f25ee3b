package com.discomcare.connection.domain;

import com.discomcare.connection.domain.ConnectionNumbers.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionNumbersTest {

    @Test
    void anApplicationNumberIsKindYearSerialAndCheckDigit() {
        assertThat(ConnectionNumbers.format(Kind.APPLICATION, 2026, 42)).isEqualTo("5260000000428");
        assertThat(ConnectionNumbers.format(Kind.SERVICE_REQUEST, 2026, 1)).isEqualTo("6260000000016");
    }

    @Test
    void everyFormattedNumberIsValidForItsKindOnly() {
        for (long serial = 1; serial < 2000; serial += 37) {
            String application = ConnectionNumbers.format(Kind.APPLICATION, 2026, serial);
            assertThat(ConnectionNumbers.isValid(Kind.APPLICATION, application)).isTrue();
            assertThat(ConnectionNumbers.isValid(Kind.SERVICE_REQUEST, application)).isFalse();
        }
    }

    @Test
    void everySingleDigitMistakeAndAdjacentSwapIsCaught() {
        String number = ConnectionNumbers.format(Kind.APPLICATION, 2026, 123_456_789);
        for (int i = 1; i < number.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != number.charAt(i)) {
                    String wrong = number.substring(0, i) + d + number.substring(i + 1);
                    assertThat(ConnectionNumbers.isValid(Kind.APPLICATION, wrong)).as(wrong).isFalse();
                }
            }
            char[] swapped = number.toCharArray();
            if (swapped[i] != swapped[i - 1]) {
                swapped[i] = number.charAt(i - 1);
                swapped[i - 1] = number.charAt(i);
                assertThat(ConnectionNumbers.isValid(Kind.APPLICATION, new String(swapped))).as(new String(swapped)).isFalse();
            }
        }
    }

    @Test
    void aComplaintRequestNumberIsNotAnApplicationNumber() {
        assertThat(ConnectionNumbers.isValid(Kind.APPLICATION, "260000000429")).isFalse();
        assertThat(ConnectionNumbers.isValid(Kind.APPLICATION, null)).isFalse();
        assertThat(ConnectionNumbers.isValid(Kind.APPLICATION, "526000000042x")).isFalse();
    }

    @Test
    void aSerialOutOfRangeIsRefused() {
        assertThatThrownBy(() -> ConnectionNumbers.format(Kind.APPLICATION, 2026, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConnectionNumbers.format(Kind.APPLICATION, 2026, 1_000_000_000L))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
