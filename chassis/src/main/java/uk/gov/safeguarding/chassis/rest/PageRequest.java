package uk.gov.safeguarding.chassis.rest;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code page} (0-based, default 0) and {@code size} (1-200, default 20) query parameters. */
public class PageRequest {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @Parameter(description = "0-based page number", example = "0")
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to 200", example = "20")
    String size;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = Integer.toString(page);
        this.size = Integer.toString(size);
    }

    public int page() {
        Integer value = QueryParams.integer("page", page, 0, Integer.MAX_VALUE / MAX_SIZE);
        return value == null ? 0 : value;
    }

    public int size() {
        Integer value = QueryParams.integer("size", size, 1, MAX_SIZE);
        return value == null ? 20 : value;
    }
}
