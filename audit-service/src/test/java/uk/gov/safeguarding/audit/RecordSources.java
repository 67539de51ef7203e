package uk.gov.safeguarding.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.gov.safeguarding.testsupport.SuiteTestInfrastructure;

/**
 * A stand-in for the search APIs of contacts-service (GET /api/v1/contacts, offset pages) and kpi-service
 * (GET /api/v1/practice-records, keyset pages), as their OpenAPI documents describe them, so audit-service's
 * fetching of populations (paging, filters, its own token, the answers it must survive) is tested here; the
 * chain with the real services runs in deploy's end-to-end test. It answers only to a token whose subject is
 * audit-service with the integration role, as those services would.
 */
public final class RecordSources implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Map<String, Object>> contacts = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> records = new CopyOnWriteArrayList<>();
    /** Each request's query parameters, and the subject and roles of its token. */
    public final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private volatile int failWith;

    public RecordSources() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1",
                Integer.parseInt(System.getProperty(SuiteTestInfrastructure.PEERS_PORT))), 16);
        server.createContext("/api/v1/contacts", exchange -> {
            try (exchange) {
                answer(exchange, true);
            }
        });
        server.createContext("/api/v1/practice-records", exchange -> {
            try (exchange) {
                answer(exchange, false);
            }
        });
        server.start();
    }

    public void contact(String id, String receivedAt, String... childRefsAndBirthMonths) {
        List<Map<String, Object>> children = new ArrayList<>();
        for (int i = 0; i < childRefsAndBirthMonths.length; i += 2) {
            Map<String, Object> child = new HashMap<>();
            child.put("childRef", childRefsAndBirthMonths[i]);
            child.put("birthMonth", childRefsAndBirthMonths[i + 1]);
            child.put("unborn", childRefsAndBirthMonths[i + 1] == null);
            child.put("sex", "F");
            child.put("earlierContacts", 2);
            children.add(child);
        }
        contacts.add(Map.of("id", id, "receivedAt", receivedAt, "children", children, "summary", "free text"));
    }

    public void record(String recordId, String childRef) {
        records.add(Map.of("recordId", recordId, "kind", "S47_ENQUIRY", "childRef", childRef));
    }

    /** Every request from now is answered with this status (0: answered normally). */
    public void failWith(int status) {
        failWith = status;
    }

    public void clear() {
        contacts.clear();
        records.clear();
        requests.clear();
        failWith = 0;
    }

    private void answer(HttpExchange exchange, boolean contactsApi) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        JsonNode claims = claims(exchange.getRequestHeaders().getFirst("Authorization"));
        Map<String, String> seen = new HashMap<>(query);
        seen.put("path", exchange.getRequestURI().getPath());
        seen.put("sub", claims == null ? null : claims.path("sub").asText());
        requests.add(seen);
        if (claims == null || !"audit-service".equals(claims.path("sub").asText())
                || !claims.path("groups").toString().contains("\"integration\"")) {
            send(exchange, 401, Map.of("title", "no token of audit-service"));
            return;
        }
        if (failWith != 0) {
            send(exchange, failWith, Map.of("type", "urn:safeguarding:problem:validation", "status", failWith,
                    "detail", "refused by the stand-in"));
            return;
        }
        if (contactsApi) {
            int page = Integer.parseInt(query.getOrDefault("page", "0"));
            int size = Integer.parseInt(query.getOrDefault("size", "20"));
            List<Map<String, Object>> items = contacts.subList(Math.min(page * size, contacts.size()),
                    Math.min((page + 1) * size, contacts.size()));
            send(exchange, 200, Map.of("items", items, "page", page, "size", size, "totalItems", contacts.size(),
                    "totalPages", (contacts.size() + size - 1) / size));
        } else {
            int limit = Integer.parseInt(query.getOrDefault("limit", "200"));
            String after = query.get("after");
            int from = 0;
            if (after != null) {
                while (from < records.size() && records.get(from).get("recordId").toString().compareTo(after) <= 0) {
                    from++;
                }
            }
            List<Map<String, Object>> items = records.subList(from, Math.min(from + limit, records.size()));
            Map<String, Object> body = new HashMap<>();
            body.put("items", items);
            body.put("next", from + limit < records.size() ? items.get(items.size() - 1).get("recordId") : null);
            send(exchange, 200, body);
        }
    }

    private static JsonNode claims(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring(7).split("\\.");
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (RuntimeException | IOException e) {
            return null;
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    query.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
