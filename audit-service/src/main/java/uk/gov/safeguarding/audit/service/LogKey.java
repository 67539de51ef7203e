package uk.gov.safeguarding.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.safeguarding.audit.domain.log.NoteKey;

/**
 * The key that signs the log's checkpoints, from configuration (a Go note signer key, or a file holding one),
 * and the origin it signs for. Without a key the log still appends and proves, but signs no checkpoints: fail closed, never an
 * unsigned or self-invented key.
 */
@ApplicationScoped
public class LogKey {

    private final String origin;
    private final NoteKey signer;

    public LogKey(@ConfigProperty(name = "suite.audit.log.origin") String origin,
                  @ConfigProperty(name = "suite.audit.log.signer-key") Optional<String> signerKey,
                  @ConfigProperty(name = "suite.audit.log.signer-key-file") Optional<Path> keyFile,
                  @ConfigProperty(name = "suite.audit.log.create-key-if-missing", defaultValue = "false") boolean create) {
        this.origin = origin;
        Optional<String> configured = signerKey.filter(key -> !key.isBlank());
        if (configured.isEmpty() && keyFile.isPresent()) {
            configured = Optional.of(readOrCreate(keyFile.get(), origin, create));
        }
        this.signer = configured.map(NoteKey::parseSigner).orElse(null);
        if (signer != null && !signer.name().equals(origin)) {
            throw new IllegalStateException("The log's signer key is named " + signer.name()
                    + " but the log's origin is " + origin + ": a checkpoint is signed under its origin's name");
        }
    }

    /** The key file's signer key; a new key written there first when asked to (the local stack). */
    private static String readOrCreate(Path file, String origin, boolean create) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            if (!create) {
                throw new IllegalStateException("The log's signer key file " + file + " does not exist");
            }
            String key = NoteKey.generate(origin).signerKey();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system's own permissions apply
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("The log's signer key file " + file + " cannot be read", e);
        }
    }

    public String origin() {
        return origin;
    }

    public Optional<NoteKey> signer() {
        return Optional.ofNullable(signer);
    }

    /** The public key anyone checks checkpoints with: name+id+key. */
    public Optional<String> verifierKey() {
        return signer().map(NoteKey::verifierKey);
    }
}
