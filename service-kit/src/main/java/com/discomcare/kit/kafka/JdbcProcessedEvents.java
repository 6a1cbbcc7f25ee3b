package com.discomcare.kit.kafka;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * {@link ProcessedEvents} in the kit's {@code processed_event} table (migration {@code db/kit}): one statement per
 * batch; the insert that conflicts tells a redelivery. Rows are never deleted here; a service may delete those
 * older than its topics' retention.
 */
final class JdbcProcessedEvents implements ProcessedEvents {

    private static final String RECORD = "INSERT INTO processed_event (consumer_group, event_id, processed_at) "
            + "SELECT ?, id, now() FROM unnest(?) AS ids(id) ON CONFLICT DO NOTHING RETURNING event_id";

    private final DataSource dataSource;
    private final String group;

    JdbcProcessedEvents(DataSource dataSource, String group) {
        if (group.length() > 100) {
            throw new IllegalArgumentException("group id longer than processed_event.consumer_group: " + group);
        }
        this.dataSource = dataSource;
        this.group = group;
    }

    @Override
    public Set<UUID> recordNew(Collection<UUID> eventIds) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(RECORD)) {
            Array ids = connection.createArrayOf("uuid", eventIds.toArray());
            insert.setString(1, group);
            insert.setArray(2, ids);
            Set<UUID> recorded = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    recorded.add(rows.getObject(1, UUID.class));
                }
            }
            return recorded;
        }
    }
}
