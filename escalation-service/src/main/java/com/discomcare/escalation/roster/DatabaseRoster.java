package com.discomcare.escalation.roster;

import com.discomcare.contracts.escalation.Officer;
import com.discomcare.contracts.escalation.OfficerRole;
import com.discomcare.escalation.domain.Roster;
import com.discomcare.kit.jdbc.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * The roster in the service's database, shared by every instance: an edit applies to the next escalation.
 * District roles are kept under the district's name, the circle head under the circle's.
 */
@ApplicationScoped
public class DatabaseRoster implements Roster {

    public record Entry(String scope, OfficerRole role, Officer officer) {
    }

    private final Sql sql;

    @Inject
    public DatabaseRoster(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Officer> officer(String district, OfficerRole role) {
        String scope = role == OfficerRole.CIRCLE_HEAD ? "(SELECT circle FROM roster_district WHERE district = ?)" : "?";
        return sql.first("SELECT officer_id, name, phone FROM roster_officer WHERE scope = " + scope + " AND role = ?",
                row -> new Officer(row.getString(1), row.getString(2), row.getString(3)), district, role.name());
    }

    public Optional<String> circleOf(String district) {
        return sql.first("SELECT circle FROM roster_district WHERE district = ?", row -> row.getString(1), district);
    }

    /** The officers of a district (its CRO, CSM, DM and its circle's head), or of every district when null. */
    public List<Entry> entries(String district) {
        return sql.list("SELECT o.scope, o.role, o.officer_id, o.name, o.phone FROM roster_officer o "
                        + "WHERE CAST(? AS varchar) IS NULL OR o.scope = ? "
                        + "OR o.scope = (SELECT circle FROM roster_district WHERE district = ?) ORDER BY o.scope, o.role",
                row -> new Entry(row.getString(1), OfficerRole.valueOf(row.getString(2)),
                        new Officer(row.getString(3), row.getString(4), row.getString(5))),
                district, district, district);
    }

    public void putDistrict(String district, String circle) {
        sql.update("INSERT INTO roster_district (district, circle) VALUES (?, ?) "
                + "ON CONFLICT (district) DO UPDATE SET circle = EXCLUDED.circle", district, circle);
    }

    public void putOfficer(String scope, OfficerRole role, Officer officer) {
        sql.update("INSERT INTO roster_officer (scope, role, officer_id, name, phone) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (scope, role) DO UPDATE SET officer_id = EXCLUDED.officer_id, "
                        + "name = EXCLUDED.name, phone = EXCLUDED.phone",
                scope, role.name(), officer.id(), officer.name(), officer.phone());
    }

    public boolean isEmpty() {
        return sql.first("SELECT NOT EXISTS (SELECT 1 FROM roster_district)", row -> row.getBoolean(1)).orElseThrow();
    }
}
