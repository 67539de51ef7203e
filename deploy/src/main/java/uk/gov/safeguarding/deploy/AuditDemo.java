package uk.gov.safeguarding.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's audits, from Derby's 2022 report: its dip samples drawn over the demo contacts and practice
 * records (fetched by audit-service with its own token), a completed case-file audit with moderation, the
 * multi-agency assurance visit of 22 November 2021 with its findings and recommendations, and an open
 * escalation.
 */
final class AuditDemo {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DERBY = "E06000015";
    /** Dice rolled for the demo: a seed anyone can re-draw the samples from. */
    private static final String SEED = "31415926535897932384626433";
    private static final List<String> QUESTIONS = List.of("seen-alone", "voice-recorded", "history-considered",
            "strategy-timely", "plan-smart", "oversight-recorded");
    private static final List<String> DOMAINS = List.of("ASSESSMENT", "PLANNING", "VOICE_OF_THE_CHILD",
            "MANAGEMENT_OVERSIGHT", "MULTI_AGENCY_WORKING");

    private final SuiteApi audit;
    private final String auditor;
    private final String moderator;
    private final String manager;

    AuditDemo(SuiteApi audit, String auditor, String moderator, String manager) {
        this.audit = audit;
        this.auditor = auditor;
        this.moderator = moderator;
        this.manager = manager;
    }

    /** Loads it all; answers what was made, a line each. */
    List<String> load() throws Exception {
        List<String> made = new ArrayList<>();
        JsonNode repeat = sample("Contacts from family members, two or more earlier contacts, 2021", 10,
                Map.of("source", "CONTACTS", "contactSource", "1A", "minEarlierContacts", 2,
                        "receivedFrom", "2021-01-01", "receivedTo", "2021-11-30"));
        made.add("dip sample of repeat contacts from family members: " + repeat.get("size") + " of "
                + repeat.get("populationSize") + " children");
        JsonNode younger = sample("Younger children (under 2) in contacts, 2021", 10,
                Map.of("source", "CONTACTS", "childUnderMonths", 24, "receivedFrom", "2021-01-01",
                        "receivedTo", "2021-11-30"));
        made.add("dip sample of younger children: " + younger.get("size") + " of " + younger.get("populationSize"));
        JsonNode strategy = sample("Strategy meetings, October-November 2021, for multi-agency attendance", 10,
                Map.of("source", "PRACTICE_RECORDS", "kind", "S47_ENQUIRY", "startFrom", "2021-10-01",
                        "startTo", "2021-11-30"));
        made.add("dip sample of strategy meetings: " + strategy.get("size") + " of " + strategy.get("populationSize"));
        JsonNode enquiries = sample("Child protection enquiries lasting over 10 working days", 10,
                Map.of("source", "PRACTICE_RECORDS", "kind", "S47_ENQUIRY", "minWorkingDays", 11));
        made.add("dip sample of s47 enquiries over 10 working days: " + enquiries.get("size") + " of "
                + enquiries.get("populationSize"));
        JsonNode plans = sample("Children on a child protection plan for 2 years or more", 5,
                Map.of("source", "PRACTICE_RECORDS", "kind", "CP_PLAN", "minDays", 730));
        made.add("dip sample of CP plans of 2 years or more: " + plans.get("size") + " of " + plans.get("populationSize"));

        made.add(caseFileAudit(repeat));
        made.add(assuranceVisit());
        return made;
    }

    private JsonNode sample(String title, int size, Map<String, Object> query) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("localAuthority", DERBY);
        body.put("title", title);
        body.put("seed", SEED);
        body.put("size", size);
        body.put("populationQuery", query);
        return JSON.readTree(audit.post("/api/v1/samples", JSON.writeValueAsString(body), auditor));
    }

    /** The repeat-contacts dip sample audited case by case, three of ten moderated, one grade changed. */
    private String caseFileAudit(JsonNode sample) throws Exception {
        String id = SuiteApi.id(audit.post("/api/v1/audits", JSON.writeValueAsString(Map.of(
                "localAuthority", DERBY, "type", "THEMATIC_DIP_SAMPLE",
                "theme", "Repeat contacts from family and friends",
                "scope", "Children with two or more earlier contacts from family members in 2021",
                "teams", List.of("MASH", "Assessment"), "plannedStart", "2021-12-06", "plannedEnd", "2021-12-17")), auditor));
        audit.post("/api/v1/audits/" + id + "/sample", "{\"sampleId\":\"" + sample.get("id").asText() + "\"}", auditor);
        move(id, "IN_PROGRESS");
        List<String> caseAudits = new ArrayList<>();
        String atRisk = null;
        int i = 0;
        for (JsonNode drawn : sample.get("cases")) {
            String child = drawn.get("caseId").asText();
            // of ten: one outstanding, six good, two requiring improvement, one inadequate
            String grade = i == 0 ? "OUTSTANDING" : i <= 6 ? "GOOD" : i <= 8 ? "REQUIRES_IMPROVEMENT" : "INADEQUATE";
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("childRef", child);
            body.put("team", i % 2 == 0 ? "MASH" : "Assessment");
            Map<String, Object> answers = new LinkedHashMap<>();
            for (String question : QUESTIONS) {
                answers.put(question, Map.of("reply", grade.equals("INADEQUATE") && question.equals("history-considered")
                        ? "NO" : "YES"));
            }
            body.put("answers", answers);
            Map<String, String> grades = new LinkedHashMap<>();
            DOMAINS.forEach(domain -> grades.put(domain, grade));
            if (i == 2) {
                grades.put("VOICE_OF_THE_CHILD", "REQUIRES_IMPROVEMENT");
            }
            body.put("grades", grades);
            body.put("overall", grade);
            body.put("strengths", "Decisions recorded the same day");
            body.put("areasForDevelopment", grade.equals("INADEQUATE") ? "Earlier contacts were not read together"
                    : "Record the child's own words");
            body.put("submit", true);
            caseAudits.add(SuiteApi.id(audit.post("/api/v1/audits/" + id + "/case-audits", JSON.writeValueAsString(body),
                    auditor)));
            if (grade.equals("INADEQUATE")) {
                atRisk = child;
            }
            i++;
        }
        move(id, "MODERATION");
        for (int m = 0; m < Math.min(3, caseAudits.size()); m++) {
            Map<String, String> grades = new LinkedHashMap<>();
            String overall = m == 0 ? "OUTSTANDING" : "GOOD";
            DOMAINS.forEach(domain -> grades.put(domain, overall));
            if (m == 2) {
                grades.put("VOICE_OF_THE_CHILD", "REQUIRES_IMPROVEMENT");
                grades.put("PLANNING", "REQUIRES_IMPROVEMENT");
            }
            Map<String, Object> body = new LinkedHashMap<>(Map.of("grades", grades, "overall",
                    m == 2 ? "REQUIRES_IMPROVEMENT" : overall));
            if (m == 2) {
                body.put("reason", "The plan has no timescales");
            }
            audit.post("/api/v1/audits/" + id + "/case-audits/" + caseAudits.get(m) + "/moderation",
                    JSON.writeValueAsString(body), moderator);
        }
        finding(id, "STRENGTH", "Contacts were screened and decided within a working day");
        finding(id, "AREA_FOR_DEVELOPMENT", "Earlier contacts from family members were rarely read together");
        recommendation(id, List.of("3.1"), "Front door", "Screening reads every earlier contact of the last 12 months "
                + "before a decision", "Head of Service, MASH");
        move(id, "COMPLETED");
        if (atRisk != null) {
            audit.post("/api/v1/escalations", JSON.writeValueAsString(Map.of("localAuthority", DERBY, "auditId", id,
                    "childRef", atRisk, "concern", "Four contacts from family in six months; no assessment started")),
                    auditor);
        }
        return "completed dip-sample audit of " + caseAudits.size() + " cases (3 moderated, one grade changed), "
                + "a finding, a recommendation" + (atRisk == null ? "" : " and an open escalation");
    }

    /** Derby's multi-agency assurance visit of 22 November 2021, its findings and recommendations. */
    private String assuranceVisit() throws Exception {
        String id = SuiteApi.id(audit.post("/api/v1/audits", JSON.writeValueAsString(Map.of(
                "localAuthority", DERBY, "type", "ASSURANCE_VISIT", "theme", "Multi-agency assurance visit",
                "methods", List.of("FOCUS_GROUP", "LIVE_CASE_TRACKING", "CONTACT_AND_DECISION_AUDITS",
                        "STRATEGY_MEETING_AUDITS", "INTERVIEWS"),
                "teams", List.of("MASH", "Assessment", "Police", "Health"),
                "plannedStart", "2021-11-22", "plannedEnd", "2021-11-22")), auditor));
        move(id, "IN_PROGRESS");
        finding(id, "STRENGTH", "Partners in the focus group knew how to escalate a concern");
        finding(id, "AREA_FOR_DEVELOPMENT", "Education was invited to few strategy meetings");
        finding(id, "CONCERN", "Live case tracking found decisions waiting over a working day at busy times");
        recommendation(id, List.of("2.3", "4.1-4.2"), "Multi-agency working",
                "Education is invited to every strategy meeting for a school-age child",
                "Derby Safeguarding Children Partnership");
        recommendation(id, List.of("4.4"), "Front door",
                "Contacts waiting over a working day are reviewed by a manager each morning", "Head of Service, MASH");
        recommendation(id, List.of("5.2"), "Assurance",
                "The strategy meeting audit is repeated in six months and reported to the board", "Quality Assurance Lead");
        move(id, "COMPLETED");
        return "the 22 November 2021 assurance visit: 3 findings, 3 recommendations (published for action-plan-service)";
    }

    private void move(String id, String status) throws Exception {
        audit.post("/api/v1/audits/" + id + "/status", "{\"status\":\"" + status + "\"}", manager);
    }

    private void finding(String id, String kind, String text) throws Exception {
        audit.post("/api/v1/audits/" + id + "/findings", JSON.writeValueAsString(Map.of("kind", kind, "text", text)),
                auditor);
    }

    private void recommendation(String id, List<String> references, String theme, String text, String addressedTo)
            throws Exception {
        audit.post("/api/v1/audits/" + id + "/recommendations", JSON.writeValueAsString(Map.of("references", references,
                "theme", theme, "text", text, "addressedTo", addressedTo)), auditor);
    }
}
