package uk.gov.safeguarding.audit.domain.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignedNoteTest {

    /** The example of the C2SP signed-note specification. */
    private static final String SPEC_KEY = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
    private static final String SPEC_NOTE = "This is an example message.\n\n"
            + "\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

    @Test
    void verifiesTheSpecificationsExampleAndRefusesItChanged() {
        NoteKey key = NoteKey.parseVerifier(SPEC_KEY);
        assertThat(key.name()).isEqualTo("example.com/foo");
        assertThat(key.verifierKey()).isEqualTo(SPEC_KEY);
        assertThat(SignedNote.open(SPEC_NOTE, key)).contains("This is an example message.\n");
        assertThat(SignedNote.open(SPEC_NOTE.replace("example message", "example massage"), key)).isEmpty();
        assertThat(SignedNote.open(SPEC_NOTE.replace("Uw2QOkn8", "Uw2QOkn9"), key)).isEmpty();
        assertThat(SignedNote.open("This is an example message.\n", key)).as("no signature").isEmpty();
    }

    @Test
    void aKeyItMakesSignsCheckpointsItsVerifierKeyOpens() {
        NoteKey signer = NoteKey.generate("derby.gov.uk/safeguarding/activity-log");
        NoteKey verifier = NoteKey.parseVerifier(signer.verifierKey());
        assertThat(verifier.canSign()).isFalse();
        Checkpoint checkpoint = new Checkpoint("derby.gov.uk/safeguarding/activity-log", 8,
                java.util.HexFormat.of().parseHex(TreeHashTest.ROOTS.get(8)));
        String note = SignedNote.sign(checkpoint.text(), signer);
        assertThat(note).startsWith("derby.gov.uk/safeguarding/activity-log\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n\n"
                + "\u2014 derby.gov.uk/safeguarding/activity-log ");
        assertThat(SignedNote.open(note, verifier).map(Checkpoint::parse)).contains(checkpoint);

        // another key of the same name does not open it
        NoteKey impostor = NoteKey.generate("derby.gov.uk/safeguarding/activity-log");
        assertThat(SignedNote.open(note, impostor)).isEmpty();
        // a grown size under the old signature is refused
        assertThat(SignedNote.open(note.replace("\n8\n", "\n9\n"), verifier)).isEmpty();
    }

    @Test
    void theSigningKeyIsWrittenAndReadAsGosNotePackageWritesIt() {
        NoteKey signer = NoteKey.generate("example.com/log");
        String written = signer.signerKey();
        assertThat(written).startsWith("PRIVATE+KEY+example.com/log+" + String.format("%08x", signer.id()) + "+");
        NoteKey read = NoteKey.parseSigner(written);
        assertThat(read.verifierKey()).isEqualTo(signer.verifierKey());
        // Ed25519 signatures are deterministic: the same key signs the same text the same way
        assertThat(SignedNote.sign("a\n", read)).isEqualTo(SignedNote.sign("a\n", signer));

        String wrongId = written.replace("+" + String.format("%08x", signer.id()) + "+", "+00000000+");
        assertThatThrownBy(() -> NoteKey.parseSigner(wrongId)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoteKey.parseVerifier("no-plus-signs")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignedNote.sign("no newline", signer)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignedNote.sign("bell\u0007\n", signer)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCheckpointIsOriginSizeAndRootALineEach() {
        byte[] root = Base64.getDecoder().decode("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=");
        Checkpoint parsed = Checkpoint.parse("example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");
        assertThat(parsed).isEqualTo(new Checkpoint("example.com/behind-the-sofa", 20852163, root));
        assertThat(parsed.text()).isEqualTo("example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");
        assertThatThrownBy(() -> Checkpoint.parse("o\n007\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Checkpoint.parse("o\n7\nshort\n")).isInstanceOf(IllegalArgumentException.class);
    }
}
