package com.discomcare.kit.security;

import io.quarkus.security.ForbiddenException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class AccessRuleTest {

    private static final AccessRule READ = AccessRule.everywhere(Roles.AGENT, Roles.ADMIN)
            .andInTheirDistricts(Roles.CRO, Roles.CIRCLE_HEAD).andWhenAssigned(Roles.ENGINEER);

    private static Actor actor(String id, String role, String... districts) {
        return new Actor(id, id, role, Set.of(role), Set.of(districts), null);
    }

    @Test
    void rolesEverywhereActInEveryDistrict() {
        assertThat(READ.allows(actor("AGENT-1", Roles.AGENT), "Faridabad", null)).isTrue();
        assertThat(READ.coversEverything(actor("ADMIN-1", Roles.ADMIN))).isTrue();
    }

    @Test
    void districtRolesActOnlyInTheDistrictsOfTheirToken() {
        Actor cro = actor("CRO-GGN", Roles.CRO, "Gurugram");
        Actor circleHead = actor("CH-GGN", Roles.CIRCLE_HEAD, "Gurugram", "Rewari");
        assertThat(READ.allows(cro, "Gurugram", null)).isTrue();
        assertThat(READ.allows(cro, "Faridabad", null)).isFalse();
        assertThat(READ.allows(circleHead, "Rewari", "JE-1")).isTrue();
        assertThat(READ.allows(actor("CRO-X", Roles.CRO), "Gurugram", null)).as("no district claim").isFalse();
        assertThatThrownBy(() -> READ.require(cro, "complaint 260000000429", "Faridabad", null))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("complaint 260000000429 is outside what CRO-GGN may act on: the districts [Gurugram]");
    }

    @Test
    void assigneeRolesActOnlyOnWhatIsAssignedToThem() {
        Actor engineer = actor("JE-1042", Roles.ENGINEER, "Gurugram");
        assertThat(READ.allows(engineer, "Faridabad", "JE-1042")).isTrue();
        assertThat(READ.allows(engineer, "Gurugram", "JE-2001")).as("their district is not enough").isFalse();
        assertThat(READ.allows(engineer, "Gurugram", null)).isFalse();
        assertThatThrownBy(() -> READ.require(engineer, "complaint 260000000429", "Gurugram", "JE-2001"))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("complaint 260000000429 is outside what JE-1042 may act on: what is assigned to them");
    }

    @Test
    void aRoleTheRuleDoesNotNameActsNowhere() {
        Actor csm = actor("CSM-GGN", Roles.CSM, "Gurugram");
        assertThat(READ.allows(csm, "Gurugram", "CSM-GGN")).isFalse();
        assertThatThrownBy(() -> READ.require(csm, "complaint 1", "Gurugram", null))
                .hasMessage("complaint 1 is outside what CSM-GGN may act on: nothing, with the roles [csm]");
    }

    @Test
    void aDistrictFilterOutsideTheCallersDistrictsIsForbiddenButNarrowingIsNot() {
        assertThatThrownBy(() -> READ.requireDistrict(actor("CRO-GGN", Roles.CRO, "Gurugram"), "Faridabad"))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("Faridabad is not one of the districts of CRO-GGN: [Gurugram]");
        assertThatNoException().isThrownBy(() -> READ.requireDistrict(actor("CRO-GGN", Roles.CRO, "Gurugram"),
                "Gurugram"));
        assertThatNoException().isThrownBy(() -> READ.requireDistrict(actor("AGENT-1", Roles.AGENT), "Faridabad"));
        assertThatNoException().isThrownBy(() -> READ.requireDistrict(actor("JE-1042", Roles.ENGINEER), "Hisar"));
        assertThatNoException().isThrownBy(() -> READ.requireDistrict(actor("CRO-GGN", Roles.CRO, "Gurugram"), null));
    }

    @Test
    void theRulesRolesAreEveryRoleItLetsActSomewhere() {
        assertThat(READ.roles()).containsExactlyInAnyOrder(Roles.AGENT, Roles.ADMIN, Roles.CRO, Roles.CIRCLE_HEAD,
                Roles.ENGINEER);
    }
}
