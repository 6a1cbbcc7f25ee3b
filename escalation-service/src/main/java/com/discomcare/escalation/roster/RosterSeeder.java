package com.discomcare.escalation.roster;

import com.discomcare.contracts.escalation.Officer;
import com.discomcare.contracts.escalation.OfficerRole;
import com.discomcare.escalation.config.EscalationServiceConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Loads OFFICER_ROSTER into an empty roster at start, before the timers run (the service's definition runs it
 * first); afterwards the database wins.
 */
@ApplicationScoped
public class RosterSeeder {

    private static final Logger LOG = Logger.getLogger(RosterSeeder.class);

    private final DatabaseRoster roster;
    private final EscalationServiceConfig config;

    @Inject
    public RosterSeeder(DatabaseRoster roster, EscalationServiceConfig config) {
        this.roster = roster;
        this.config = config;
    }

    public void seedIfEmpty() {
        RosterFile.Document document = config.roster().map(RosterFile::load).orElseGet(RosterFile::loadDefault);
        QuarkusTransaction.requiringNew().run(() -> {
            if (!roster.isEmpty()) {
                return;
            }
            for (RosterFile.Circle circle : document.circles()) {
                put(roster, circle.circle(), OfficerRole.CIRCLE_HEAD, circle.head());
                for (RosterFile.District district : circle.districts()) {
                    roster.putDistrict(district.district(), circle.circle());
                    put(roster, district.district(), OfficerRole.CUSTOMER_RELATIONS_OFFICER, district.cro());
                    put(roster, district.district(), OfficerRole.CUSTOMER_SERVICE_MANAGER, district.csm());
                    put(roster, district.district(), OfficerRole.DISTRICT_MANAGER, district.dm());
                    put(roster, district.district(), OfficerRole.RELATIONSHIP_MANAGER, district.rm());
                }
            }
            LOG.infof("officer roster seeded with %d circles from %s", document.circles().size(),
                    config.roster().map(Object::toString).orElse("the built-in sample"));
        });
    }

    private static void put(DatabaseRoster roster, String scope, OfficerRole role, Officer officer) {
        if (officer != null) {
            roster.putOfficer(scope, role, officer);
        }
    }
}
