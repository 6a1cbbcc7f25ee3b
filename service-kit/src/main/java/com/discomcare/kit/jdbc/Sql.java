package com.discomcare.kit.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL statements in the caller's JTA transaction: the Quarkus datasource hands out the connection enlisted
 * in that transaction, so these statements commit together with Axon's event append and Hibernate's writes.
 * <p>
 * For the command side's small lookups and locks; entities and read-model queries stay with Panache. Hibernate's
 * native queries are avoided on purpose: each execution of a native SELECT adds a plan-cache key that collides with
 * the earlier ones, and under load the cache's lookups took a fifth of the service's CPU.
 * <p>
 * Parameters are bound with {@code setObject}; an {@link Instant} is bound as a {@code timestamptz} value, and a
 * null needs a SQL context that gives it a type (a column it is assigned to, or a {@code CAST}).
 */
@ApplicationScoped
public class Sql {

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;

    @Inject
    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailed(sql, e);
        }
    }

    /** The rows of a query, each read by {@code mapper}. */
    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new SqlFailed(sql, e);
        }
    }

    /** The first row of a query, if there is one. */
    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(mapper.map(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new SqlFailed(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i] instanceof Instant instant ? Timestamp.from(instant) : parameters[i];
                statement.setObject(i + 1, value);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** A statement failed; the {@link SQLException} is the cause, so its SQLState stays visible to callers. */
    public static final class SqlFailed extends RuntimeException {
        SqlFailed(String sql, SQLException cause) {
            super(cause.getMessage() + " [" + sql + "]", cause);
        }
    }
}
