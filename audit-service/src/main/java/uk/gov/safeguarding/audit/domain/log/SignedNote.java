package uk.gov.safeguarding.audit.domain.log;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A C2SP signed note: UTF-8 text ending in a newline, a blank line, then one line per signature,
 * {@code — <key name> <base64(4-byte key id ‖ signature)>} (the line starts with U+2014 and a space).
 */
public final class SignedNote {

    private static final String DASH = "\u2014 ";

    private SignedNote() {
    }

    /** The note of {@code text} signed by {@code key}. */
    public static String sign(String text, NoteKey key) {
        checkText(text);
        byte[] signature = key.sign(text.getBytes(StandardCharsets.UTF_8));
        byte[] line = new byte[4 + signature.length];
        int id = key.id();
        line[0] = (byte) (id >>> 24);
        line[1] = (byte) (id >>> 16);
        line[2] = (byte) (id >>> 8);
        line[3] = (byte) id;
        System.arraycopy(signature, 0, line, 4, signature.length);
        return text + "\n" + DASH + key.name() + " " + Base64.getEncoder().encodeToString(line) + "\n";
    }

    /**
     * The text of {@code note} if it carries a valid signature by {@code key}; empty if it carries none, or a
     * signature with the key's name and id that does not verify, or is not a well-formed note.
     */
    public static Optional<String> open(String note, NoteKey key) {
        if (note == null || !note.endsWith("\n")) {
            return Optional.empty();
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            return Optional.empty();
        }
        String text = note.substring(0, split + 1);
        try {
            checkText(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>(Arrays.asList(note.substring(split + 2).split("\n", -1)));
        lines.remove(lines.size() - 1); // after the last newline
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        boolean verified = false;
        for (String line : lines) {
            if (!line.startsWith(DASH)) {
                return Optional.empty();
            }
            String[] parts = line.substring(DASH.length()).split(" ", -1);
            if (parts.length != 2) {
                return Optional.empty();
            }
            byte[] signature;
            try {
                signature = Base64.getDecoder().decode(parts[1]);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (signature.length < 5) {
                return Optional.empty();
            }
            int id = ((signature[0] & 0xff) << 24) | ((signature[1] & 0xff) << 16) | ((signature[2] & 0xff) << 8)
                    | (signature[3] & 0xff);
            if (parts[0].equals(key.name()) && id == key.id()) {
                if (!key.verify(text.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(signature, 4, signature.length))) {
                    return Optional.empty();
                }
                verified = true;
            }
        }
        return verified ? Optional.of(text) : Optional.empty();
    }

    /** Note text is non-empty, ends in a newline, and has no other control characters. */
    static void checkText(String text) {
        if (text == null || text.isEmpty() || !text.endsWith("\n")) {
            throw new IllegalArgumentException("A note's text ends in a newline");
        }
        if (text.codePoints().anyMatch(c -> c != '\n' && (Character.isISOControl(c)))) {
            throw new IllegalArgumentException("A note's text holds no control characters but newlines");
        }
    }
}
