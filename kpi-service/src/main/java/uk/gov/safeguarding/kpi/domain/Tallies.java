package uk.gov.safeguarding.kpi.domain;

import java.util.HashMap;
import java.util.Map;

/** Counts a month case by case, for the council and for the team each case belongs to. */
public final class Tallies {

    private final Map<Breakdown, Tally> tallies = new HashMap<>();

    public Tallies() {
        tallies.put(Breakdown.COUNCIL, Tally.EMPTY);
    }

    /** One case in the denominator, and in the numerator when {@code counted}. */
    public void add(String team, boolean counted) {
        add(team, new Tally(counted ? 1 : 0, 1));
    }

    public void add(String team, Tally tally) {
        tallies.merge(Breakdown.COUNCIL, tally, Tally::plus);
        if (team != null && !team.isBlank()) {
            tallies.merge(Breakdown.team(team), tally, Tally::plus);
        }
    }

    public Map<Breakdown, Tally> toMap() {
        return Map.copyOf(tallies);
    }
}
