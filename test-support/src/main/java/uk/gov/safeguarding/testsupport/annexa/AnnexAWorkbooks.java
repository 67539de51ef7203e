package uk.gov.safeguarding.testsupport.annexa;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes Ofsted Annex A workbooks shaped like the inspection template: one sheet per list (1 to 11), the
 * template's header row, and rows holding the values as councils' workbooks hold them (the lettered
 * drop-down forms, codes with their descriptions, words, date cells, serial day numbers and text dates).
 * Sheets are written out of order and some under names that are not their list's, as councils rename
 * and reorder them: a reader must tell a list by its header.
 */
public final class AnnexAWorkbooks {

    private static final List<String> CHILD = List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
            "Age of Child (Years)");
    private static final List<String> ALLOCATED = List.of("Allocated Team", "Allocated Worker");

    /** Each list's columns as the template names them. */
    public static final Map<Integer, List<String>> HEADERS = Map.ofEntries(
            Map.entry(1, columns(CHILD, List.of("Date of Contact", "Contact Source"), List.of())),
            Map.entry(2, columns(CHILD, List.of("Assessment start date", "Assessment completion date",
                    "Organisation completing assessment"), List.of())),
            Map.entry(3, columns(CHILD, List.of("Date of referral", "Referral Source", "Referral NFA?",
                    "Number of Referrals in Last 12 Months"), ALLOCATED)),
            Map.entry(4, columns(CHILD, List.of("Does the Child have a Disability", "Continuous Assessment Start Date",
                    "Child Seen During Continuous Assessment", "Continuous Assessment Date of Authorisation",
                    "Was the child assessed as requiring LA children's social care support?"), ALLOCATED)),
            Map.entry(5, columns(CHILD, List.of("Does the Child have a Disability",
                    "Strategy discussion initiating Section 47 Enquiry Start Date",
                    "Was an Initial Child Protection Conference deemed unnecessary?",
                    "Date of Initial Child Protection Conference",
                    "Did the Initial Child Protection Conference Result in a Child Protection Plan",
                    "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months"),
                    ALLOCATED)),
            Map.entry(6, columns(CHILD, List.of("Does the Child have a Disability", "CIN Start Date", "Primary Need Code",
                    "Date Child Was Last Seen", "CIN Closure Date", "Reason for Closure", "Case Status"), ALLOCATED)),
            Map.entry(7, columns(CHILD, List.of("Does the Child have a Disability", "Child Protection Plan Start Date",
                    "Initial Category of Abuse", "Latest Category of Abuse", "Date of the Last Statutory Visit",
                    "Was the Child Seen Alone?", "Date of latest review conference", "Child Protection Plan End Date",
                    "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
                    "Number of Previous Child Protection Plans"), ALLOCATED)),
            Map.entry(8, columns(CHILD, List.of("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
                    "Does the Child have a Disability", "Date Started to be Looked After", "Child's Category of Need",
                    "Start date of current legal status", "Child's Legal Status", "Date of Latest Statutory Review",
                    "Date of Last Social Work Visit", "Date Ceased to be Looked After",
                    "Start Date of Most Recent Placement", "Placement Type", "Placement Provider"), ALLOCATED)),
            Map.entry(9, columns(CHILD, List.of("Does the Child have a Disability"),
                    List.of("Allocated Team", "Allocated Worker", "Eligibility Category", "LA in Touch",
                            "Type of Accommodation", "Suitability of Accommodation", "Activity Status"))),
            Map.entry(10, List.of("Child Unique ID", "Family identifier", "Gender", "Ethnicity", "Date of Birth",
                    "Age of Child (Years)", "Does the Child have a Disability", "Date the Child Entered Care",
                    "Date of Decision that Child Should be Placed for Adoption", "Date of Placement Order")),
            Map.entry(11, List.of("Individual adopter identifier", "Family identifier", "Gender", "Ethnicity",
                    "Disability", "Date enquiry received", "Date Stage 1 started")));

    private AnnexAWorkbooks() {
    }

    /** A value written as an Excel serial day number in a General cell, as some exports hold dates. */
    public record Serial(LocalDate date) {
        double number() {
            return date.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
        }
    }

    /**
     * The template's lists with three children each (ids {@code prefix + "1"} …), every row valid, in the
     * forms councils' workbooks hold: a map of list to rows, each row by column; a value is a String,
     * a LocalDate (a date cell), a {@link Serial}, or a Number.
     */
    public static Map<Integer, List<Map<String, Object>>> template(String prefix) {
        Map<Integer, List<Map<String, Object>>> lists = new LinkedHashMap<>();
        LocalDate born = LocalDate.of(2012, 5, 17);
        String[] genders = {"a) Male", "b) Female", "M"};
        String[] ethnicities = {"a) WBRI", "White British", "b) WIRI: White Irish"};
        for (int list = 1; list <= 11; list++) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("Child Unique ID", prefix + i);
                row.put("Gender", genders[i - 1]);
                row.put("Ethnicity", ethnicities[i - 1]);
                row.put("Date of Birth", i == 2 ? "17/05/2012" : born);
                row.put("Age of Child (Years)", 8);
                row.put("Allocated Team", "Team " + i);
                row.put("Allocated Worker", "Worker " + i);
                row.put("Does the Child have a Disability", i == 1 ? "b) No" : "a) Yes");
                rows.add(row);
            }
            lists.put(list, rows);
        }
        set(lists, 1, "Date of Contact", LocalDate.of(2021, 4, 1), new Serial(LocalDate.of(2021, 4, 6)), "07/04/2021");
        set(lists, 1, "Contact Source", "q) 6: Police", "1A - Family member", "a) 1A: Individual");
        set(lists, 2, "Assessment start date", LocalDate.of(2021, 4, 1), "02/04/2021", "2021-04-03");
        set(lists, 2, "Organisation completing assessment", "Early help team", "School", "Health");
        set(lists, 3, "Date of referral", LocalDate.of(2021, 4, 1), new Serial(LocalDate.of(2021, 4, 6)), "07/04/2021");
        set(lists, 3, "Referral Source", "q) 6: Police", "1A - Family member", "Schools");
        set(lists, 3, "Referral NFA?", "b) No", "a) Yes", "N");
        set(lists, 3, "Number of Referrals in Last 12 Months", 0, 1, 2);
        set(lists, 4, "Continuous Assessment Start Date", LocalDate.of(2021, 4, 1), "02/04/2021", "2021-04-03");
        set(lists, 4, "Child Seen During Continuous Assessment", "a) Yes", "Yes", "Y");
        set(lists, 4, "Continuous Assessment Date of Authorisation", LocalDate.of(2021, 5, 20), "", "01/06/2021");
        set(lists, 4, "Was the child assessed as requiring LA children's social care support?", "a) Yes", "b) No", "Y");
        set(lists, 5, "Strategy discussion initiating Section 47 Enquiry Start Date", LocalDate.of(2021, 4, 1),
                "02/04/2021", "2021-04-03");
        set(lists, 5, "Was an Initial Child Protection Conference deemed unnecessary?", "b) No", "a) Yes", "No");
        set(lists, 5, "Date of Initial Child Protection Conference", LocalDate.of(2021, 4, 20), "", "");
        set(lists, 5, "Did the Initial Child Protection Conference Result in a Child Protection Plan", "a) Yes", "", "");
        set(lists, 6, "CIN Start Date", LocalDate.of(2021, 1, 4), "05/01/2021", "2021-01-06");
        set(lists, 6, "Primary Need Code", "N1 - Abuse or Neglect", "a) N1: Abuse or neglect", "N4");
        set(lists, 6, "CIN Closure Date", "", LocalDate.of(2021, 5, 1), "");
        set(lists, 6, "Reason for Closure", "", "RC8 - Case closed after assessment, no further action", "");
        set(lists, 6, "Case Status", "c) CIN plan", "e) Closed episode", "c) CIN plan");
        set(lists, 7, "Child Protection Plan Start Date", LocalDate.of(2021, 1, 4), "05/01/2021", "2021-01-06");
        set(lists, 7, "Initial Category of Abuse", "b) Neglect", "Physical abuse", "NEG");
        set(lists, 7, "Latest Category of Abuse", "Physical abuse", "e) MUL: Multiple/not recommended", "Emotional abuse");
        set(lists, 7, "Date of the Last Statutory Visit", LocalDate.of(2021, 4, 16), new Serial(LocalDate.of(2021, 4, 12)),
                "14/04/2021");
        set(lists, 7, "Was the Child Seen Alone?", "a) Yes", "b) No", "Yes");
        set(lists, 7, "Date of latest review conference", LocalDate.of(2021, 3, 29), "30/03/2021", "");
        set(lists, 7, "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
                "N", "b) No", "Y");
        set(lists, 7, "Number of Previous Child Protection Plans", 0, 1, 0);
        set(lists, 8, "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", "b) No", "N", "a) Yes");
        set(lists, 8, "Date Started to be Looked After", LocalDate.of(2020, 11, 2), "03/11/2020", "2020-11-04");
        set(lists, 8, "Child's Category of Need", "N1 - Abuse or Neglect", "a) N1: Abuse or neglect", "N2");
        set(lists, 8, "Start date of current legal status", LocalDate.of(2020, 11, 2), "03/11/2020", "2020-11-04");
        set(lists, 8, "Child's Legal Status", "E1: Placement order", "C2", "b) V2: Single period of accommodation under section 20");
        set(lists, 8, "Date of Latest Statutory Review", LocalDate.of(2021, 3, 29), "30/03/2021", "");
        set(lists, 8, "Date of Last Social Work Visit", LocalDate.of(2021, 4, 16), new Serial(LocalDate.of(2021, 4, 12)),
                "14/04/2021");
        set(lists, 8, "Start Date of Most Recent Placement", LocalDate.of(2020, 11, 2), "03/11/2020", "2020-11-04");
        set(lists, 8, "Placement Type", "f) U6: Foster placement - not FFA", "U4", "K2 - Children's home");
        set(lists, 8, "Placement Provider", "e) PR4 - Private provision", "PR1", "Private provision");
        set(lists, 9, "Eligibility Category", "a) Relevant", "b) Former relevant", "a) Relevant");
        set(lists, 10, "Date of Decision that Child Should be Placed for Adoption", LocalDate.of(2021, 2, 1), "", "");
        set(lists, 11, "Individual adopter identifier", "AD1", "AD2", "AD3");
        return lists;
    }

    private static void set(Map<Integer, List<Map<String, Object>>> lists, int list, String column, Object... values) {
        List<Map<String, Object>> rows = lists.get(list);
        for (int i = 0; i < values.length; i++) {
            rows.get(i).put(column, values[i]);
        }
    }

    /**
     * Writes the lists as a workbook: in the order 11 down to 1, List 3 named "Referrals" and List 8 "CLA" (so
     * neither name nor place tells the list), each with the template's header and a blank row below the data.
     */
    public static Path write(Path file, Map<Integer, List<Map<String, Object>>> lists) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            List<Integer> order = new ArrayList<>(lists.keySet());
            order.sort((a, b) -> Integer.compare(b, a));
            for (int list : order) {
                String name = list == 3 ? "Referrals" : list == 8 ? "CLA" : "List " + list;
                Sheet sheet = book.createSheet(name);
                List<String> header = HEADERS.get(list);
                Row top = sheet.createRow(0);
                for (int c = 0; c < header.size(); c++) {
                    top.createCell(c).setCellValue(header.get(c));
                }
                int r = 1;
                for (Map<String, Object> values : lists.get(list)) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < header.size(); c++) {
                        Object value = values.get(header.get(c));
                        if (value == null || "".equals(value)) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (value instanceof LocalDate day) {
                            cell.setCellValue(day);
                            cell.setCellStyle(date);
                        } else if (value instanceof Serial serial) {
                            cell.setCellValue(serial.number());
                        } else if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
                sheet.createRow(r); // an empty row below the data, as sheets keep
            }
            book.write(out);
        }
        return file;
    }

    private static List<String> columns(List<String> first, List<String> middle, List<String> last) {
        List<String> all = new ArrayList<>(first);
        all.addAll(middle);
        all.addAll(last);
        return List.copyOf(all);
    }
}
