package uk.gov.safeguarding.audit.domain.log;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A C2SP tlog-proof: an entry's index, its inclusion proof and the signed checkpoint it is proved against,
 * as one text file anyone can check offline. The {@code extra} line carries the entry's canonical JSON, so
 * the checker can hash the leaf itself.
 */
public record TlogProof(byte[] extra, long index, List<byte[]> proof, String signedCheckpoint) {

    public static final String HEADER = "c2sp.org/tlog-proof@v1";

    public TlogProof {
        proof = List.copyOf(proof);
    }

    public String text() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        if (extra != null) {
            out.append("extra ").append(Base64.getEncoder().encodeToString(extra)).append('\n');
        }
        out.append("index ").append(index).append('\n');
        for (byte[] hash : proof) {
            out.append(Base64.getEncoder().encodeToString(hash)).append('\n');
        }
        return out.append('\n').append(signedCheckpoint).toString();
    }

    /** @throws IllegalArgumentException when the text is not a tlog-proof */
    public static TlogProof parse(String text) {
        int blank = text.indexOf("\n\n");
        if (blank < 0) {
            throw new IllegalArgumentException("A tlog-proof has a blank line before its checkpoint");
        }
        String[] lines = text.substring(0, blank).split("\n", -1);
        if (!lines[0].equals(HEADER)) {
            throw new IllegalArgumentException("A tlog-proof starts " + HEADER);
        }
        int line = 1;
        byte[] extra = null;
        if (line < lines.length && lines[line].startsWith("extra ")) {
            extra = decode(lines[line++].substring("extra ".length()));
        }
        if (line >= lines.length || !lines[line].matches("index (0|[1-9][0-9]{0,18})")) {
            throw new IllegalArgumentException("A tlog-proof names its entry's index");
        }
        long index = Long.parseLong(lines[line++].substring("index ".length()));
        List<byte[]> proof = new ArrayList<>();
        for (; line < lines.length; line++) {
            byte[] hash = decode(lines[line]);
            if (hash.length != TreeHash.SIZE) {
                throw new IllegalArgumentException("An inclusion proof is SHA-256 hashes");
            }
            proof.add(hash);
        }
        return new TlogProof(extra, index, proof, text.substring(blank + 2));
    }

    /**
     * Checks the proof as C2SP's verification steps do: the checkpoint is signed by {@code logKey} and has
     * the key's origin, the leaf (from the extra line) is at the index, and the proof binds it to the root.
     */
    public boolean verify(NoteKey logKey) {
        if (extra == null) {
            return false;
        }
        return SignedNote.open(signedCheckpoint, logKey).map(Checkpoint::parse)
                .filter(checkpoint -> checkpoint.origin().equals(logKey.name()))
                .map(checkpoint -> ProofCheck.inclusion(index, checkpoint.size(), TreeHash.leaf(extra), proof,
                        checkpoint.root()))
                .orElse(false);
    }

    public String entry() {
        return extra == null ? null : new String(extra, StandardCharsets.UTF_8);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A tlog-proof's hashes and extra data are base64");
        }
    }
}
