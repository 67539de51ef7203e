package uk.gov.safeguarding.chassis.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells, from an exception's causes, whether the database could not be reached (the caller should retry:
 * 503) or refused a value the validation let through (the caller's value: 400). Anything else is ours.
 */
final class StorageFailures {

    enum Kind { UNREACHABLE, VALUE_REFUSED, OTHER }

    /** PostgreSQL's states for a server that is going away, starting, or full; class 08 is the connection. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "53400");

    private StorageFailures() {
    }

    static Kind classify(Throwable failure) {
        Kind kind = Kind.OTHER;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException || isHibernateConnectionFailure(t)) {
                return Kind.UNREACHABLE;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                    return Kind.UNREACHABLE;
                }
                // Agroal's pool answers a timed-out wait for a connection with a plain SQLException.
                if (state == null && sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout")) {
                    return Kind.UNREACHABLE;
                }
                // Class 22 is a data exception: a value PostgreSQL would not store (an invalid byte, a
                // number out of range) that got past validation.
                if (state != null && state.startsWith("22")) {
                    kind = Kind.VALUE_REFUSED;
                }
            }
        }
        return kind;
    }

    private static boolean isHibernateConnectionFailure(Throwable t) {
        return t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException");
    }
}
