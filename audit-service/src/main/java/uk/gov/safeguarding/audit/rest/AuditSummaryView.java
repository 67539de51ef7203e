package uk.gov.safeguarding.audit.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.audit.domain.audit.GradeSummary;
import uk.gov.safeguarding.audit.service.AuditSummaries;
import uk.gov.safeguarding.chassis.rest.CsvTable;

@Schema(name = "AuditSummary", description = "Submitted case audits judged good or better, overall and by domain, team, "
        + "audit type, theme and reporting quarter (April to March), with grade distributions; moderation agreement; "
        + "escalations open and overdue. With suppress=true counts of 1 to 5 are null, and so is any percentage they "
        + "would let a reader work out.")
public record AuditSummaryView(
        @Schema(examples = "E06000015") String localAuthority,
        LocalDate from,
        LocalDate to,
        String type,
        String theme,
        boolean suppressed,
        List<Line> lines,
        @Schema(description = "Case audits moderated") Integer moderated,
        @Schema(description = "Of which the auditor's grades stood") Integer moderationAgreed,
        Double moderationAgreementPercent,
        long escalationsOpen,
        @Schema(description = "Open past the end of the next working day after they were raised") long escalationsOverdue)
        implements CsvTable {

    @Schema(name = "AuditSummaryLine")
    public record Line(@Schema(description = "overall, domain, team, type, theme or quarter") String dimension,
                       @Schema(examples = "VOICE_OF_THE_CHILD") String value,
                       Integer cases, Integer goodOrBetter,
                       @Schema(examples = "75.0") Double percentGoodOrBetter,
                       @Schema(description = "Cases by grade") Map<String, Integer> grades,
                       @Schema(description = "Whether any figure of the line is hidden") boolean suppressed) {
    }

    static AuditSummaryView of(AuditSummaries.Summary summary) {
        AuditSummaries.Filter filter = summary.filter();
        return new AuditSummaryView(filter.localAuthority(), filter.from(), filter.to(),
                filter.type() == null ? null : filter.type().name(), filter.theme(), filter.suppress(),
                summary.lines().stream().map(AuditSummaryView::line).toList(), summary.moderated(),
                summary.moderationAgreed(), summary.moderationAgreementPercent(), summary.escalationsOpen(),
                summary.escalationsOverdue());
    }

    private static Line line(GradeSummary.Line line) {
        return new Line(line.dimension(), line.value(), line.cases(), line.goodOrBetter(), line.percentGoodOrBetter(),
                line.grades(), line.suppressed());
    }

    @Override
    public List<String> csvHeader() {
        return List.of("local_authority", "dimension", "value", "cases", "good_or_better", "percent_good_or_better",
                "grades", "suppressed");
    }

    /**
     * The summary's lines, then a moderation line (cases moderated; in good_or_better, those whose grades stood)
     * and the open and overdue escalations (in cases).
     */
    @Override
    public Iterable<List<?>> csvRows() {
        List<List<?>> rows = new ArrayList<>();
        for (Line line : lines) {
            rows.add(Arrays.asList(localAuthority, line.dimension(), line.value(), line.cases(), line.goodOrBetter(),
                    line.percentGoodOrBetter(), line.grades().entrySet().stream()
                            .map(g -> g.getKey() + "=" + (g.getValue() == null ? "" : g.getValue()))
                            .collect(Collectors.joining(";")), line.suppressed()));
        }
        rows.add(Arrays.asList(localAuthority, "moderation", "agreement", moderated, moderationAgreed,
                moderationAgreementPercent, "", suppressed && (moderated == null || moderationAgreementPercent == null)));
        rows.add(Arrays.asList(localAuthority, "escalations", "open", escalationsOpen, null, null, "", false));
        rows.add(Arrays.asList(localAuthority, "escalations", "overdue", escalationsOverdue, null, null, "", false));
        return rows;
    }
}
