package uk.gov.safeguarding.actionplan.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.safeguarding.actionplan.repository.SourceRow;

@Schema(name = "Source", description = "A source of recommendations, with its response due on its statutory clock")
public record SourceView(UUID id, @Schema(examples = "OFSTED_INSPECTION") String type, String title,
                         List<String> localAuthorities, String commissionedBy, LocalDate publishedOn,
                         @Schema(description = "Ofsted's action plan: 70 working days after publication") LocalDate responseDue,
                         @Schema(description = "The record it stands for in the service that raised it") String externalRef,
                         String createdBy, Instant createdAt) {

    static SourceView of(SourceRow row) {
        return new SourceView(row.id, row.type.name(), row.title, List.of(row.localAuthorities), row.commissionedBy,
                row.publishedOn, row.responseDue, row.externalRef, row.createdBy, row.createdAt);
    }
}
