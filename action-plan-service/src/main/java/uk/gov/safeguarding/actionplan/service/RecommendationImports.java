package uk.gov.safeguarding.actionplan.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.safeguarding.actionplan.domain.RecommendationColumn;
import uk.gov.safeguarding.actionplan.domain.RecommendationTable;
import uk.gov.safeguarding.actionplan.domain.Reimport;
import uk.gov.safeguarding.actionplan.repository.ActionRow;
import uk.gov.safeguarding.actionplan.repository.RecommendationRow;
import uk.gov.safeguarding.actionplan.repository.SourceRow;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.imports.ExportDates;
import uk.gov.safeguarding.chassis.imports.TableRow;
import uk.gov.safeguarding.chassis.imports.TableRows;
import uk.gov.safeguarding.chassis.problem.FieldViolation;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.chassis.problem.ProblemType;
import uk.gov.safeguarding.chassis.security.Actor;
import uk.gov.safeguarding.chassis.uploads.UploadRowError;

/**
 * A recommendations table imported under its source (the transaction around the domain's
 * {@link RecommendationTable} and {@link Reimport}): new recommendations and actions created, ones it says
 * something new of updated, the rest left alone, each refused row reported with its line and column while the
 * others are stored. A table is a board's few hundred rows, so it is read whole and stored in one transaction:
 * a dry run is that transaction rolled back, and says exactly what the import would do.
 */
@ApplicationScoped
public class RecommendationImports {

    /** Rows one table may have: a large inspection's recommendations with several actions each, many times over. */
    public static final int MAX_ROWS = 5_000;

    private final Recommendations recommendations;
    private final Actions actions;
    private final ActivityLog activityLog;
    private final Actor actor;

    public RecommendationImports(Recommendations recommendations, Actions actions, ActivityLog activityLog,
                                 Actor actor) {
        this.recommendations = recommendations;
        this.actions = actions;
        this.activityLog = activityLog;
        this.actor = actor;
    }

    /** How many records the import created, updated and left as they were. */
    public record Counts(int created, int updated, int unchanged) {

        Counts plus(Reimport.Outcome outcome) {
            return switch (outcome) {
                case CREATED -> new Counts(created + 1, updated, unchanged);
                case UPDATED -> new Counts(created, updated + 1, unchanged);
                case UNCHANGED -> new Counts(created, updated, unchanged + 1);
            };
        }
    }

    public record Report(UUID sourceId, boolean dryRun, long rows, Counts recommendations, Counts actions,
                         List<UploadRowError> failed, List<String> unknownColumns) {
    }

    /**
     * @param defaults the owner and due date of action rows that give none
     * @throws ProblemException 400 naming the header when it has no number or text column; 413 past
     *                          {@link #MAX_ROWS} rows (nothing is stored)
     */
    @Transactional
    public Report load(UUID sourceId, TableRows table, RecommendationTable.Defaults defaults, boolean dryRun) {
        if (SourceRow.findById(sourceId) == null) {
            throw new RequestRefused("id", "no source " + sourceId);
        }
        List<String> header = table.header();
        RecommendationTable.Layout layout = RecommendationTable.layout(header);
        List<UploadRowError> failed = new ArrayList<>();
        List<RecommendationTable.Row> rows = new ArrayList<>();
        long count = 0;
        while (table.hasNext()) {
            TableRow row = table.next();
            if (++count > MAX_ROWS) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "At most " + MAX_ROWS
                        + " rows in one table; nothing was stored");
            }
            FieldViolation problem = row.problem(header);
            if (problem != null) {
                failed.add(new UploadRowError(row.line(), problem.field(), problem.message()));
            } else {
                rows.add(new RecommendationTable.Row(row.line(), row.cells()));
            }
        }
        RecommendationTable.Reading reading = RecommendationTable.read(layout, rows, defaults, ExportDates::date);
        reading.refused().forEach(r -> failed.add(new UploadRowError(r.line(), r.column(), r.reason())));

        String by = actor.id();
        Stored stored = new Stored();
        for (RecommendationTable.Read read : reading.rows()) {
            RecommendationRow recommendation = stored.recommendation(by, sourceId, read);
            read.action().ifPresent(action -> {
                Reimport.Verdict verdict = stored.action(by, recommendation, action);
                if (verdict.isRefused()) {
                    failed.add(new UploadRowError(read.line(), columnName(layout, verdict.column()), verdict.reason()));
                }
            });
        }
        failed.sort(Comparator.comparingLong(UploadRowError::line));
        if (dryRun) {
            activityLog.concerning(sourceId.toString(), List.of());
            QuarkusTransaction.setRollbackOnly();
        } else {
            activityLog.recordSuccess(sourceId.toString());
        }
        return new Report(sourceId, dryRun, count, stored.recommendationCounts, stored.actionCounts,
                List.copyOf(failed), layout.unknown());
    }

    private static String columnName(RecommendationTable.Layout layout, RecommendationColumn column) {
        return layout.headerOf(column).orElse(column.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    /** What this import has stored so far: a recommendation once however many of its rows follow. */
    private final class Stored {
        final Map<String, RecommendationRow> byNumber = new HashMap<>();
        Counts recommendationCounts = new Counts(0, 0, 0);
        Counts actionCounts = new Counts(0, 0, 0);

        RecommendationRow recommendation(String by, UUID sourceId, RecommendationTable.Read read) {
            RecommendationTable.RecommendationPart part = read.recommendation();
            RecommendationRow done = byNumber.get(part.number());
            if (done != null) {
                return done;
            }
            RecommendationRow known = RecommendationRow.find("sourceId = ?1 and number = ?2", sourceId, part.number())
                    .firstResult();
            Reimport.RecommendationTerms terms = Reimport.RecommendationTerms.of(part);
            if (known == null) {
                known = recommendations.createFor(by, sourceId, new Recommendations.NewRecommendation(part.number(),
                        part.references(), part.theme(), part.text(), part.addressedTo(), part.response(),
                        part.responseReason(), null), ActionPlanActions.RECOMMENDATION_IMPORT).recommendation();
                recommendationCounts = recommendationCounts.plus(Reimport.Outcome.CREATED);
            } else {
                Reimport.Verdict verdict = Reimport.ofRecommendation(Recommendations.terms(known), terms);
                if (verdict.outcome() == Reimport.Outcome.UPDATED) {
                    recommendations.reviseFor(by, ActionPlanActions.RECOMMENDATION_IMPORT, known, terms);
                }
                recommendationCounts = recommendationCounts.plus(verdict.outcome());
            }
            byNumber.put(part.number(), known);
            return known;
        }

        Reimport.Verdict action(String by, RecommendationRow recommendation, RecommendationTable.ActionPart part) {
            ActionRow known = ActionRow.find("recommendationId = ?1 and importKey = ?2", recommendation.id, part.key())
                    .firstResult();
            Reimport.ActionTerms terms = Reimport.ActionTerms.of(part);
            Reimport.Verdict verdict;
            if (known == null) {
                ActionRow created = actions.createFor(by, ActionPlanActions.RECOMMENDATION_IMPORT, recommendation.id,
                        new Actions.NewAction(part.what(), part.owner(), part.ownerRole(), part.ownerAgency(),
                                part.partners(), part.dueDate(), part.board(), part.approvedOn(), part.impactKpi(),
                                part.impactDirection(), part.impactTarget()));
                created.importKey = part.key();
                verdict = new Reimport.Verdict(Reimport.Outcome.CREATED, null, null);
            } else {
                verdict = Reimport.ofAction(known.action(), Actions.terms(known), terms, part.dueDate());
                if (verdict.outcome() == Reimport.Outcome.UPDATED) {
                    actions.reviseFor(by, ActionPlanActions.RECOMMENDATION_IMPORT, known, terms);
                }
            }
            if (!verdict.isRefused()) {
                actionCounts = actionCounts.plus(verdict.outcome());
            }
            return verdict;
        }
    }
}
