package uk.gov.safeguarding.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.safeguarding.audit.domain.log.NoteKey;

/**
 * The key that signs the log's checkpoints, from configuration (a Go note signer key), and the origin it
 * signs for. Without a key the log still appends and proves, but signs no checkpoints: fail closed, never an
 * unsigned or self-invented key.
 */
@ApplicationScoped
public class LogKey {

    private final String origin;
    private final NoteKey signer;

    public LogKey(@ConfigProperty(name = "suite.audit.log.origin") String origin,
                  @ConfigProperty(name = "suite.audit.log.signer-key") Optional<String> signerKey) {
        this.origin = origin;
        this.signer = signerKey.filter(key -> !key.isBlank()).map(NoteKey::parseSigner).orElse(null);
        if (signer != null && !signer.name().equals(origin)) {
            throw new IllegalStateException("The log's signer key is named " + signer.name()
                    + " but the log's origin is " + origin + ": a checkpoint is signed under its origin's name");
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
