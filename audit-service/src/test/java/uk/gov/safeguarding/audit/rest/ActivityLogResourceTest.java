package uk.gov.safeguarding.audit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.audit.LogFixtures;
import uk.gov.safeguarding.audit.domain.log.Checkpoint;
import uk.gov.safeguarding.audit.domain.log.NoteKey;
import uk.gov.safeguarding.audit.domain.log.ProofCheck;
import uk.gov.safeguarding.audit.domain.log.SignedNote;
import uk.gov.safeguarding.audit.domain.log.TlogProof;
import uk.gov.safeguarding.audit.domain.log.TreeHash;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.kernel.Topics;
import uk.gov.safeguarding.testsupport.EventSender;
import uk.gov.safeguarding.testsupport.Tokens;
import uk.gov.safeguarding.testsupport.TopicReader;

@QuarkusTest
class ActivityLogResourceTest {

    /** The test key's public half, as application.properties in the tests says: held apart from the service. */
    private static final NoteKey VERIFIER = NoteKey.parseVerifier(
            "test.safeguarding-suite.local/activity-log+bc17ea70+AdejA3imiz1i/mqii1TcC6ZWaCYH9xyN0OcmGZrDEI9N");

    @Test
    void everyEntryIsLoggedOnceAndProvedInASignedCheckpoint() {
        String actor = LogFixtures.newActor();
        String child = LogFixtures.newChild();
        List<String> ids = LogFixtures.publish(actor, 5, child);
        // the same event again (a redelivery) is logged once
        try (EventSender sender = new EventSender()) {
            sender.send(Topics.ACTIVITY_LOG, "contacts-service", ids.get(0), "safeguarding.activity.recorded.v1",
                    LogFixtures.entry(actor, "contact.read", child));
        }

        JsonPath checkpoint = given().auth().oauth2(Tokens.forRole("auditor"))
                .when().post("/api/v1/activity-log/checkpoints").then().statusCode(200).extract().jsonPath();
        long size = checkpoint.getLong("treeSize");
        String note = checkpoint.getString("note");
        Checkpoint signed = Checkpoint.parse(SignedNote.open(note, VERIFIER).orElseThrow());
        assertThat(signed.size()).isEqualTo(size);
        assertThat(Base64.getEncoder().encodeToString(signed.root())).isEqualTo(checkpoint.getString("rootHash"));
        assertThat(given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/activity-log/checkpoint")
                .then().statusCode(200).extract().asString()).isEqualTo(note);
        assertThat(given().auth().oauth2(Tokens.forRole("board")).when().get("/api/v1/activity-log/key")
                .then().statusCode(200).extract().asString().trim()).isEqualTo(VERIFIER.verifierKey());

        JsonPath entries = given().auth().oauth2(Tokens.forRole("auditor")).queryParam("actor", actor)
                .when().get("/api/v1/activity-log/entries").then().statusCode(200).extract().jsonPath();
        assertThat(entries.getList("items.eventId", String.class)).containsExactlyInAnyOrderElementsOf(ids);
        long seq = entries.getLong("items[2].seq");

        JsonPath inclusion = given().auth().oauth2(Tokens.forRole("auditor"))
                .when().get("/api/v1/activity-log/entries/{seq}/inclusion", seq).then().statusCode(200).extract().jsonPath();
        byte[] leaf = TreeHash.leaf(inclusion.getString("entry").getBytes(StandardCharsets.UTF_8));
        assertThat(Base64.getEncoder().encodeToString(leaf)).isEqualTo(inclusion.getString("leafHash"));
        assertThat(inclusion.getString("entry")).contains("\"eventId\":\"" + entries.getString("items[2].eventId") + "\"");
        List<byte[]> proof = inclusion.getList("proof", String.class).stream().map(Base64.getDecoder()::decode).toList();
        assertThat(ProofCheck.inclusion(seq, size, leaf, proof, signed.root())).isTrue();

        String file = given().auth().oauth2(Tokens.forRole("auditor"))
                .when().get("/api/v1/activity-log/entries/{seq}/tlog-proof", seq).then().statusCode(200)
                .header("Content-Disposition", containsString(".tlog-proof")).extract().asString();
        assertThat(TlogProof.parse(file).verify(VERIFIER)).isTrue();

        // the log grows; the later checkpoint is provably the earlier one grown
        LogFixtures.publish(LogFixtures.newActor(), 3, child);
        JsonPath later = given().auth().oauth2(Tokens.forRole("auditor"))
                .when().post("/api/v1/activity-log/checkpoints").then().statusCode(200).extract().jsonPath();
        JsonPath consistency = given().auth().oauth2(Tokens.forRole("board")).queryParam("from", size)
                .when().get("/api/v1/activity-log/consistency").then().statusCode(200).extract().jsonPath();
        assertThat(consistency.getLong("to.treeSize")).isEqualTo(later.getLong("treeSize"));
        Checkpoint laterSigned = Checkpoint.parse(SignedNote.open(consistency.getString("to.note"), VERIFIER).orElseThrow());
        List<byte[]> consistencyProof = consistency.getList("proof", String.class).stream()
                .map(Base64.getDecoder()::decode).toList();
        assertThat(ProofCheck.consistency(size, laterSigned.size(), signed.root(), laterSigned.root(), consistencyProof))
                .isTrue();

        assertThat(given().auth().oauth2(Tokens.forRole("auditor")).when().post("/api/v1/activity-log/verifications")
                .then().statusCode(200).extract().jsonPath().getBoolean("intact")).isTrue();
    }

    @Test
    void everyReadOfOneChildsRecordsIsFoundAcrossServicesAndTheSearchIsLoggedToo() {
        String child = LogFixtures.newChild();
        LogFixtures.publish(LogFixtures.newActor(), 2, child);
        LogFixtures.publish(LogFixtures.newActor(), 1, LogFixtures.newChild());
        try (TopicReader reader = new TopicReader(ActivityLog.TOPIC)) {
            given().auth().oauth2(Tokens.forRole("auditor")).queryParam("childRef", child)
                    .when().get("/api/v1/activity-log/entries").then().statusCode(200)
                    .body("items.size()", equalTo(2));
            String search = reader.await(r -> r.value().contains("\"activity-log.read\"") && r.value().contains(child),
                    Duration.ofSeconds(20)).value();
            assertThat(search).contains("\"actor\":\"test-auditor\"");
        }
        given().auth().oauth2(Tokens.forRole("auditor")).queryParam("childRef", child).queryParam("format", "csv")
                .when().get("/api/v1/activity-log/entries").then().statusCode(200)
                .body(containsString("seq,event_id,service,actor"));
    }

    @Test
    void anEntryCarryingANulIsLoggedNotDeadLettered() {
        // a hostile caller's NUL in a path reaches the entry; were it refused, that request would go unrecorded
        String actor = LogFixtures.newActor();
        try (EventSender sender = new EventSender()) {
            sender.send(Topics.ACTIVITY_LOG, "contacts-service", java.util.UUID.randomUUID().toString(),
                    "safeguarding.activity.recorded.v1",
                    LogFixtures.entry(actor, "contact.read", LogFixtures.newChild()).replace("\"resourceType\":\"contact\"",
                            "\"resourceType\":\"con\\u0000tact\""));
        }
        LogFixtures.awaitEntries(actor, 1);
    }

    @Test
    void pagesInSequenceOrderAndRefusesWhatItCannotAnswer() {
        String actor = LogFixtures.newActor();
        LogFixtures.publish(actor, 3, LogFixtures.newChild());
        JsonPath first = given().auth().oauth2(Tokens.forRole("auditor")).queryParam("actor", actor).queryParam("limit", 2)
                .when().get("/api/v1/activity-log/entries").then().statusCode(200)
                .header("Link", containsString("after=")).extract().jsonPath();
        assertThat(first.getList("items")).hasSize(2);
        JsonPath second = given().auth().oauth2(Tokens.forRole("auditor")).queryParam("actor", actor)
                .queryParam("after", first.getLong("next"))
                .when().get("/api/v1/activity-log/entries").then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items")).hasSize(1);
        assertThat(second.getLong("items[0].seq")).isGreaterThan(first.getLong("items[1].seq"));
        assertThat((Object) second.get("next")).isNull();

        given().auth().oauth2(Tokens.forRole("auditor")).queryParam("limit", 5000)
                .when().get("/api/v1/activity-log/entries").then().statusCode(400).body("violations[0].field", equalTo("limit"));
        given().auth().oauth2(Tokens.forRole("auditor")).queryParam("from", "yesterday")
                .when().get("/api/v1/activity-log/entries").then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.forRole("auditor"))
                .when().get("/api/v1/activity-log/entries/{seq}/inclusion", Long.MAX_VALUE / 4).then().statusCode(404);
        given().auth().oauth2(Tokens.forRole("auditor")).queryParam("treeSize", 999_999_999)
                .when().get("/api/v1/activity-log/entries/0/inclusion").then().statusCode(404);
        given().auth().oauth2(Tokens.forRole("auditor"))
                .when().get("/api/v1/activity-log/consistency").then().statusCode(400);
        given().auth().oauth2(Tokens.forRole("practitioner")).queryParam("actor", actor)
                .when().get("/api/v1/activity-log/entries").then().statusCode(403);
    }
}
