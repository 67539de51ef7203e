package uk.gov.safeguarding.kpi.hostile;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.chassis.calendar.CalendarResource;
import uk.gov.safeguarding.kpi.rest.AnnexAResource;
import uk.gov.safeguarding.kpi.rest.BenchmarkResource;
import uk.gov.safeguarding.kpi.rest.BreachResource;
import uk.gov.safeguarding.kpi.rest.ClosedMonthResource;
import uk.gov.safeguarding.kpi.rest.ContactVolumeResource;
import uk.gov.safeguarding.kpi.rest.KpiActions;
import uk.gov.safeguarding.kpi.rest.KpiResource;
import uk.gov.safeguarding.kpi.rest.KpiValueResource;
import uk.gov.safeguarding.kpi.rest.PracticeRecordResource;
import uk.gov.safeguarding.kpi.rest.ScorecardResource;
import uk.gov.safeguarding.testsupport.ApiDocuments;
import uk.gov.safeguarding.testsupport.hostile.ActivityLogCoverage;

@QuarkusTest
class ActivityLogCoverageTest {

    @Test
    void everyStateChangeAndChildLevelReadDeclaresANamedAction() {
        List<String> actions = new ArrayList<>(KpiActions.ALL);
        actions.add(CalendarResource.ACTION_PUT);
        ActivityLogCoverage.check(ApiDocuments.openApi(), actions, AnnexAResource.class, BenchmarkResource.class,
                BreachResource.class, ClosedMonthResource.class, ContactVolumeResource.class, KpiResource.class,
                KpiValueResource.class, PracticeRecordResource.class, ScorecardResource.class, CalendarResource.class);
    }
}
