package uk.gov.safeguarding.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's action plan: Derby Safeguarding Children Board's review of the Haringey JAR findings imported from
 * its table (38 issues with their paragraphs and actions), approved by the board, owned by the demo's
 * practitioner until assigned, and then worked on so that every status shows: some in progress with updates,
 * some complete with evidence, some verified by the board, one blocked, one cancelled, some revised with a
 * manager's approval (two of them to a date now past, so overdue) and one revised twice.
 */
final class ActionPlanDemo {

    static final String BOARD = "Derby Safeguarding Children Board";
    static final String OWNER = "local-practitioner";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVIDENCE_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final SuiteApi api;
    private final String manager;
    private final String owner;
    private final String board;
    private final Path table;

    /**
     * @param api   action-plan-service, reading with a board member's token
     * @param table Derby's table as CSV (the test fixture action-plan-service imports too)
     */
    ActionPlanDemo(SuiteApi api, String manager, String owner, String board, Path table) {
        this.api = api;
        this.manager = manager;
        this.owner = owner;
        this.board = board;
        this.table = table;
    }

    List<String> load() throws Exception {
        List<String> made = new ArrayList<>();
        String source = SuiteApi.id(api.post("/api/v1/sources", """
                {"type":"JOINT_AREA_REVIEW","title":"Derby Safeguarding Children Board: review of the Haringey Joint Area Review findings",
                 "localAuthorities":["E06000015"],"commissionedBy":"Derby Safeguarding Children Board"}""", manager));
        LocalDate due = LocalDate.now().plusMonths(3);
        JsonNode imported = JSON.readTree(api.send("/api/v1/sources/" + source + "/recommendation-imports?defaultOwner="
                        + OWNER + "&defaultDueDate=" + due + "&defaultBoard=" + BOARD.replace(" ", "%20")
                        + "&defaultApprovedOn=" + LocalDate.now().minusMonths(1), "text/csv",
                Files.readAllBytes(table), manager));
        made.add("Derby's review of the Haringey JAR findings: " + imported.path("recommendations").path("created")
                + " recommendations and " + imported.path("actions").path("created") + " actions imported, approved by "
                + BOARD + ", owned by " + OWNER + " until assigned");

        JsonNode actions = JSON.readTree(api.get("/api/v1/actions?sourceId=" + source + "&size=200")).path("items");
        List<String> ids = new ArrayList<>();
        actions.forEach(a -> ids.add(a.path("id").asText()));
        for (int i = 0; i < 16; i++) {
            String id = ids.get(i);
            move(id, "IN_PROGRESS", null, owner);
            update(id, i % 3 == 0 ? "AMBER" : "GREEN", i >= 8 ? "Done: the report to the board is attached" : "Work started",
                    i >= 8);
            if (i >= 8) {
                move(id, "COMPLETE", null, owner);
            }
            if (i >= 12) {
                // the board verifies: never the owner
                move(id, "VERIFIED", null, board);
            }
        }
        move(ids.get(16), "BLOCKED", "Waiting for the police's data-sharing agreement", owner);
        move(ids.get(17), "CANCELLED", "Superseded by the national Contactpoint programme", manager);
        for (int i = 18; i < 21; i++) {
            // two re-planned to a date now past, so overdue; one to later
            revise(ids.get(i), i < 20 ? LocalDate.now().minusDays(12) : due.plusMonths(2), "Re-planned with the PCT");
        }
        revise(ids.get(21), due.plusMonths(1), "Recruitment round failed");
        revise(ids.get(21), due.plusMonths(4), "Second recruitment round failed");
        made.add("its actions: 8 in progress, 4 complete awaiting verification, 4 verified by the board, 1 blocked, "
                + "1 cancelled, 4 revised with a manager's approval (2 now overdue, 1 revised twice), the rest not started");
        return made;
    }

    private void move(String action, String status, String reason, String by) throws Exception {
        api.post("/api/v1/actions/" + action + "/status", reason == null ? "{\"status\":\"" + status + "\"}"
                : "{\"status\":\"" + status + "\",\"reason\":\"" + reason + "\"}", by);
    }

    private void update(String action, String rag, String text, boolean evidence) throws Exception {
        api.post("/api/v1/actions/" + action + "/updates", evidence
                ? "{\"text\":\"" + text + "\",\"ownerRag\":\"" + rag + "\",\"evidenceUrl\":\"https://example.org/dscb/"
                + action + ".pdf\",\"evidenceSha256\":\"" + EVIDENCE_SHA256 + "\"}"
                : "{\"text\":\"" + text + "\",\"ownerRag\":\"" + rag + "\"}", owner);
    }

    private void revise(String action, LocalDate to, String reason) throws Exception {
        String revision = SuiteApi.id(api.post("/api/v1/actions/" + action + "/due-date-revisions",
                "{\"dueDate\":\"" + to + "\",\"reason\":\"" + reason + "\"}", owner));
        api.post("/api/v1/actions/" + action + "/due-date-revisions/" + revision + "/decision", "{\"approve\":true}",
                manager);
    }
}
