package com.discomcare.escalation.roster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskedPhoneTest {

    @Test
    void aMobileNumberKeepsItsFirstAndLastTwoDigits() {
        assertThat(MaskedPhone.of("9810000010")).isEqualTo("98******10");
    }

    @Test
    void aNumberTooShortToShowAnyDigitIsMaskedWhole() {
        assertThat(MaskedPhone.of("1234")).isEqualTo("****");
        assertThat(MaskedPhone.of("")).isEmpty();
        assertThat(MaskedPhone.of(null)).isNull();
    }
}
