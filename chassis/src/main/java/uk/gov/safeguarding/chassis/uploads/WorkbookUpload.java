package uk.gov.safeguarding.chassis.uploads;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import uk.gov.safeguarding.chassis.imports.TableRows;
import uk.gov.safeguarding.chassis.imports.Workbook;
import uk.gov.safeguarding.chassis.problem.ProblemException;
import uk.gov.safeguarding.kernel.AnnexALists;

/**
 * An uploaded Annex A workbook, sheet by sheet: each sheet is taken for the list its header row shows (never
 * its name or place); a sheet of a list the service uses is read, the others are recorded with the run as
 * skipped, with why.
 */
public final class WorkbookUpload {

    private WorkbookUpload() {
    }

    /** Reads the rows of one sheet the service uses; {@code part} is the sheet's number for {@link UploadProgress#counted}. */
    @FunctionalInterface
    public interface SheetReader {
        void read(int annexAList, int part, TableRows rows) throws Exception;
    }

    /**
     * Reads the workbook's sheets in order, each used list's with {@code reader}. Returns how many sheets
     * were read; a file that is not a workbook refuses the run.
     */
    public static int read(Path file, UUID run, Set<Integer> used, UploadProgress progress, SheetReader reader)
            throws Exception {
        Workbook workbook;
        try {
            workbook = Workbook.open(file);
        } catch (ProblemException notAWorkbook) {
            throw new UploadRefused(notAWorkbook.getMessage());
        }
        int read = 0;
        try (workbook) {
            for (Iterator<Workbook.Sheet> sheets = workbook.sheets(); sheets.hasNext(); ) {
                Workbook.Sheet sheet = sheets.next();
                try (TableRows rows = sheet.rows()) {
                    String notRead = AnnexALists.whyNotRead(rows.header(), used);
                    OptionalInt list = AnnexALists.numberOf(rows.header());
                    Integer number = list.isPresent() ? list.getAsInt() : null;
                    int part = progress.sheet(run, sheet.name(), number, notRead);
                    if (notRead == null) {
                        reader.read(number, part, rows);
                        read++;
                    }
                }
            }
        }
        return read;
    }
}
