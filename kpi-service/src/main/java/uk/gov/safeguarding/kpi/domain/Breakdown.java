package uk.gov.safeguarding.kpi.domain;

/**
 * Which slice of a council's figures a tally is: the whole council, one team (caseloads, visits) or one
 * contact source (contacts received, progressed). Stored as one key, e.g. {@code source:1A}.
 */
public record Breakdown(String team, String source) {

    public static final Breakdown COUNCIL = new Breakdown(null, null);
    private static final String TEAM = "team:";
    private static final String SOURCE = "source:";

    public static Breakdown team(String team) {
        return new Breakdown(team, null);
    }

    public static Breakdown source(String source) {
        return new Breakdown(null, source);
    }

    public String key() {
        if (team != null) {
            return TEAM + team;
        }
        return source != null ? SOURCE + source : "";
    }

    public static Breakdown fromKey(String key) {
        if (key == null || key.isEmpty()) {
            return COUNCIL;
        }
        if (key.startsWith(TEAM)) {
            return team(key.substring(TEAM.length()));
        }
        if (key.startsWith(SOURCE)) {
            return source(key.substring(SOURCE.length()));
        }
        throw new IllegalArgumentException("Not a breakdown key: " + key);
    }
}
