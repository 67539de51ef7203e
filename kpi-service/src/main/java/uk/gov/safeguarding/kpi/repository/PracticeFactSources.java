package uk.gov.safeguarding.kpi.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.List;
import uk.gov.safeguarding.kpi.domain.FactKind;
import uk.gov.safeguarding.kpi.domain.FactSource;
import uk.gov.safeguarding.kpi.domain.facts.PracticeRecord;

/** One {@link FactSource} per kind of practice fact, all reading the practice-record table. */
@ApplicationScoped
public class PracticeFactSources {

    private final PracticeRecordRepository records;

    public PracticeFactSources(PracticeRecordRepository records) {
        this.records = records;
    }

    @Produces @Singleton @Named("assessments")
    FactSource<PracticeRecord> assessments() {
        return source(FactKind.ASSESSMENTS);
    }

    @Produces @Singleton @Named("s47-enquiries")
    FactSource<PracticeRecord> enquiries() {
        return source(FactKind.S47_ENQUIRIES);
    }

    @Produces @Singleton @Named("child-protection")
    FactSource<PracticeRecord> childProtection() {
        return source(FactKind.CHILD_PROTECTION);
    }

    @Produces @Singleton @Named("children-in-need")
    FactSource<PracticeRecord> childrenInNeed() {
        return source(FactKind.CHILDREN_IN_NEED);
    }

    @Produces @Singleton @Named("children-in-care")
    FactSource<PracticeRecord> childrenInCare() {
        return source(FactKind.CHILDREN_IN_CARE);
    }

    @Produces @Singleton @Named("caseloads")
    FactSource<PracticeRecord> caseloads() {
        return source(FactKind.CASELOADS);
    }

    private FactSource<PracticeRecord> source(FactKind<PracticeRecord> kind) {
        return new FactSource<>() {
            @Override
            public FactKind<PracticeRecord> kind() {
                return kind;
            }

            @Override
            public List<PracticeRecord> load(String localAuthority, YearMonth month) {
                return records.load(kind, localAuthority, month);
            }
        };
    }
}
