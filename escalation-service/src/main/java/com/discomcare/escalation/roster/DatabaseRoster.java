package com.discomcare.escalation.roster;

import com.discomcare.contracts.escalation.Officer;
import com.discomcare.contracts.escalation.OfficerRole;
import com.discomcare.escalation.domain.Roster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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

    @Inject
    EntityManager em;

    @Override
    public Optional<Officer> officer(String district, OfficerRole role) {
        String scopeQuery = role == OfficerRole.CIRCLE_HEAD
                ? "(SELECT circle FROM roster_district WHERE district = ?1)" : "?1";
        List<?> rows = em.createNativeQuery("SELECT officer_id, name, phone FROM roster_officer "
                        + "WHERE scope = " + scopeQuery + " AND role = ?2")
                .setParameter(1, district)
                .setParameter(2, role.name())
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Officer((String) columns[0], (String) columns[1], (String) columns[2]);
        });
    }

    public Optional<String> circleOf(String district) {
        return em.createNativeQuery("SELECT circle FROM roster_district WHERE district = ?1", String.class)
                .setParameter(1, district)
                .getResultStream().findFirst();
    }

    /** The officers of a district (its CRO, CSM, DM and its circle's head), or of every district when null. */
    public List<Entry> entries(String district) {
        List<?> rows = em.createNativeQuery("SELECT o.scope, o.role, o.officer_id, o.name, o.phone FROM roster_officer o "
                        + "WHERE ?1 IS NULL OR o.scope = ?1 OR o.scope = (SELECT circle FROM roster_district WHERE district = ?1) "
                        + "ORDER BY o.scope, o.role")
                .setParameter(1, district)
                .getResultList();
        return rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            return new Entry((String) c[0], OfficerRole.valueOf((String) c[1]),
                    new Officer((String) c[2], (String) c[3], (String) c[4]));
        }).toList();
    }

    public void putDistrict(String district, String circle) {
        em.createNativeQuery("INSERT INTO roster_district (district, circle) VALUES (?1, ?2) "
                        + "ON CONFLICT (district) DO UPDATE SET circle = EXCLUDED.circle")
                .setParameter(1, district).setParameter(2, circle).executeUpdate();
    }

    public void putOfficer(String scope, OfficerRole role, Officer officer) {
        em.createNativeQuery("INSERT INTO roster_officer (scope, role, officer_id, name, phone) VALUES (?1, ?2, ?3, ?4, ?5) "
                        + "ON CONFLICT (scope, role) DO UPDATE SET officer_id = EXCLUDED.officer_id, "
                        + "name = EXCLUDED.name, phone = EXCLUDED.phone")
                .setParameter(1, scope).setParameter(2, role.name()).setParameter(3, officer.id())
                .setParameter(4, officer.name()).setParameter(5, officer.phone()).executeUpdate();
    }

    public boolean isEmpty() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM roster_district").getSingleResult()).longValue() == 0;
    }
}
