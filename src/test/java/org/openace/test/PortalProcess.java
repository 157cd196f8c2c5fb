package org.openace.test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openace.OpenAceApplication;

/**
 * The portal in a process of its own, as an operator runs it: the main class on the test class path, the demo
 * profile (durable embedded PostgreSQL, demo accounts, reference samples and API token), a data folder, keys and
 * audit anchor of the caller's. For tests that kill the server and for benchmarks over real HTTP.
 */
public final class PortalProcess {

    /** The demo profile's API token, for the demo broker's filer code D3M. */
    public static final String DEMO_TOKEN = "oat_DEMO-broker-D3M-for-the-demo-profile-only-1";

    private final Path folder;
    private final int port;
    private final List<String> settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;

    public PortalProcess(Path folder, List<String> settings) throws IOException {
        this.folder = folder;
        this.port = freePort();
        this.settings = List.copyOf(settings);
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Starts the portal and waits until it is healthy; its output goes to {@code <name>.out} in the folder. */
    public PortalProcess start(String name) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port));
        arguments.addAll(settings);
        process = java(arguments, name);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the portal exited: " + Files.readString(folder.resolve(name + ".out")));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.body().contains("\"status\":\"UP\"")) {
                    return this;
                }
            }
            catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("the portal was not healthy within 3 minutes");
    }

    /** SIGKILL to the portal and to its PostgreSQL: nothing is shut down. */
    public void killWithPostgres() throws IOException, InterruptedException {
        long postgres = Long.parseLong(Files.readAllLines(folder.resolve("postgres").resolve("postmaster.pid"))
                .getFirst().trim());
        process.destroyForcibly();
        ProcessHandle.of(postgres).ifPresent(ProcessHandle::destroyForcibly);
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, the normal stop (SIGKILL after a minute). */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** Runs {@code admin <command>} on the same data, in a process of its own; its exit code and output. */
    public Command admin(String command) throws IOException, InterruptedException {
        Process admin = java(List.of("admin", command), "admin-" + command);
        if (!admin.waitFor(3, TimeUnit.MINUTES)) {
            admin.destroyForcibly();
            return new Command(-1, "did not finish");
        }
        return new Command(admin.exitValue(),
                Files.readString(folder.resolve("admin-" + command + ".out"), StandardCharsets.UTF_8));
    }

    public record Command(int exitCode, String output) {
    }

    private Process java(List<String> arguments, String name) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> line = new ArrayList<>(List.of(java, "-Xmx512m"));
        String jvmOptions = System.getProperty("openace.test.portal-jvm-options", "");
        if (!jvmOptions.isBlank()) {
            line.addAll(List.of(jvmOptions.strip().split("\\s+")));
        }
        line.addAll(List.of("-cp", System.getProperty("java.class.path"), OpenAceApplication.class.getName()));
        line.addAll(arguments);
        line.addAll(List.of("--spring.profiles.active=demo",
                "--openace.database.embedded.data-directory=" + folder.resolve("postgres"),
                "--openace.keys.file=" + folder.resolve("keys"),
                "--openace.audit.anchor-file=" + folder.resolve("chain-head.anchor"),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMailServer.port(),
                "--logging.file.name=target/test-logs/openace-process-" + name + ".log"));
        return new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(folder.resolve(name + ".out").toFile()).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
