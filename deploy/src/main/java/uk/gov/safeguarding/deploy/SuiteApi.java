package uk.gov.safeguarding.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few calls the launcher and the benchmarks make on the services' REST APIs. */
final class SuiteApi {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");

    private final HttpClient http;
    private final String baseUrl;
    private final String token;

    SuiteApi(HttpClient http, String baseUrl, String token) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** Sends a batch file and waits until the run finishes; returns the run as JSON. */
    String importFile(Path file, String contentType, Duration timeout) throws IOException, InterruptedException {
        return importFile(file, contentType, "", timeout);
    }

    /** @param query appended to the import's URL, e.g. "?localAuthority=E06000015" for Annex A */
    String importFile(Path file, String contentType, String query, Duration timeout)
            throws IOException, InterruptedException {
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/contact-imports" + query))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofFile(file))
                        .timeout(timeout)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("Import refused: " + started.statusCode() + " " + started.body());
        }
        Matcher id = ID.matcher(started.body());
        if (!id.find()) {
            throw new IllegalStateException("Import answer without an id: " + started.body());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String run = get("/api/v1/contact-imports/" + id.group(1));
            Matcher status = STATUS.matcher(run);
            if (status.find() && (status.group(1).equals("COMPLETED") || status.group(1).equals("FAILED"))) {
                return run;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Import did not finish within " + timeout);
    }

    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Sends a body of any type (NDJSON, CSV) and answers the response body; fails on an error status. */
    String send(String path, String contentType, byte[] body, String bearer) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Authorization", "Bearer " + bearer)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    String post(String path, String json, String bearer) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Authorization", "Bearer " + bearer)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String id(String json) {
        Matcher id = ID.matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("No id in " + json);
        }
        return id.group(1);
    }
}
