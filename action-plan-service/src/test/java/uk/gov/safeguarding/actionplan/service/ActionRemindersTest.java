package uk.gov.safeguarding.actionplan.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.actionplan.ActionPlanFixtures;
import uk.gov.safeguarding.kernel.LondonTime;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.testsupport.Tokens;
import uk.gov.safeguarding.testsupport.TopicReader;

@QuarkusTest
class ActionRemindersTest {

    @Inject
    ActionReminders reminders;

    private static Predicate<ConsumerRecord<String, String>> event(String type, String id) {
        return r -> r.value().contains(id) && ("safeguarding.action." + type + ".v1").equals(TopicReader.header(r, "ce_type"));
    }

    @Test
    void overdueAndEscalatedArePublishedOncePerDueDateAndAgainForARevisedOne() throws Exception {
        LocalDate today = LocalDate.now(LondonTime.ZONE);
        String recommendation = ActionPlanFixtures.recommendation(ActionPlanFixtures.source("AUDIT", null), "1");
        // long overdue, approved by a board: overdue and escalated
        String late = given().auth().oauth2(ActionPlanFixtures.manager()).contentType("application/json")
                .body(Map.of("what", "Audit strategy meetings again", "owner", "owner-1",
                        "dueDate", today.minusMonths(2).toString(), "approvedByBoard", "DSCP",
                        "approvedOn", today.minusMonths(6).toString()))
                .when().post("/api/v1/recommendations/{id}/actions", recommendation).then().statusCode(201)
                .extract().path("id");
        String soon = ActionPlanFixtures.action(recommendation, "owner-1", today.plusDays(1));
        String later = ActionPlanFixtures.action(recommendation, "owner-1", today.plusMonths(3));
        try (TopicReader reader = new TopicReader(Topics.ACTIONS)) {
            reminders.check();
            reminders.check();
            reader.await(event("escalated", late), Duration.ofSeconds(20));
            reader.await(event("due-soon", soon), Duration.ofSeconds(20));
            Thread.sleep(1_000);
            assertThat(reader.seen(event("overdue", late))).hasSize(1);
            assertThat(reader.seen(event("escalated", late))).hasSize(1);
            assertThat(reader.seen(event("due-soon", soon))).hasSize(1);
            assertThat(reader.seen(event("due-soon", later).or(event("overdue", later)).or(event("escalated", later))))
                    .as("due in three months: nothing to say").isEmpty();

            // a revised date (approved by a second person) that also passes is announced again, once
            String revision = given().auth().oauth2(Tokens.forSubject("owner-1", "practitioner")).contentType("application/json")
                    .body(Map.of("dueDate", today.minusDays(1).toString(), "reason", "Brought forward in error"))
                    .when().post("/api/v1/actions/{id}/due-date-revisions", late).then().statusCode(201).extract().path("id");
            given().auth().oauth2(Tokens.forSubject("director", "manager")).contentType("application/json")
                    .body(Map.of("approve", true))
                    .when().post("/api/v1/actions/{id}/due-date-revisions/{r}/decision", late, revision).then().statusCode(200);
            reminders.check();
            reminders.check();
            Thread.sleep(1_500);
            assertThat(reader.seen(event("overdue", late))).hasSize(2);
            assertThat(reader.seen(event("escalated", late))).as("not ten working days past the new date").hasSize(1);
        }
    }

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Test
    void actionsWithNothingToSayYetNeverCrowdOutOnesBehindThem() throws Exception {
        LocalDate today = LocalDate.now(LondonTime.ZONE);
        String recommendation = ActionPlanFixtures.recommendation(ActionPlanFixtures.source("AUDIT", null), "1");
        // more than a batch of actions overdue and said so, approved by a board but not yet ten working days late
        try (java.sql.Connection db = dataSource.getConnection();
             java.sql.PreparedStatement insert = db.prepareStatement("""
                     INSERT INTO action (id, recommendation_id, what, owner, partners, status, due_date, original_due_date,
                                         approved_by_board, approved_on, created_by, created_at, updated_at, overdue_said_for)
                     SELECT gen_random_uuid(), ?::uuid, 'Waiting', 'owner-9', '{}', 'IN_PROGRESS', ?::date, ?::date,
                            'DSCP', ?::date, 'test', now(), now(), ?::date FROM generate_series(1, ?)""")) {
            // ten calendar days late: a candidate for escalation, but fewer than ten working days late
            LocalDate tenDaysAgo = today.minusDays(10);
            insert.setString(1, recommendation);
            insert.setString(2, tenDaysAgo.toString());
            insert.setString(3, tenDaysAgo.toString());
            insert.setString(4, today.minusMonths(1).toString());
            insert.setString(5, tenDaysAgo.toString());
            insert.setInt(6, ActionReminders.BATCH + 100);
            insert.executeUpdate();
        }
        String behind = ActionPlanFixtures.action(recommendation, "owner-1", today.minusDays(1));
        try (TopicReader reader = new TopicReader(Topics.ACTIONS)) {
            ActionReminders.Check check = reminders.check();
            assertThat(check.examined()).isGreaterThan(ActionReminders.BATCH);
            reader.await(event("overdue", behind), Duration.ofSeconds(20));
        }
    }
}
