package uk.gov.safeguarding.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.gov.safeguarding.audit.domain.sampling.DipSample;
import uk.gov.safeguarding.audit.domain.sampling.Population;
import uk.gov.safeguarding.audit.domain.sampling.Redraw;
import uk.gov.safeguarding.audit.domain.sampling.SampleFile;
import uk.gov.safeguarding.audit.domain.sampling.SampleRefused;
import uk.gov.safeguarding.audit.domain.sampling.SampleSize;
import uk.gov.safeguarding.audit.repository.SampleStore;
import uk.gov.safeguarding.chassis.activity.ActivityLog;
import uk.gov.safeguarding.chassis.events.Outbox;
import uk.gov.safeguarding.chassis.events.TimeOrderedIds;
import uk.gov.safeguarding.chassis.security.Actor;
import uk.gov.safeguarding.kernel.Topics;

/**
 * Draws dip samples and keeps everything a re-draw needs (the transaction around {@link DipSample}): the
 * population in order and its hash, the seed, the algorithm, the size and how it was reached, the cases with
 * their tickets. The draw's event and activity entry commit with it.
 */
@ApplicationScoped
public class SampleDraws {

    public static final int SEED_DIGITS = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SampleStore store;
    private final Outbox outbox;
    private final ActivityLog activityLog;
    private final Actor actor;

    public SampleDraws(SampleStore store, Outbox outbox, ActivityLog activityLog, Actor actor) {
        this.store = store;
        this.outbox = outbox;
        this.activityLog = activityLog;
        this.actor = actor;
    }

    @Transactional
    public DrawnSample draw(NewSample request) throws SQLException {
        Population population = new Population(request.caseIds());
        boolean given = request.seed() != null && !request.seed().isBlank();
        String seed = given ? request.seed().trim() : randomSeed();
        DipSample sample = DipSample.seeded(seed);
        int size;
        if (request.size() != null) {
            if (request.size() < 1) {
                throw new SampleRefused("size", "must be at least 1");
            }
            size = Math.min(request.size(), population.size());
        } else if (request.confidence() != null || request.margin() != null) {
            if (request.confidence() == null || request.margin() == null) {
                throw new SampleRefused(request.confidence() == null ? "confidence" : "margin",
                        "is needed with " + (request.confidence() == null ? "margin" : "confidence") + " to work a size out");
            }
            size = SampleSize.forProportion(request.confidence(), request.margin(),
                    request.expectedProportion() == null ? 0.5 : request.expectedProportion(), population.size()).size();
        } else {
            throw new SampleRefused("size", "give a size, or a confidence and margin to work one out");
        }
        List<DipSample.Ticket> drawn = sample.draw(population.caseIds(), size);
        UUID id = TimeOrderedIds.next();
        Instant now = Instant.now();
        SampleStore.SampleRow row = new SampleStore.SampleRow(id, request.localAuthority(), request.title(),
                request.populationSource(), request.populationFilter(),
                population.size(), population.sha256(), seed, given ? "GIVEN" : "SECURE_RANDOM", DipSample.ALGORITHM,
                DipSample.ALGORITHM_VERSION, drawn.size(), request.size() == null ? request.confidence() : null,
                request.size() == null ? request.margin() : null,
                request.size() == null ? (request.expectedProportion() == null ? 0.5 : request.expectedProportion()) : null,
                actor.id(), now);
        store.insert(row, population.caseIds(), caseRows(drawn, 0), actor.id());
        publish("drawn", row, drawn.size(), now);
        activityLog.recordSuccess(id.toString(), drawn.stream().map(DipSample.Ticket::caseId).toList());
        return view(row, drawn);
    }

    /** Draws on to {@code size}: the cases already drawn stay first, in their order. */
    @Transactional
    public DrawnSample extend(UUID id, int size) throws SQLException {
        SampleStore.SampleRow row = store.get(id, true).orElseThrow(() -> notFound(id));
        if (size <= row.size()) {
            throw new SampleRefused("size", "must be more than the " + row.size() + " cases drawn already");
        }
        List<String> population = store.population(id);
        List<DipSample.Ticket> drawn = DipSample.seeded(row.seed()).draw(population, Math.min(size, population.size()));
        List<DipSample.Ticket> recorded = tickets(store.cases(id));
        if (!drawn.subList(0, recorded.size()).equals(recorded)) {
            throw new SampleRefused("sample", "the cases drawn before no longer come first: verify the sample");
        }
        List<DipSample.Ticket> more = drawn.subList(recorded.size(), drawn.size());
        Instant now = Instant.now();
        store.addCases(id, caseRows(more, recorded.size()), actor.id(), now);
        store.setSize(id, drawn.size());
        SampleStore.SampleRow extended = row.withSize(drawn.size());
        publish("extended", extended, drawn.size(), now);
        activityLog.recordSuccess(id.toString(), more.stream().map(DipSample.Ticket::caseId).toList());
        return view(extended, drawn);
    }

    @Transactional
    public DrawnSample get(UUID id) throws SQLException {
        SampleStore.SampleRow row = store.get(id, false).orElseThrow(() -> notFound(id));
        List<DipSample.Ticket> cases = tickets(store.cases(id));
        activityLog.concerning(id.toString(), cases.stream().map(DipSample.Ticket::caseId).toList());
        return view(row, cases);
    }

    public record Samples(List<DrawnSample> samples, long total) {
    }

    /** Samples without their cases, newest first. */
    @Transactional
    public Samples list(String localAuthority, int page, int size) throws SQLException {
        List<DrawnSample> samples = store.list(localAuthority, page * size, size).stream()
                .map(row -> view(row, List.of())).toList();
        return new Samples(samples, store.count(localAuthority));
    }

    /** Re-draws from the stored population and seed and holds the result against what was drawn. */
    @Transactional
    public Redraw.Result verify(UUID id) throws SQLException {
        SampleStore.SampleRow row = store.get(id, false).orElseThrow(() -> notFound(id));
        Redraw.Result result = Redraw.check(new Population(store.population(id)), row.populationSha256(), row.seed(),
                tickets(store.cases(id)));
        activityLog.recordSuccess(id.toString());
        return result;
    }

    /** The sample as a file anyone can re-draw from. */
    @Transactional
    public SampleFile export(UUID id) throws SQLException {
        SampleStore.SampleRow row = store.get(id, false).orElseThrow(() -> notFound(id));
        List<DipSample.Ticket> cases = tickets(store.cases(id));
        activityLog.concerning(id.toString(), cases.stream().map(DipSample.Ticket::caseId).toList());
        return new SampleFile(row.algorithm(), row.algorithmVersion(), row.seed(), row.size(), row.populationSha256(),
                store.population(id), cases);
    }

    private void publish(String event, SampleStore.SampleRow row, int size, Instant at) {
        outbox.publish(Topics.AUDITS, "sample", row.id().toString(), event, new SampleDrawn(row.id(), row.localAuthority(),
                row.populationSource(), row.populationSize(), row.populationSha256(), row.seed(), row.algorithm(),
                row.algorithmVersion(), size, at));
    }

    private static List<SampleStore.CaseRow> caseRows(List<DipSample.Ticket> tickets, int ranksBefore) {
        List<SampleStore.CaseRow> rows = new ArrayList<>(tickets.size());
        for (int i = 0; i < tickets.size(); i++) {
            rows.add(new SampleStore.CaseRow(ranksBefore + i + 1, tickets.get(i).caseId(), tickets.get(i).number()));
        }
        return rows;
    }

    private static List<DipSample.Ticket> tickets(List<SampleStore.CaseRow> rows) {
        return rows.stream().map(r -> new DipSample.Ticket(r.caseId(), r.ticket())).toList();
    }

    private static DrawnSample view(SampleStore.SampleRow row, List<DipSample.Ticket> cases) {
        return new DrawnSample(row.id(), row.localAuthority(), row.title(), row.populationSource(),
                row.populationFilter(), row.populationSize(),
                row.populationSha256(), row.seed(), row.seedSource(), row.algorithm(), row.algorithmVersion(), row.size(),
                row.confidence(), row.margin(), row.expected(), row.createdBy(), row.createdAt(), cases);
    }

    private static RequestRefused notFound(UUID id) {
        return new RequestRefused(RequestRefused.Kind.NOT_FOUND, "id", "no sample " + id);
    }

    /** A seed of 24 decimal digits from a secure random source, when the auditors give none. */
    static String randomSeed() {
        StringBuilder seed = new StringBuilder(SEED_DIGITS);
        for (int i = 0; i < SEED_DIGITS; i++) {
            seed.append(RANDOM.nextInt(10));
        }
        return seed.toString();
    }
}
