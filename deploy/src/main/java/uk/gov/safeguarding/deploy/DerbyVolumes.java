package uk.gov.safeguarding.deploy;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Contacts a month at Derby's front door, March to November 2020 and 2021, from the council's 2022
 * report on monitoring safeguarding practice (../shared/seeds). Counts are per child per contact.
 */
public final class DerbyVolumes {

    public static final String DERBY = "E06000015";

    public static final Map<YearMonth, Integer> CONTACTS;

    static {
        int[] y2020 = {1595, 1444, 1486, 2016, 1864, 1607, 2019, 2133, 2047};
        int[] y2021 = {2499, 2259, 2460, 2703, 2417, 2052, 2597, 2433, 2293};
        Map<YearMonth, Integer> contacts = new LinkedHashMap<>();
        for (int i = 0; i < y2020.length; i++) {
            contacts.put(YearMonth.of(2020, 3 + i), y2020[i]);
        }
        for (int i = 0; i < y2021.length; i++) {
            contacts.put(YearMonth.of(2021, 3 + i), y2021[i]);
        }
        CONTACTS = Map.copyOf(contacts);
    }

    private DerbyVolumes() {
    }
}
