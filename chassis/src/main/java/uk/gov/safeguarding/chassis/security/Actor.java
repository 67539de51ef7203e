package uk.gov.safeguarding.chassis.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is acting in this request, taken from the verified token and never from the request body.
 */
@RequestScoped
public class Actor {

    public static final String ANONYMOUS = "anonymous";

    private final SecurityIdentity identity;

    public Actor(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The token's subject ({@code sub}); the principal name when a token has none. */
    public String id() {
        return idOf(identity);
    }

    /** The suite roles the token carries, in the order of {@link Roles#ALL}. */
    public List<String> roles() {
        return rolesOf(identity);
    }

    public static String idOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    public static List<String> rolesOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return List.of();
        }
        return Roles.ALL.stream().filter(identity::hasRole).toList();
    }
}
