package uk.gov.safeguarding.actionplan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.safeguarding.actionplan.domain.ActionStatus;
import uk.gov.safeguarding.actionplan.domain.ImpactMeasure;
import uk.gov.safeguarding.actionplan.domain.Rag;
import uk.gov.safeguarding.actionplan.domain.Recommendation;
import uk.gov.safeguarding.actionplan.repository.ActionRow;
import uk.gov.safeguarding.actionplan.repository.ActionUpdateRow;
import uk.gov.safeguarding.actionplan.repository.DueDateRevisionRow;
import uk.gov.safeguarding.actionplan.repository.RecommendationRow;
import uk.gov.safeguarding.actionplan.repository.ReportQueries;
import uk.gov.safeguarding.actionplan.repository.SourceRow;
import uk.gov.safeguarding.kernel.LondonTime;

/**
 * What boards, scrutiny committees and inspectors read: progress counted by source, owner, agency or board; the
 * tracker in the Treasury Minutes' words (implemented, work in progress, not implemented, superseded) for each
 * recommendation; and a board's pack of its open actions, each with its latest update, RAG, impact measure and
 * the date changes that were approved.
 */
@ApplicationScoped
public class Reports {

    private final ReportQueries queries;
    private final Actions actions;
    private final ImpactMeasures impacts;

    public Reports(ReportQueries queries, Actions actions, ImpactMeasures impacts) {
        this.queries = queries;
        this.actions = actions;
        this.impacts = impacts;
    }

    public record Progress(ReportQueries.ProgressRow counts, BigDecimal percentComplete) {
    }

    /** Every group's counts; the percentage complete is of the actions still wanted (cancelled ones aside). */
    @Transactional
    public List<Progress> progress(ReportQueries.Grouping by, ReportQueries.Filter filter) {
        return queries.progress(by, filter, today()).stream().map(row -> new Progress(row,
                percent(row.complete() + row.verified(), row.total() - row.cancelled()))).toList();
    }

    public record Tracked(ReportQueries.TrackerRow row, Recommendation.Progress progress) {
    }

    @Transactional
    public ReportQueries.Page<Tracked> tracker(ReportQueries.Filter filter, int page, int size) {
        ReportQueries.Page<ReportQueries.TrackerRow> rows = queries.tracker(filter, today(), page, size);
        return new ReportQueries.Page<>(rows.items().stream().map(row -> new Tracked(row, Recommendation.progress(
                row.response() == null ? null : Recommendation.Response.valueOf(row.response()),
                row.statuses().stream().map(ActionStatus::valueOf).toList()))).toList(), rows.total());
    }

    /** One action of a board pack, with everything the board reads of it. */
    public record BoardItem(ActionRow action, RecommendationRow recommendation, SourceRow source, Rag rag,
                            Rag ownerRag, ActionUpdateRow latestUpdate, List<DueDateRevisionRow> dateChanges,
                            List<ImpactMeasure.Impact> impact) {
    }

    /** A board's open actions (all but verified and cancelled: a completed one waits for verification), soonest due first. */
    @Transactional
    public ReportQueries.Page<BoardItem> boardPack(ReportQueries.Filter filter, int page, int size) {
        ReportQueries.Page<ActionRow> found = queries.actions(filter, ReportQueries.Selection.BOARD_PACK, today(), page,
                size);
        List<UUID> ids = found.items().stream().map(a -> a.id).toList();
        Map<UUID, RecommendationRow> recommendations = queries.recommendations(
                found.items().stream().map(a -> a.recommendationId).distinct().toList());
        Map<UUID, SourceRow> sources = queries.sources(
                recommendations.values().stream().map(r -> r.sourceId).distinct().toList());
        Map<UUID, ActionUpdateRow> latest = queries.latestUpdates(ids);
        Map<UUID, ActionUpdateRow> ownerRags = queries.latestOwnerRags(ids);
        Map<UUID, List<DueDateRevisionRow>> revisions = queries.approvedRevisions(ids);
        Map<UUID, List<String>> councils = new HashMap<>();
        for (ActionRow action : found.items()) {
            SourceRow source = sources.get(recommendations.get(action.recommendationId).sourceId);
            councils.put(action.id, Arrays.asList(source.localAuthorities));
        }
        Map<UUID, List<ImpactMeasure.Impact>> impact = impacts.of(found.items(), councils);
        return new ReportQueries.Page<>(found.items().stream().map(action -> {
            RecommendationRow recommendation = recommendations.get(action.recommendationId);
            ActionUpdateRow ownerRag = ownerRags.get(action.id);
            return new BoardItem(action, recommendation, sources.get(recommendation.sourceId), actions.rag(action),
                    ownerRag == null ? null : ownerRag.ownerRag, latest.get(action.id),
                    revisions.getOrDefault(action.id, List.of()), impact.getOrDefault(action.id, List.of()));
        }).toList(), found.total());
    }

    static BigDecimal percent(long part, long whole) {
        return whole <= 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static LocalDate today() {
        return LocalDate.now(LondonTime.ZONE);
    }
}
