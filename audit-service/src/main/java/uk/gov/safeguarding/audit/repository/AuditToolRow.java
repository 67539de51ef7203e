package uk.gov.safeguarding.audit.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.safeguarding.audit.domain.audit.AuditTool;
import uk.gov.safeguarding.audit.domain.audit.GradeScale;

/** A stored audit tool version (V6__audits.sql); written once, never changed. */
@Entity
@Table(name = "audit_tool")
public class AuditToolRow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tool_key")
    public String key;

    public int version;

    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<AuditTool.Question> questions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] domains;

    @Column(name = "scale_name")
    public String scaleName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] grades;

    @Column(name = "good_or_better")
    public int goodOrBetter;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    public AuditTool tool() {
        return new AuditTool(key, version, name, questions, Arrays.asList(domains),
                new GradeScale(scaleName, Arrays.asList(grades), goodOrBetter));
    }
}
