package com.discomcare.kit.text;

import com.discomcare.contracts.JsonMapping;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextCleaningTest {

    private static final ObjectMapper JSON = JsonMapping.newMapper();

    @Test
    void nulAndOtherControlCharactersAreReplaced() {
        assertThat(Text.clean("Ra\u0000mesh\u0007 \u001b[31m\u007F"))
                .isEqualTo("Ra\uFFFDmesh\uFFFD \uFFFD[31m\uFFFD");
    }

    @Test
    void tabsAndLineBreaksStay() {
        assertThat(Text.clean("line 1\r\nline\t2")).isEqualTo("line 1\r\nline\t2");
    }

    @Test
    void loneSurrogatesAreReplacedAndPairsStay() {
        String emoji = "\uD83D\uDD0C"; // a surrogate pair
        assertThat(Text.clean("a\uD83Db" + emoji + "c\uDD0C")).isEqualTo("a\uFFFDb" + emoji + "c\uFFFD");
        assertThat(Text.clean("ends high\uD83D")).isEqualTo("ends high\uFFFD");
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String text = "रमेश कुमार, H.No. 12 \uD83D\uDD0C";
        assertThat(Text.clean(text)).isSameAs(text);
        assertThat(Text.clean((String) null)).isNull();
    }

    @Test
    void everyStringOfAJsonTreeIsCleanedAndTheRestKept() throws Exception {
        JsonNode tree = JSON.readTree("{\"name\":\"A\\u0000B\",\"level\":2,\"paused\":false,\"none\":null,"
                + "\"steps\":[{\"remarks\":\"x\\u0001\"},\"y\"],\"bad\\u0000key\":\"ok\"}");

        JsonNode cleaned = Text.clean(tree);

        assertThat(JSON.writeValueAsString(cleaned)).isEqualTo("{\"name\":\"A\uFFFDB\",\"level\":2,\"paused\":false,"
                + "\"none\":null,\"steps\":[{\"remarks\":\"x\uFFFD\"},\"y\"],\"bad\uFFFDkey\":\"ok\"}");
        assertThat(tree.get("name").textValue()).as("the original is not changed").isEqualTo("A\u0000B");
    }

    @Test
    void aTreeWithNothingToCleanIsReturnedItselfWithoutACopy() throws Exception {
        JsonNode tree = JSON.readTree("{\"name\":\"Asha\",\"steps\":[{\"remarks\":\"ok\"},1],\"at\":null}");

        assertThat(Text.clean(tree)).isSameAs(tree);
    }

    @Test
    void aCopyKeepsTheFieldsBeforeAndAfterTheFirstOneCleaned() throws Exception {
        JsonNode tree = JSON.readTree("{\"a\":1,\"b\":\"x\\u0000\",\"c\":[\"ok\",\"y\\u0001\",\"z\"]}");

        assertThat(JSON.writeValueAsString(Text.clean(tree)))
                .isEqualTo("{\"a\":1,\"b\":\"x\uFFFD\",\"c\":[\"ok\",\"y\uFFFD\",\"z\"]}");
    }

    record Document(String name, String remarks, int level) {
    }

    @Test
    void jsonForTheDatabaseHasEveryForbiddenCharacterReplacedAndLineBreaksKept() throws Exception {
        assertThat(Text.cleanJson(JSON, new Document("A\u0000B", "x\u007f\uD800\ny", 2)))
                .isEqualTo("{\"name\":\"A\uFFFDB\",\"remarks\":\"x\uFFFD\uFFFD\\ny\",\"level\":2}");
        assertThat(Text.cleanJson(JSON, new Document("tab\there", "\u0085", 1)))
                .isEqualTo("{\"name\":\"tab\\there\",\"remarks\":\"\uFFFD\",\"level\":1}");
        assertThat(Text.cleanJson(JSON, new Document("form\ffeed", "back\bspace", 1)))
                .isEqualTo("{\"name\":\"form\uFFFDfeed\",\"remarks\":\"back\uFFFDspace\",\"level\":1}");
    }

    @Test
    void jsonWithNothingToCleanIsWrittenOnce() throws Exception {
        Document clean = new Document("रमेश कुमार \uD83D\uDD0C", "line one\nline two \\u0041", 3);
        assertThat(Text.cleanJson(JSON, clean)).isEqualTo(JSON.writeValueAsString(clean));
    }
}
