package uk.gov.safeguarding.testsupport.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The hostile-input test of a service, generated from its own OpenAPI document: every operation gets
 * requests from {@link HostileRequests}, sent over plain HTTP/1.1. Every answer must be below 500, every
 * error {@code application/problem+json} without class names, SQL or stack text, and a rejected request
 * must leave the service's stored state as it was. Seeded and bounded; counts are printed.
 *
 * <pre>{@code
 * HostileInput.of(ApiDocuments.openApi()).seed(20261201).storedState(this::fingerprint).run();
 * }</pre>
 */
public final class HostileInput {

    /** What must never reach a caller: class names, stack frames, SQL and driver text. */
    private static final Pattern LEAK = Pattern.compile(
            "(?i)(\\b(java|javax|jakarta|org|com|io|uk)\\.[a-z0-9_]+\\.[a-z0-9_.]*[A-Z]\\w+"
                    + "|(?<!_)exception\\b|\\bat [\\w.$]+\\(|sqlstate|psql|hibernate|jdbc|select .+ from|insert into|update .+ set"
                    + "|violates|duplicate key|syntax error|stack ?trace|\\bnull pointer)");

    /** quarkus.http.limits.max-initial-line-length and max-header-size, as the chassis sets them. */
    static final int SERVER_LINE_LIMIT = 65_536;

    private final List<ApiOperation> operations;
    private long seed = 20261201L;
    private int perOperation = 250;
    private UnaryOperator<String> substitute = UnaryOperator.identity();
    private Supplier<String> storedState = () -> "";
    private Predicate<ApiOperation> include = op -> true;
    private Supplier<Boolean> quiet = () -> true;

    private HostileInput(List<ApiOperation> operations) {
        this.operations = operations;
    }

    public static HostileInput of(JsonNode openApi) {
        return new HostileInput(ApiOperation.all(openApi));
    }

    public HostileInput seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** At most this many requests per operation (tokens, content types and malformed bodies are always sent). */
    public HostileInput requestsPerOperation(int limit) {
        this.perOperation = limit;
        return this;
    }

    /**
     * Replaces text in every documented example before it is mutated: the examples name a real council,
     * and whatever the run stores must not land where other test classes count.
     */
    public HostileInput replacing(String from, String to) {
        UnaryOperator<String> before = substitute;
        this.substitute = text -> text == null ? null : before.apply(text).replace(from, to);
        return this;
    }

    /**
     * A fingerprint of what the service has stored that a request may change (row counts, say; not the
     * activity log, which records refusals on purpose). It must not change across a rejected request.
     */
    public HostileInput storedState(Supplier<String> fingerprint) {
        this.storedState = fingerprint;
        return this;
    }

    /** As {@link #storedState(Supplier)}, from one SQL query whose first column is the fingerprint. */
    public HostileInput storedState(javax.sql.DataSource dataSource, String fingerprintSql) {
        return storedState(() -> query(dataSource, fingerprintSql));
    }

    /**
     * When work an accepted request started in the background has finished (no import still running, say):
     * the state is read for the next comparison only then, so a late write is not blamed on a later request.
     */
    public HostileInput quietWhen(javax.sql.DataSource dataSource, String booleanSql) {
        this.quiet = () -> {
            String answer = query(dataSource, booleanSql);
            return "t".equals(answer) || "true".equals(answer);
        };
        return this;
    }

    private static String query(javax.sql.DataSource dataSource, String sql) {
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("A test query failed: " + sql, e);
        }
    }

    public HostileInput only(Predicate<ApiOperation> include) {
        this.include = include;
        return this;
    }

    /** Sends every request and fails with a list of what went wrong; returns the counts it printed. */
    public Report run() {
        Random random = new Random(seed);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://localhost:" + RestAssured.port;
        Report report = new Report();
        long started = System.nanoTime();
        String state = settledState();
        for (ApiOperation operation : operations) {
            if (!include.test(operation)) {
                continue;
            }
            for (HostileRequest request : new HostileRequests(operation, random, substitute).generate(perOperation)) {
                HttpResponse<String> response = send(client, base, request, report);
                if (response == null) {
                    continue;
                }
                report.count(operation, request.kind(), response.statusCode());
                check(request, response, report);
                if (response.statusCode() == 202) {
                    state = settledState();
                } else if (response.statusCode() < 400) {
                    state = storedState.get();
                } else {
                    String now = storedState.get();
                    if (!now.equals(state)) {
                        report.fail(request, response.statusCode(), "stored something although rejected: "
                                + state + " -> " + now);
                        state = settledState();
                    }
                }
            }
        }
        report.seconds = (System.nanoTime() - started) / 1e9;
        System.out.println(report.summary(seed));
        assertThat(report.failures).as("hostile input answered badly (seed " + seed + ")").isEmpty();
        return report;
    }

    /** Work an accepted request started in the background (an import) may still change the state: wait until it holds. */
    private String settledState() {
        for (int i = 0; i < 300 && !quiet.get(); i++) {
            sleep(20);
        }
        String previous = storedState.get();
        for (int i = 0; i < 100; i++) {
            sleep(30);
            String now = storedState.get();
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    private static HttpResponse<String> send(HttpClient client, String base, HostileRequest request, Report report) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.target()))
                    .timeout(Duration.ofSeconds(60))
                    .method(request.operation().method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            if (request.authorization() != null) {
                builder.header("Authorization", request.authorization());
            }
            request.headers().forEach(builder::header);
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IllegalArgumentException e) {
            report.skipped++;
            return null;
        } catch (IOException e) {
            // A server may close the connection on a request it will not read (a body far over the limit).
            report.closed++;
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void check(HostileRequest request, HttpResponse<String> response, Report report) {
        int status = response.statusCode();
        if (status >= 500) {
            report.fail(request, status, "server error: " + abbreviate(response.body()));
            return;
        }
        if ((status == 414 || status == 431) && response.body().isEmpty() && beyondServerLimits(request)) {
            // Past quarkus.http.limits the HTTP server answers by itself, and Quarkus offers no hook for that answer.
            report.serverLimit++;
            return;
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                report.fail(request, status, "error without problem+json (Content-Type " + type + ")");
            }
            if (LEAK.matcher(response.body()).find()) {
                report.fail(request, status, "error leaks internals: " + abbreviate(response.body()));
            }
        }
    }

    private static boolean beyondServerLimits(HostileRequest request) {
        return request.target().length() > SERVER_LINE_LIMIT
                || request.headers().values().stream().anyMatch(value -> value.length() > SERVER_LINE_LIMIT);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What a run sent and got back. */
    public static final class Report {
        private final Map<String, Map<Integer, Integer>> byOperation = new TreeMap<>();
        private final Map<String, Integer> byKind = new TreeMap<>();
        private final Map<Integer, Integer> byStatus = new TreeMap<>();
        private final List<String> failures = new ArrayList<>();
        private int sent;
        private int skipped;
        private int closed;
        private int serverLimit;
        private double seconds;

        void count(ApiOperation operation, String kind, int status) {
            sent++;
            byOperation.computeIfAbsent(operation.describe(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
            byKind.merge(kind, 1, Integer::sum);
            byStatus.merge(status, 1, Integer::sum);
        }

        void fail(HostileRequest request, int status, String what) {
            if (failures.size() < 40) {
                failures.add(request.operation().describe() + " [" + request.kind() + ": " + request.description()
                        + "] -> " + status + ": " + what);
            }
        }

        public int sent() {
            return sent;
        }

        public Map<Integer, Integer> byStatus() {
            return byStatus;
        }

        public int operations() {
            return byOperation.size();
        }

        String summary(long seed) {
            StringBuilder out = new StringBuilder();
            out.append(String.format("Hostile input (seed %d): %d requests to %d operations in %.1f s; by status %s; "
                            + "by kind %s; refused by the HTTP server's own limits (%d bytes, no body) %d; connection closed "
                            + "by the server %d; not sendable by the client %d%n",
                    seed, sent, byOperation.size(), seconds, byStatus, byKind, SERVER_LINE_LIMIT, serverLimit, closed,
                    skipped));
            Map<String, Map<Integer, Integer>> ordered = new LinkedHashMap<>(byOperation);
            ordered.forEach((operation, statuses) -> out.append("  ").append(operation).append(' ').append(statuses)
                    .append('\n'));
            return out.toString();
        }
    }
}
