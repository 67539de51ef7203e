package uk.gov.safeguarding.audit.domain.sampling;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A dip sample anyone can re-draw: consistent sampling without replacement, as VotingWorks' consistent_sampler
 * (used by Arlo for risk-limiting election audits) draws it. Each case gets a ticket, a fraction in (0, 1)
 * from SHA-256 of the seed's hash and the case id; cases are taken in increasing ticket order. So the same seed
 * and population always give the same cases, drawing 10 then 10 more gives the first 20, and the sample of a
 * part of the population (one team) is the whole population's stream with the other cases left out.
 *
 * <p>Tickets match consistent_sampler's digit for digit for string ids: {@code sha256_uniform} writes the
 * hash as a decimal integer of at least 64 digits and reverses it (the low-order digits are the unbiased
 * ones), and ids and the seed are hashed as their UTF-8 text.
 */
public final class DipSample {

    /** Recorded with every draw, so a re-draw knows what it must repeat. */
    public static final String ALGORITHM = "consistent-sampler";
    public static final String ALGORITHM_VERSION = "votingworks/consistent_sampler 46f6f0a without replacement";
    /** The fewest digits a seed may have: 20 decimal dice, as Arlo's audit boards roll. */
    public static final int MIN_SEED_DIGITS = 20;

    private final String seed;
    private final String seedHash;

    /** Any seed, as consistent_sampler takes it; the service draws only with {@link #seeded} seeds. */
    DipSample(String seed) {
        this.seed = seed;
        this.seedHash = sha256Hex(seed);
    }

    /** @throws SampleRefused when the seed has fewer than 20 digits or holds anything but digits */
    public static DipSample seeded(String seed) {
        if (seed == null || !seed.chars().allMatch(c -> c >= '0' && c <= '9') || seed.length() < MIN_SEED_DIGITS) {
            throw new SampleRefused("seed", "must be at least " + MIN_SEED_DIGITS + " decimal digits, e.g. dice rolled "
                    + "at the meeting that agreed the population");
        }
        return new DipSample(seed);
    }

    public String seed() {
        return seed;
    }

    /** A case and its ticket: the fraction, as its decimal digits, that places it in the stream. */
    public record Ticket(String caseId, String number) {

        /** The ticket as consistent_sampler prints it: 9 significant digits after its leading nines. */
        public String shown() {
            return trim(number, 9);
        }
    }

    public Ticket ticket(String caseId) {
        return new Ticket(caseId, uniform(seedHash + caseId));
    }

    /**
     * The first {@code size} cases of the population's stream, in ticket order. Only {@code size} tickets a core
     * are held at a time, so a population of millions needs little more memory than its ids.
     *
     * @throws SampleRefused when the population names a case twice (its stream would be ambiguous)
     */
    public List<Ticket> draw(List<String> population, int size) {
        if (size < 0) {
            throw new SampleRefused("size", "must not be negative");
        }
        Set<String> seen = new HashSet<>(Math.max(16, population.size() * 2));
        for (String caseId : population) {
            if (!seen.add(caseId)) {
                throw new SampleRefused("population", "names case " + caseId + " more than once");
            }
        }
        if (size == 0 || population.isEmpty()) {
            return List.of();
        }
        // A ticket is one SHA-256 and a 78-digit decimal: the cores share the population, each keeping its own
        // smallest tickets, which are then merged (1,000,000 cases: 1.6 s on one core here).
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), population.size() / 50_000));
        int per = (population.size() + parts - 1) / parts;
        List<Ticket> drawn = java.util.stream.IntStream.range(0, parts).parallel()
                .mapToObj(part -> smallest(population.subList(part * per, Math.min(population.size(), (part + 1) * per)), size))
                .flatMap(List::stream).sorted(IN_ORDER).limit(size).toList();
        return new ArrayList<>(drawn);
    }

    private List<Ticket> smallest(List<String> cases, int size) {
        // the largest ticket kept is at the head, to be dropped when a smaller one comes
        PriorityQueue<Ticket> smallest = new PriorityQueue<>(size + 1, IN_ORDER.reversed());
        for (String caseId : cases) {
            Ticket ticket = ticket(caseId);
            if (smallest.size() < size) {
                smallest.add(ticket);
            } else if (IN_ORDER.compare(ticket, smallest.peek()) < 0) {
                smallest.poll();
                smallest.add(ticket);
            }
        }
        return new ArrayList<>(smallest);
    }

    /**
     * Ticket order, as consistent_sampler sorts its tickets: by the ticket's digits as text, then by case id.
     * Comparing the text compares the fractions, since every ticket is "0." and its digits.
     */
    public static final Comparator<Ticket> IN_ORDER = Comparator.comparing(Ticket::number).thenComparing(Ticket::caseId);

    static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    /** consistent_sampler's sha256_uniform: the hash's decimal digits (at least 64), reversed, after "0.". */
    static String uniform(String text) {
        String digits = new BigInteger(1, sha256(text)).toString();
        StringBuilder padded = new StringBuilder(80);
        for (int i = digits.length(); i < 64; i++) {
            padded.append('0');
        }
        padded.append(digits);
        return "0." + padded.reverse();
    }

    /** consistent_sampler's trim: {@code digits} significant digits after the fraction's leading nines (truncated). */
    static String trim(String fraction, int digits) {
        String padded = fraction + "0";
        int firstNotNine = 2;
        while (padded.charAt(firstNotNine) == '9') {
            firstNotNine++;
        }
        return fraction.substring(0, Math.min(fraction.length(), firstNotNine + digits));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
