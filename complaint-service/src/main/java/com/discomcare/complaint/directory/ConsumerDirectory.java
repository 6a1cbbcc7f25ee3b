package com.discomcare.complaint.directory;

import com.discomcare.contracts.connection.ConnectionAreaType;
import com.discomcare.contracts.connection.ConnectionCategory;
import com.discomcare.contracts.connection.LoadUnit;
import com.discomcare.contracts.escalation.Officer;
import com.discomcare.kit.jdbc.Sql;
import com.discomcare.kit.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;

/**
 * The consumer directory (table consumer_directory). Text from another service is stored {@linkplain Text#clean
 * cleaned}, so that a control character in an event cannot reach a complaint through the fill-in.
 */
@ApplicationScoped
public class ConsumerDirectory {

    private static final String COLUMNS = "consumer_number, name, phone, district, area_type, category, load, "
            + "load_unit, relationship_manager_id, relationship_manager_name, relationship_manager_phone, "
            + "released_by_request, updated_at";
    private static final String VALUES = " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ";

    private final Sql sql;

    @Inject
    public ConsumerDirectory(Sql sql) {
        this.sql = sql;
    }

    public Optional<DirectoryEntry> find(String consumerNumber) {
        if (consumerNumber == null) {
            return Optional.empty();
        }
        return sql.first("SELECT consumer_number, name, phone, district, area_type, category, load, load_unit, "
                        + "relationship_manager_id, relationship_manager_name, relationship_manager_phone "
                        + "FROM consumer_directory WHERE consumer_number = ?",
                row -> new DirectoryEntry(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        ConnectionAreaType.valueOf(row.getString(5)), ConnectionCategory.valueOf(row.getString(6)),
                        row.getBigDecimal(7), LoadUnit.valueOf(row.getString(8)),
                        row.getString(9) == null ? null
                                : new Officer(row.getString(9), row.getString(10), row.getString(11))),
                consumerNumber);
    }

    /** A released connection: the consumer as the release names them, whatever the directory had before. */
    public void putReleased(DirectoryEntry entry, String requestNumber, Instant at) {
        sql.update("INSERT INTO consumer_directory (" + COLUMNS + ")" + VALUES
                        + "ON CONFLICT (consumer_number) DO UPDATE SET name = EXCLUDED.name, phone = EXCLUDED.phone, "
                        + "district = EXCLUDED.district, area_type = EXCLUDED.area_type, category = EXCLUDED.category, "
                        + "load = EXCLUDED.load, load_unit = EXCLUDED.load_unit, "
                        + "relationship_manager_id = EXCLUDED.relationship_manager_id, "
                        + "relationship_manager_name = EXCLUDED.relationship_manager_name, "
                        + "relationship_manager_phone = EXCLUDED.relationship_manager_phone, "
                        + "released_by_request = EXCLUDED.released_by_request, updated_at = EXCLUDED.updated_at",
                parameters(entry, requestNumber, at));
    }

    /** A seeded consumer, unless the directory has them already (a release or an earlier start). */
    public boolean putIfAbsent(DirectoryEntry entry, Instant at) {
        return sql.update("INSERT INTO consumer_directory (" + COLUMNS + ")" + VALUES
                + "ON CONFLICT (consumer_number) DO NOTHING", parameters(entry, null, at)) == 1;
    }

    private static Object[] parameters(DirectoryEntry e, String requestNumber, Instant at) {
        Officer rm = e.relationshipManager();
        return new Object[]{Text.clean(e.consumerNumber()), Text.clean(e.name()), Text.clean(e.phone()),
                Text.clean(e.district()), e.areaType().name(), e.category().name(), e.load(), e.loadUnit().name(),
                rm == null ? null : Text.clean(rm.id()), rm == null ? null : Text.clean(rm.name()),
                rm == null ? null : Text.clean(rm.phone()), requestNumber, at};
    }
}
