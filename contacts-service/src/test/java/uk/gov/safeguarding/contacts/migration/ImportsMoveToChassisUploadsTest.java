package uk.gov.safeguarding.contacts.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V4 moves the batch runs a database already holds into the chassis's upload tables: a database migrated to
 * V3 (in a schema of its own) with a run, its skipped sheets and a row error, then migrated on.
 */
@QuarkusTest
class ImportsMoveToChassisUploadsTest {

    private static final String SCHEMA = "migration_v4_test";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void runsSheetsAndErrorsRecordedBeforeMoveWithTheirRuns() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
        flyway("3").migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + SCHEMA);
            s.execute("""
                    INSERT INTO contact_import (id, format, local_authority, status, rows_read, rows_stored, rows_duplicate,
                                                rows_failed, bytes_received, created_by, created_at, skipped_sheets)
                    VALUES ('0193d5a4-0000-7000-8000-000000000001', 'XLSX', 'E06000015', 'COMPLETED', 5, 3, 1, 1, 900,
                            'test-integration', now(), E'Referrals\\t3\\tList 3 (referrals) is not used by this service\\nNotes\\t\\tno list')""");
            s.execute("""
                    INSERT INTO contact_import_error (import_id, line, field, reason)
                    VALUES ('0193d5a4-0000-7000-8000-000000000001', 4, 'Gender', 'not a gender')""");
        }
        flyway(null).migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + SCHEMA);
            assertThat(rows(s, "SELECT kind, format, status, rows_read, rows_stored, rows_duplicate, rows_failed, "
                    + "records_stored FROM upload_run"))
                    .containsExactly("contact-import|XLSX|COMPLETED|5|3|1|1|3");
            assertThat(rows(s, "SELECT position, sheet, annex_a_list, skipped_reason FROM upload_part ORDER BY position"))
                    .containsExactly("1|Referrals|3|List 3 (referrals) is not used by this service", "2|Notes|null|no list");
            assertThat(rows(s, "SELECT part, line, field, reason FROM upload_error")).containsExactly("0|4|Gender|not a gender");
            assertThat(rows(s, "SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + SCHEMA
                    + "' AND table_name LIKE 'contact_import%'")).containsExactly("0");
            s.execute("SET search_path TO public");
            s.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        }
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true)
                .locations("classpath:db/chassis", "classpath:db/migration").outOfOrder(true);
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private static List<String> rows(Statement s, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
