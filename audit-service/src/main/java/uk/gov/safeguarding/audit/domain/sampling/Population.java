package uk.gov.safeguarding.audit.domain.sampling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cases a sample is drawn from, in the order they were given or fetched. Its SHA-256 is over each id
 * followed by a newline, in that order, so anyone holding the list can check it is the one drawn from.
 */
public record Population(List<String> caseIds) {

    /** Ids are pseudonymous refs or record ids: letters, digits and . _ : / - only. */
    public static final Pattern CASE_ID = Pattern.compile("^[A-Za-z0-9._:/-]{1,64}$");
    public static final int MAX_CASES = 2_000_000;

    public Population {
        if (caseIds == null || caseIds.isEmpty()) {
            throw new SampleRefused("population", "has no cases to sample");
        }
        if (caseIds.size() > MAX_CASES) {
            throw new SampleRefused("population", "has more than " + MAX_CASES + " cases");
        }
        for (int i = 0; i < caseIds.size(); i++) {
            String id = caseIds.get(i);
            if (id == null || !CASE_ID.matcher(id).matches()) {
                throw new SampleRefused("population[" + i + "]", "must be 1 to 64 letters, digits or . _ : / -");
            }
        }
        caseIds = List.copyOf(caseIds);
    }

    public int size() {
        return caseIds.size();
    }

    public String sha256() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String id : caseIds) {
                sha.update(id.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
