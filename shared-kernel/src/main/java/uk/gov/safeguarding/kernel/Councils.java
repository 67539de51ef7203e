package uk.gov.safeguarding.kernel;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The council reference: every children's services authority of England, found by its ONS code or DfE LA
 * number (current or, where one council succeeded another whole, former), with its statistical neighbours
 * and its population aged 0 to 17 by mid-year. Data, not code: {@code councils.csv} and
 * {@code children-population.csv} beside this class, from the DfE sources named in docs/council-reference.md.
 *
 * <p>Wales is not covered: the suite measures England's frameworks (CIN census, Ofsted Annex A), and a
 * Welsh code is refused with a message that says so.
 */
public final class Councils {

    public static final String MESSAGE = "must be the ONS code (such as E06000015) or DfE LA number (such as 831) "
            + "of one of England's 153 children's services authorities";

    private static final Councils ENGLAND = load();

    private final List<Council> all;
    private final Map<String, Council> byCode;
    private final Map<String, TreeMap<Integer, Long>> children;

    private Councils(List<Council> all, Map<String, TreeMap<Integer, Long>> children) {
        this.all = List.copyOf(all);
        this.children = children;
        Map<String, Council> codes = new HashMap<>();
        for (Council council : all) {
            codes.put(council.onsCode(), council);
            codes.put(council.laNumber(), council);
            council.formerOnsCodes().forEach(code -> codes.putIfAbsent(code, council));
            council.formerLaNumbers().forEach(code -> codes.putIfAbsent(code, council));
        }
        this.byCode = Map.copyOf(codes);
    }

    public static Councils england() {
        return ENGLAND;
    }

    public List<Council> all() {
        return all;
    }

    /** The council a code names, by ONS code or LA number, current or former; empty for anything else. */
    public Optional<Council> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /** The ONS code the suite stores for {@code code}, or empty when it names no children's services authority. */
    public Optional<String> canonical(String code) {
        return find(code).map(Council::onsCode);
    }

    /** Why {@code code} is refused: a sentence for a field violation. */
    public String refusal(String code) {
        if (code != null && code.trim().toUpperCase(Locale.ROOT).startsWith("W")) {
            return MESSAGE + " (Welsh councils are not covered: the suite measures England's frameworks)";
        }
        if (code != null && code.trim().toUpperCase(Locale.ROOT).startsWith("E07")) {
            return MESSAGE + " (a district council is not a children's services authority: give its county council)";
        }
        return MESSAGE;
    }

    public List<Council> statisticalNeighbours(Council council) {
        return council.statisticalNeighbours().stream().map(byCode::get).toList();
    }

    /**
     * Children aged 0 to 17 in the council by the latest ONS mid-year estimate on or before {@code month}
     * (a mid-year estimate is for 30 June), or the earliest one for months before the first; empty when the
     * reference holds none for the council.
     */
    public OptionalLong childrenAged0To17(Council council, YearMonth month) {
        TreeMap<Integer, Long> years = children.get(council.laNumber());
        if (years == null || years.isEmpty()) {
            return OptionalLong.empty();
        }
        int year = month.getMonthValue() >= 6 ? month.getYear() : month.getYear() - 1;
        Map.Entry<Integer, Long> estimate = years.floorEntry(year);
        return OptionalLong.of((estimate == null ? years.firstEntry() : estimate).getValue());
    }

    private static Councils load() {
        List<Council> councils = new ArrayList<>();
        for (String[] row : KernelCsv.rows("councils.csv")) {
            councils.add(new Council(row[0], row[1], row[2], row[3], row[4], list(row[5]), list(row[6]), list(row[7])));
        }
        Map<String, TreeMap<Integer, Long>> children = new HashMap<>();
        for (String[] row : KernelCsv.rows("children-population.csv")) {
            children.computeIfAbsent(row[0], k -> new TreeMap<>()).put(Integer.parseInt(row[1]), Long.parseLong(row[2]));
        }
        return new Councils(councils, Collections.unmodifiableMap(children));
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.asList(cell.split(";"));
    }
}
