package com.discomcare.kit.rest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IfMatchTest {

    @Test
    void absentOrAStarAllowsAnyVersion() {
        assertThat(IfMatch.parse(null).allows(0)).isTrue();
        assertThat(IfMatch.parse("*").allows(41)).isTrue();
        assertThat(IfMatch.parse(" * ").allows(7)).isTrue();
    }

    @Test
    void aStrongTagAllowsExactlyItsVersion() {
        IfMatch three = IfMatch.parse("\"3\"");
        assertThat(three.allows(3)).isTrue();
        assertThat(three.allows(2)).isFalse();
        assertThat(three.allows(4)).isFalse();
    }

    @Test
    void aListAllowsEachOfItsVersions() {
        IfMatch list = IfMatch.parse("\"1\", \"5\" ,\t\"9\", ,");
        assertThat(list.allows(1)).isTrue();
        assertThat(list.allows(5)).isTrue();
        assertThat(list.allows(9)).isTrue();
        assertThat(list.allows(2)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"W/\"3\"", "\"03\"", "\"abc\"", "\"\"", "\"3,4\"", "\"99999999999999999999\""})
    void aWellFormedTagThatIsNotAStrongVersionMatchesNothing(String header) {
        IfMatch precondition = IfMatch.parse(header);
        for (long version : new long[]{0, 3, 4, 34}) {
            assertThat(precondition.allows(version)).as(header + " vs " + version).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", "\"3", "3\"", "W/3", "'3'", "*, \"3\"", "\"3\" \"4\"", "\"a\"b\"", "w/\"3\"",
            "\"3\"\u0000", "\"\u0001\""})
    void anythingElseIsInvalidInput(String header) {
        assertThatThrownBy(() -> IfMatch.parse(header)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(Problem.FieldError::field).containsExactly("If-Match"));
    }

    @Test
    void theEntityTagOfAVersionIsItsStrongQuotedForm() {
        assertThat(IfMatch.entityTag(12)).isEqualTo("\"12\"");
        assertThat(IfMatch.parse(IfMatch.entityTag(12)).allows(12)).isTrue();
    }
}
