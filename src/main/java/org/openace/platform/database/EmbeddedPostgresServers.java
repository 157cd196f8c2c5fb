package org.openace.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL clusters of this JVM, one per data folder, shared by every application context that
 * asks for the same folder (tests start many contexts; they all share one server and get a database each).
 */
final class EmbeddedPostgresServers {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServers.class);
    private static final String TEMPORARY = "<temporary>";
    private static final Map<String, EmbeddedPostgres> servers = new ConcurrentHashMap<>();
    private static final Map<String, Integer> users = new ConcurrentHashMap<>();

    static {
        // Spring closes its application contexts in a shutdown hook of its own, and closing a context still uses the
        // database (e.g. the event publication registry checks for unfinished events). So the servers are not
        // stopped by a hook racing Spring's: each stops when its last context releases it, and this hook only
        // stops what is left once the contexts are done (or after a grace period).
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServers::stopRemaining, "embedded-postgres-stop"));
    }

    private EmbeddedPostgresServers() {
    }

    /** The server of the configured folder, started if needed; every call must be matched by {@link #release}. */
    static synchronized EmbeddedPostgres acquire(EmbeddedPostgresProperties properties) {
        String key = keyOf(properties);
        EmbeddedPostgres server = servers.computeIfAbsent(key, k -> start(properties.dataDirectory(), properties));
        users.merge(key, 1, Integer::sum);
        return server;
    }

    /**
     * Gives a server back. The server of a data folder stops (cleanly, so the next start finds its data intact)
     * when its last application context closes; the throw-away server of the tests lives until the JVM ends.
     */
    static synchronized void release(EmbeddedPostgresProperties properties) {
        String key = keyOf(properties);
        int left = users.merge(key, -1, Integer::sum);
        if (left <= 0 && (!key.equals(TEMPORARY) || shuttingDown)) {
            users.remove(key);
            stop(key);
        }
    }

    private static volatile boolean shuttingDown;

    private static void stopRemaining() {
        shuttingDown = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (users.values().stream().anyMatch(n -> n > 0) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        synchronized (EmbeddedPostgresServers.class) {
            List.copyOf(servers.keySet()).forEach(EmbeddedPostgresServers::stop);
        }
    }

    private static synchronized void stop(String key) {
        EmbeddedPostgres server = servers.remove(key);
        if (server != null) {
            try {
                server.close();
            }
            catch (IOException e) {
                log.warn("The embedded PostgreSQL of {} did not stop cleanly", key);
            }
        }
    }

    private static String keyOf(EmbeddedPostgresProperties properties) {
        Path folder = properties.dataDirectory();
        return folder == null ? TEMPORARY : folder.toAbsolutePath().normalize().toString();
    }

    private static EmbeddedPostgres start(@Nullable Path folder, EmbeddedPostgresProperties properties) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setPort(properties.port())
                    .setPGStartupWait(properties.startupWait())
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("synchronous_commit", properties.durable() ? "on" : "off")
                    .setServerConfig("fsync", properties.durable() ? "on" : "off")
                    .setServerConfig("full_page_writes", properties.durable() ? "on" : "off");
            if (folder != null) {
                Path data = folder.toAbsolutePath().normalize();
                Files.createDirectories(data);
                stopOrphanedServer(data);
                builder.setDataDirectory(data.toFile()).setCleanDataDirectory(false);
            }
            long started = System.nanoTime();
            EmbeddedPostgres server = builder.start();
            log.info("Embedded PostgreSQL ready on port {} in {} ms (data: {})", server.getPort(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                    folder == null ? "temporary" : folder.toAbsolutePath().normalize());
            return server;
        }
        catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL could not be started", e);
        }
    }

    /**
     * A portal killed without warning leaves its PostgreSQL running on the data folder; stop that server
     * (gracefully, so that nothing committed is lost) before starting a new one on the same folder.
     */
    private static void stopOrphanedServer(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        }
        catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        log.warn("Stopping a PostgreSQL (pid {}) left running on {} by an earlier portal", pid, data);
        ProcessHandle handle = process.get();
        handle.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown, then the startup below recovers nothing lost
        try {
            handle.onExit().get(Duration.ofSeconds(60).toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (Exception e) {
            throw new IOException("A PostgreSQL left running on " + data + " (pid " + pid + ") did not stop", e);
        }
    }
}
