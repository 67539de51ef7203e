package uk.gov.safeguarding.chassis.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import uk.gov.safeguarding.kernel.Sha256;

/**
 * Answers polling clients cheaply: an ETag (and Last-Modified when known) on every answer, and 304 Not
 * Modified without a body when the caller already holds this version.
 */
public final class Conditional {

    private Conditional() {
    }

    /**
     * ETag from the answer itself: {@code entity.toString()} must show every value (records do) and
     * {@code variant} tells apart answers in different media types.
     */
    public static Response ok(Request request, Object entity, String variant) {
        return ok(request, entity, variant + "\n" + entity, null);
    }

    /**
     * @param version text that changes whenever the answer would
     * @param lastModified only when every input of the answer has a change time included in it
     */
    public static Response ok(Request request, Object entity, String version, Instant lastModified) {
        EntityTag tag = new EntityTag(digest(version));
        Date modified = lastModified == null ? null : Date.from(lastModified);
        Response.ResponseBuilder notModified = modified == null ? request.evaluatePreconditions(tag)
                : request.evaluatePreconditions(modified, tag);
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        cache.setPrivate(true);
        Response.ResponseBuilder builder = notModified != null ? notModified : Response.ok(entity);
        builder.tag(tag).cacheControl(cache).header("Vary", "Accept");
        if (modified != null) {
            builder.lastModified(modified);
        }
        return builder.build();
    }

    private static String digest(String version) {
        return HexFormat.of().formatHex(Sha256.of(version), 0, 16);
    }
}
