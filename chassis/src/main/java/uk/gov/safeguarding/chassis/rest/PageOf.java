package uk.gov.safeguarding.chassis.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with what a caller needs to fetch the rest. */
@Schema(description = "One page of a list")
public record PageOf<T>(
        List<T> items,
        @Schema(description = "0-based page number", examples = "0") int page,
        @Schema(description = "Items per page (1-200)", examples = "20") int size,
        @Schema(description = "Items matching the query on all pages", examples = "1342") long totalItems,
        @Schema(description = "Pages at this size", examples = "68") int totalPages) {

    public static <T> PageOf<T> of(List<T> items, PageRequest request, long totalItems) {
        int pages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageOf<>(items, request.page(), request.size(), totalItems, pages);
    }
}
