package uk.gov.safeguarding.audit.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import uk.gov.safeguarding.audit.domain.log.Checkpoint;
import uk.gov.safeguarding.audit.domain.log.NoteKey;
import uk.gov.safeguarding.audit.domain.log.SignedNote;

/**
 * The log's signed notes from the command line, so other implementations can be held against this one
 * (tools/tlog/interop.sh checks them with Go's golang.org/x/mod/sumdb/note both ways):
 * <pre>
 *   new-key &lt;name&gt;                              a signer key and its verifier key, a line each
 *   sign &lt;signer key file&gt; &lt;text file&gt;          the note of the text, signed
 *   checkpoint &lt;signer key file&gt; &lt;size&gt; &lt;root&gt;  a signed checkpoint (origin = the key's name)
 *   open &lt;verifier key&gt; &lt;note file&gt;              the note's text if the key signed it (exit 1 if not)
 * </pre>
 */
public final class Notes {

    private Notes() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "";
        switch (command) {
            case "new-key" -> {
                NoteKey key = NoteKey.generate(args[1]);
                System.out.println(key.signerKey());
                System.out.println(key.verifierKey());
            }
            case "sign" -> System.out.print(SignedNote.sign(read(args[2]), NoteKey.parseSigner(read(args[1]).trim())));
            case "checkpoint" -> {
                NoteKey key = NoteKey.parseSigner(read(args[1]).trim());
                Checkpoint checkpoint = new Checkpoint(key.name(), Long.parseLong(args[2]), Base64.getDecoder().decode(args[3]));
                System.out.print(SignedNote.sign(checkpoint.text(), key));
            }
            case "open" -> {
                Optional<String> text = SignedNote.open(read(args[2]), NoteKey.parseVerifier(args[1]));
                if (text.isEmpty()) {
                    System.err.println("not signed by " + args[1]);
                    System.exit(1);
                }
                System.out.print(text.get());
            }
            default -> {
                System.err.println("usage: new-key <name> | sign <signer key file> <text file> | "
                        + "checkpoint <signer key file> <size> <root> | open <verifier key> <note file>");
                System.exit(2);
            }
        }
    }

    private static String read(String file) throws java.io.IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }
}
