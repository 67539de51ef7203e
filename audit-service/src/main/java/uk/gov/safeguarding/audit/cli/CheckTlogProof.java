package uk.gov.safeguarding.audit.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.gov.safeguarding.audit.domain.log.Checkpoint;
import uk.gov.safeguarding.audit.domain.log.NoteKey;
import uk.gov.safeguarding.audit.domain.log.SignedNote;
import uk.gov.safeguarding.audit.domain.log.TlogProof;

/**
 * Checks a .tlog-proof file offline, with the log's verifier key and nothing else (no service, no database):
 * the checkpoint's signature and origin, and the inclusion of the entry in its extra line. Run with only the
 * JDK: {@code tools/tlog/check-proof.sh <file.tlog-proof> <verifier key or a file holding it>}.
 */
public final class CheckTlogProof {

    private CheckTlogProof() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: check-proof <file.tlog-proof> <verifier key, or a file holding it>");
            System.exit(2);
        }
        TlogProof proof;
        NoteKey key;
        try {
            proof = TlogProof.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
            Path keyFile = Path.of(args[1]);
            key = NoteKey.parseVerifier(Files.isRegularFile(keyFile)
                    ? Files.readString(keyFile, StandardCharsets.UTF_8).trim() : args[1]);
        } catch (IllegalArgumentException unreadable) {
            System.out.println("NOT VERIFIED: " + unreadable.getMessage());
            System.exit(2);
            return;
        }
        var text = SignedNote.open(proof.signedCheckpoint(), key);
        if (text.isEmpty()) {
            System.out.println("NOT VERIFIED: the checkpoint does not carry a valid signature of " + key.name());
            System.exit(1);
        }
        Checkpoint checkpoint = Checkpoint.parse(text.get());
        if (!proof.verify(key)) {
            System.out.println("NOT VERIFIED: entry " + proof.index() + " is not in the signed checkpoint of "
                    + checkpoint.size() + " entries");
            System.exit(1);
        }
        System.out.println("VERIFIED: entry " + proof.index() + " is in " + checkpoint.origin() + " as signed at "
                + checkpoint.size() + " entries");
        System.out.println(proof.entry());
    }
}
