package uk.gov.safeguarding.kpi.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.problem.ProblemType;
import uk.gov.safeguarding.chassis.security.Actor;
import uk.gov.safeguarding.kernel.LondonTime;
import uk.gov.safeguarding.kpi.repository.KpiValueRepository;
import uk.gov.safeguarding.kpi.repository.MonthVersions;
import uk.gov.safeguarding.kpi.repository.RecomputeQueue;

/** Closing a council's month for reporting, and reading what was published for it. */
@ApplicationScoped
public class ClosedMonths {

    private final MonthVersions versions;
    private final MonthPublication publication;
    private final KpiCatalogue catalogue;
    private final KpiValueRepository values;
    private final RecomputeQueue queue;
    private final ActivityLog activityLog;
    private final Actor actor;

    public ClosedMonths(MonthVersions versions, MonthPublication publication, KpiCatalogue catalogue,
                        KpiValueRepository values, RecomputeQueue queue, ActivityLog activityLog, Actor actor) {
        this.versions = versions;
        this.publication = publication;
        this.catalogue = catalogue;
        this.values = values;
        this.queue = queue;
        this.activityLog = activityLog;
        this.actor = actor;
    }

    /** A closed month and every version of its figures published since, oldest first. */
    public record Published(MonthVersions.ClosedMonth closed, List<MonthVersions.VersionSummary> versions) {
    }

    @Transactional
    public Published close(String localAuthority, YearMonth month, String reason) {
        Instant now = Instant.now();
        if (!month.isBefore(YearMonth.from(LondonTime.date(now)))) {
            throw ProblemException.ruleViolation("month", "Only a month that has ended can be closed");
        }
        publication.lockCouncil(localAuthority);
        if (queue.pending(localAuthority, month)) {
            throw new ProblemException(ProblemType.CONFLICT, "Figures for " + localAuthority + " " + month
                    + " are still being worked out from data just received; try again in a few seconds");
        }
        if (values.councilMonths(localAuthority, month, month).isEmpty()) {
            throw ProblemException.ruleViolation("month", "There are no figures for " + localAuthority + " " + month
                    + " to publish");
        }
        if (!versions.close(localAuthority, month, actor.id(), reason, now)) {
            throw ProblemException.conflict(localAuthority + " " + month + " is already closed");
        }
        publication.publish(localAuthority, month, catalogue.definitions(), "closed", now);
        activityLog.recordSuccess(localAuthority + "/" + month);
        return view(localAuthority, month);
    }

    @Transactional
    public List<Published> list(String localAuthority) {
        return versions.closed(localAuthority).stream()
                .map(closed -> view(closed.localAuthority(), closed.month())).toList();
    }

    @Transactional
    public Published get(String localAuthority, YearMonth month) {
        return view(localAuthority, month);
    }

    private Published view(String localAuthority, YearMonth month) {
        MonthVersions.ClosedMonth closed = versions.find(localAuthority, month).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, localAuthority + " " + month + " is not closed"));
        return new Published(closed, versions.versions(localAuthority, month));
    }
}
