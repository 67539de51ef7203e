package uk.gov.safeguarding.audit.domain.log;

import java.util.Base64;

/**
 * A C2SP tlog-checkpoint: the log's origin line, its size in decimal and its root hash in base64, each on a
 * line of its own. Signed as a {@link SignedNote}, it is what an inspector or the DPO keeps outside the
 * database: a later checkpoint must be provably the same log grown.
 */
public record Checkpoint(String origin, long size, byte[] root) {

    public Checkpoint {
        if (origin == null || origin.isEmpty() || origin.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A checkpoint's origin is one non-empty line of text");
        }
        if (size < 0) {
            throw new IllegalArgumentException("A tree's size is not negative");
        }
        if (root == null || root.length != TreeHash.SIZE) {
            throw new IllegalArgumentException("A root hash is 32 bytes");
        }
        root = root.clone();
    }

    @Override
    public byte[] root() {
        return root.clone();
    }

    public String text() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
    }

    /** Reads the text of a checkpoint note (extension lines after the third are allowed and ignored). */
    public static Checkpoint parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 4 || !text.endsWith("\n")) {
            throw new IllegalArgumentException("A checkpoint is origin, size and root hash, a line each");
        }
        if (!lines[1].matches("0|[1-9][0-9]{0,18}")) {
            throw new IllegalArgumentException("A checkpoint's size is a decimal number without leading zeros");
        }
        byte[] root;
        try {
            root = Base64.getDecoder().decode(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A checkpoint's root hash is base64");
        }
        return new Checkpoint(lines[0], Long.parseLong(lines[1]), root);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint c && c.origin.equals(origin) && c.size == size
                && java.util.Arrays.equals(c.root, root);
    }

    @Override
    public int hashCode() {
        return origin.hashCode() * 31 + Long.hashCode(size) * 17 + java.util.Arrays.hashCode(root);
    }

    @Override
    public String toString() {
        return "Checkpoint[" + origin + ", " + size + ", " + Base64.getEncoder().encodeToString(root) + "]";
    }
}
