package uk.gov.safeguarding.kernel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a coded Annex A cell in every form councils' workbooks hold it: the bare code ({@code 1A}), the
 * template's lettered drop-down form ({@code q) 6: Police}, {@code p1) 5D: LA services}), the code with
 * its description after {@code :} or {@code -} ({@code N1 - Abuse or Neglect}), and the drop-down's words
 * alone ({@code Physical abuse}, {@code Yes}). The code lists are data ({@code annex-a-codes.csv}), from the
 * CIN census schema, the SSDA903 guide and the Annex A template.
 */
public final class AnnexAValues {

    private static final AnnexAValues STANDARD = load();

    /** "a) ", "p1) ", "(b) ": the letter the template puts before each drop-down entry. */
    private static final Pattern LETTER = Pattern.compile("^\\(?[a-z]{1,2}[0-9]?\\)\\s*", Pattern.CASE_INSENSITIVE);
    /** A code, then its description after a colon or a dash. */
    private static final Pattern CODE_THEN_WORDS = Pattern.compile("^([A-Za-z0-9]{1,4})\\s*(?::|[-\u2013\u2014]\\s)\\s*(.*)$");

    private record Entry(String code, String description) {
    }

    private final Map<AnnexACodeList, Map<String, Entry>> byCode;
    private final Map<AnnexACodeList, Map<String, String>> byWords;

    private AnnexAValues(Map<AnnexACodeList, Map<String, Entry>> byCode, Map<AnnexACodeList, Map<String, String>> byWords) {
        this.byCode = byCode;
        this.byWords = byWords;
    }

    public static AnnexAValues standard() {
        return STANDARD;
    }

    /**
     * The code a cell holds; empty when it holds none of the list's forms. A blank cell is the caller's
     * to judge (empty too).
     */
    public Optional<String> code(AnnexACodeList list, String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        Map<String, Entry> codes = byCode.get(list);
        String text = LETTER.matcher(cell.strip()).replaceFirst("").strip();
        Entry exact = codes.get(text.toUpperCase(Locale.ROOT));
        if (exact != null) {
            return Optional.of(exact.code());
        }
        Matcher split = CODE_THEN_WORDS.matcher(text);
        if (split.matches()) {
            Entry coded = codes.get(split.group(1).toUpperCase(Locale.ROOT));
            if (coded != null) {
                return Optional.of(coded.code());
            }
        }
        return Optional.ofNullable(byWords.get(list).get(words(text)));
    }

    /** The codes of a list, in the template's order. */
    public List<String> codes(AnnexACodeList list) {
        return List.copyOf(byCode.get(list).keySet());
    }

    /**
     * Why a cell cannot be read, naming the value and the forms allowed: the row error a council can act on.
     * The value is cut to 40 characters.
     */
    public String refusal(AnnexACodeList list, String cell) {
        String value = cell.strip();
        if (value.length() > 40) {
            value = value.substring(0, 40) + "…";
        }
        List<Entry> entries = new ArrayList<>(byCode.get(list).values());
        Entry first = entries.get(0);
        String codes = entries.size() <= 12 ? String.join(", ", entries.stream().map(Entry::code).toList())
                : entries.get(0).code() + ", " + entries.get(1).code() + " … " + entries.get(entries.size() - 1).code();
        return "'" + value + "' is not " + list.what() + ": give a code (" + codes + "), the template's form such as '"
                + "a) " + first.code() + ": " + first.description() + "', or its words such as '" + first.description() + "'";
    }

    /** Lower case, accents and punctuation gone, spaces single: how the drop-down's words are compared. */
    static String words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        return plain.replaceAll("[^a-z0-9&]+", " ").strip();
    }

    private static AnnexAValues load() {
        Map<String, AnnexACodeList> lists = new HashMap<>();
        for (AnnexACodeList list : AnnexACodeList.values()) {
            lists.put(list.key(), list);
        }
        Map<AnnexACodeList, Map<String, Entry>> byCode = new EnumMap<>(AnnexACodeList.class);
        Map<AnnexACodeList, Map<String, String>> byWords = new EnumMap<>(AnnexACodeList.class);
        for (AnnexACodeList list : AnnexACodeList.values()) {
            byCode.put(list, new LinkedHashMap<>());
            byWords.put(list, new HashMap<>());
        }
        for (String[] row : KernelCsv.rows("annex-a-codes.csv")) {
            AnnexACodeList list = lists.get(row[0]);
            if (list == null) {
                throw new IllegalStateException("annex-a-codes.csv names an unknown code list: " + row[0]);
            }
            Entry entry = new Entry(row[1], row[2]);
            byCode.get(list).put(row[1].toUpperCase(Locale.ROOT), entry);
            Map<String, String> words = byWords.get(list);
            words.put(words(row[2]), row[1]);
            if (row.length > 3 && !row[3].isBlank()) {
                for (String also : row[3].split(";")) {
                    String key = words(also);
                    String before = words.putIfAbsent(key, row[1]);
                    if (before != null && !before.equals(row[1])) {
                        throw new IllegalStateException("annex-a-codes.csv: '" + also + "' means both " + before
                                + " and " + row[1] + " in " + row[0]);
                    }
                }
            }
        }
        byCode.replaceAll((list, codes) -> Collections.unmodifiableMap(codes));
        byWords.replaceAll((list, words) -> Collections.unmodifiableMap(words));
        return new AnnexAValues(byCode, byWords);
    }
}
