package uk.gov.safeguarding.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service of the suite running as its own JVM, as it would in production. */
final class ServiceProcess {

    private final String name;
    private final int port;
    private final Path jar;
    private final String maxHeap;
    private Process process;

    ServiceProcess(String name, int port, Path jar) {
        this(name, port, jar, "256m");
    }

    ServiceProcess(String name, int port, Path jar, String maxHeap) {
        this.name = name;
        this.port = port;
        this.jar = jar;
        this.maxHeap = maxHeap;
    }

    long pid() {
        return process.pid();
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    boolean isBuilt() {
        return Files.exists(jar);
    }

    void start(Map<String, String> environment, List<String> systemProperties, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        command.add("-XX:+UseSerialGC");
        command.add("-Dquarkus.http.port=" + port);
        command.addAll(systemProperties);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /** Waits until readiness (database and Kafka) answers UP. */
    void awaitReady(HttpClient http, Duration timeout) throws InterruptedException {
        awaitUp(http, "/q/health/ready", timeout);
    }

    /** Waits until liveness answers UP: the service runs, whether or not what it depends on is there. */
    void awaitLive(HttpClient http, Duration timeout) throws InterruptedException {
        awaitUp(http, "/q/health/live", timeout);
    }

    private void awaitUp(HttpClient http, String healthPath, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see its log");
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + healthPath)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not up at " + healthPath + " within " + timeout.toSeconds()
                + " s; see its log");
    }

    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
