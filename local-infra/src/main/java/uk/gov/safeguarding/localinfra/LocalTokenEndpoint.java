package uk.gov.safeguarding.localinfra;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The OAuth 2.0 token endpoint of the local issuer (RFC 6749 section 4.4, client credentials), so that a
 * service calls another with a token of its own exactly as it does against Entra ID or Keycloak in
 * production. Clients authenticate with HTTP Basic or form parameters; the token's subject is the client id
 * and its roles the client's.
 */
public final class LocalTokenEndpoint implements AutoCloseable {

    public static final String PATH = "/token";
    public static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 8_192;

    /** A client the endpoint knows: its secret and the roles its tokens carry. */
    public record Client(String secret, List<String> roles) {
    }

    private final HttpServer server;

    private LocalTokenEndpoint(HttpServer server) {
        this.server = server;
    }

    public static LocalTokenEndpoint start(LocalIssuer issuer, int port, Map<String, Client> clients) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
            Map<String, Client> known = Map.copyOf(clients);
            server.createContext(PATH, exchange -> {
                try (exchange) {
                    answer(exchange, issuer, known);
                }
            });
            server.start();
            return new LocalTokenEndpoint(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The issuer's address, as a client's auth-server-url; the token endpoint is {@link #PATH} under it. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, LocalIssuer issuer, Map<String, Client> clients) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            send(exchange, 405, Map.of("error", "invalid_request", "error_description", "POST the token request"));
            return;
        }
        Map<String, String> form = form(exchange.getRequestBody());
        String clientId = form.get("client_id");
        String secret = form.get("client_secret");
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] pair = decodeBasic(basic.substring(6).trim());
            if (pair != null) {
                clientId = pair[0];
                secret = pair[1];
            }
        }
        Client client = clientId == null ? null : clients.get(clientId);
        if (client == null || secret == null || !MessageDigest.isEqual(
                client.secret().getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"local issuer\"");
            send(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        if (!"client_credentials".equals(form.get("grant_type"))) {
            send(exchange, 400, Map.of("error", "unsupported_grant_type"));
            return;
        }
        String token = issuer.token(clientId, client.roles(), LIFETIME);
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        send(exchange, 200, Map.of("access_token", token, "token_type", "Bearer", "expires_in", LIFETIME.toSeconds()));
    }

    private static String[] decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            // RFC 6749 2.3.1: both parts are form-encoded before they are joined
            return new String[] {URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, String> form(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY);
        Map<String, String> form = new HashMap<>();
        for (String pair : new String(bytes, StandardCharsets.UTF_8).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                try {
                    form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException ignored) {
                    // a malformed pair is left out: the request then lacks what it needs and is refused
                }
            }
        }
        return form;
    }

    private static void send(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
