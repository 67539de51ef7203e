package uk.gov.safeguarding.kpi.repository;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/** The conversions this service's JDBC code repeats: instants as timestamptz, months as their first day. */
final class Jdbc {

    private Jdbc() {
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setTimestamp(index, Timestamp.from(instant));
        }
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static void setMonth(PreparedStatement statement, int index, YearMonth month) throws SQLException {
        if (month == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(month.atDay(1)));
        }
    }

    static YearMonth month(ResultSet rows, String column) throws SQLException {
        Date value = rows.getDate(column);
        return value == null ? null : YearMonth.from(value.toLocalDate());
    }

    /** Sets a statement's parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
