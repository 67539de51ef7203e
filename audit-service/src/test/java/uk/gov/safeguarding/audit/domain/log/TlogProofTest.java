package uk.gov.safeguarding.audit.domain.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TlogProofTest {

    private static final String ORIGIN = "test.example/activity-log";

    @Test
    void aProofFileIsWrittenReadAndCheckedOfflineAndRefusedWhenAnythingChanges() {
        NoteKey key = NoteKey.generate(ORIGIN);
        List<byte[]> entries = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            entries.add(("{\"action\":\"contact.read\",\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
        }
        List<byte[]> leaves = TreeHashTest.leafHashes(entries);
        String checkpoint = SignedNote.sign(new Checkpoint(ORIGIN, 11, TreeHash.root(leaves)).text(), key);
        TlogProof proof = new TlogProof(entries.get(6), 6, Proofs.inclusion(6, 11, TreeHashTest.over(leaves)), checkpoint);

        String file = proof.text();
        assertThat(file).startsWith("c2sp.org/tlog-proof@v1\nextra ").contains("\nindex 6\n").endsWith(checkpoint);
        TlogProof read = TlogProof.parse(file);
        assertThat(read.verify(NoteKey.parseVerifier(key.verifierKey()))).isTrue();
        assertThat(read.entry()).isEqualTo("{\"action\":\"contact.read\",\"n\":6}");

        assertThat(TlogProof.parse(file.replace("index 6", "index 5")).verify(key)).as("another index").isFalse();
        assertThat(new TlogProof(entries.get(5), 6, read.proof(), checkpoint).verify(key)).as("another entry").isFalse();
        assertThat(read.verify(NoteKey.generate(ORIGIN))).as("another key").isFalse();
        assertThatThrownBy(() -> TlogProof.parse("not a proof\n\nx")).isInstanceOf(IllegalArgumentException.class);
    }
}
