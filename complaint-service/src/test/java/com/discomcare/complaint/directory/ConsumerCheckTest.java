package com.discomcare.complaint.directory;

import com.discomcare.contracts.complaint.AreaType;
import com.discomcare.contracts.connection.ConnectionAreaType;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.LoadUnit;
import com.discomcare.contracts.escalation.Officer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerCheckTest {

    private static final Officer RM = new Officer("RM-GGN", "Kiran Bedi", "9810000014");
    private static final DirectoryEntry KNOWN = new DirectoryEntry("8100000033", "Aravali Castings Pvt Ltd",
            "9811122233", "Gurugram", ConnectionAreaType.METRO, ConnectionCategory.LT_INDUSTRIAL, new BigDecimal("45"),
            LoadUnit.KW, RM);

    @Test
    void aKnownConsumerFillsInWhatTheAgentLeftOutAndNamesTheRelationshipManager() {
        var result = ConsumerCheck.check("8100000033", null, null, null, " ", Optional.of(KNOWN));
        assertThat(result).isEqualTo(new ConsumerCheck.Result("Aravali Castings Pvt Ltd", "9811122233", AreaType.URBAN,
                "Gurugram", true, List.of("filled in from the consumer directory: name, phone, district, areaType"), RM));
    }

    @Test
    void whatTheAgentGaveStandsAndWhatDiffersIsNoted() {
        var result = ConsumerCheck.check("8100000033", "Aravali Castings", "9811122233", AreaType.RURAL, "Faridabad",
                Optional.of(KNOWN));
        assertThat(result.name()).isEqualTo("Aravali Castings");
        assertThat(result.district()).isEqualTo("Faridabad");
        assertThat(result.areaType()).isEqualTo(AreaType.RURAL);
        assertThat(result.notes()).containsExactly(
                "name differs from the consumer directory's Aravali Castings Pvt Ltd",
                "district differs from the consumer directory's Gurugram",
                "areaType differs from the consumer directory's URBAN (METRO)");
    }

    @Test
    void aDifferentPhoneIsNotedWithTheDirectorysNumberMasked() {
        var result = ConsumerCheck.check("8100000033", "Aravali Castings Pvt Ltd", "9876543210", AreaType.URBAN,
                "Gurugram", Optional.of(KNOWN));
        assertThat(result.phone()).isEqualTo("9876543210");
        assertThat(result.notes()).singleElement().asString().startsWith("phone differs").doesNotContain("9811122233");
    }

    @Test
    void anUnknownConsumerNumberRegistersWithTheDetailsGivenAndSaysSo() {
        var result = ConsumerCheck.check("8199999999", "Ramesh", "9876543210", AreaType.URBAN, "Gurugram",
                Optional.empty());
        assertThat(result.consumerKnown()).isFalse();
        assertThat(result.name()).isEqualTo("Ramesh");
        assertThat(result.notes()).singleElement().asString().contains("8199999999").contains("not in the consumer directory");
        assertThat(result.relationshipManager()).isNull();
    }

    @Test
    void withoutAConsumerNumberThereIsNothingToCheck() {
        var result = ConsumerCheck.check(null, "Ramesh", "9876543210", AreaType.RURAL, "Rewari", Optional.empty());
        assertThat(result).isEqualTo(new ConsumerCheck.Result("Ramesh", "9876543210", AreaType.RURAL, "Rewari", null,
                List.of(), null));
    }

    @Test
    void metroAndMunicipalAreasAreUrbanRuralAndHillyOnesRural() {
        assertThat(ConsumerCheck.complaintAreaOf(ConnectionAreaType.METRO)).isEqualTo(AreaType.URBAN);
        assertThat(ConsumerCheck.complaintAreaOf(ConnectionAreaType.MUNICIPAL)).isEqualTo(AreaType.URBAN);
        assertThat(ConsumerCheck.complaintAreaOf(ConnectionAreaType.RURAL)).isEqualTo(AreaType.RURAL);
        assertThat(ConsumerCheck.complaintAreaOf(ConnectionAreaType.HILLY)).isEqualTo(AreaType.RURAL);
    }
}
