package org.openace.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.openace.platform.AtomicFiles;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL clusters of this JVM, one per data folder, shared by every application context that
 * asks for the same folder (tests start many contexts; they all share one server and get a database each).
 *
 * <p>A data folder belongs to the process that started its server: that process holds an operating-system lock on
 * {@code <folder>.lock} beside the folder for as long as it runs (the lock goes with the process, even one killed
 * with SIGKILL). Another process on the same folder (an {@code admin} command beside a running portal) finds the
 * lock taken and uses the running server as it is, never starting or stopping it; a server left running on a folder
 * whose lock is free is an orphan of a portal that died, and is stopped before a new one starts.
 */
final class EmbeddedPostgresServers {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServers.class);
    private static final String TEMPORARY = "<temporary>";
    /** The password of the application role, in the data folder of a lasting cluster. */
    static final String APP_PASSWORD_FILE = "openace-app-role.password";
    private static final Map<String, Server> servers = new ConcurrentHashMap<>();
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

    /**
     * A server this JVM uses: one it started (and stops), or the running server of another process on the same data
     * folder (left alone).
     *
     * @param port        its loopback port
     * @param started     the server, if this JVM started it
     * @param lock        the data folder's lock, if this JVM holds it
     * @param appPassword the password of the application role on this server
     */
    record Server(int port, @Nullable EmbeddedPostgres started, @Nullable FileChannel lock, String appPassword) {

        /** The superuser's connections to a database of this server (migrations, administration). */
        DataSource superuser(String database) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setServerNames(new String[] {"localhost"});
            dataSource.setPortNumbers(new int[] {port});
            dataSource.setDatabaseName(database);
            dataSource.setUser("postgres");
            return dataSource;
        }

        String jdbcUrl(String database) {
            return "jdbc:postgresql://localhost:" + port + "/" + database;
        }

        boolean attached() {
            return started == null;
        }
    }

    /** The server of the configured folder, started if needed; every call must be matched by {@link #release}. */
    static synchronized Server acquire(EmbeddedPostgresProperties properties) {
        String key = keyOf(properties);
        Server server = servers.computeIfAbsent(key, k -> start(properties.dataDirectory(), properties));
        users.merge(key, 1, Integer::sum);
        return server;
    }

    /**
     * Gives a server back. The server of a data folder stops (cleanly, so the next start finds its data intact)
     * when its last application context closes, if this JVM started it; the throw-away server of the tests lives
     * until the JVM ends.
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
        Server server = servers.remove(key);
        if (server == null) {
            return;
        }
        if (server.started() != null) {
            try {
                server.started().close();
            }
            catch (IOException e) {
                log.warn("The embedded PostgreSQL of {} did not stop cleanly", key);
            }
        }
        if (server.lock() != null) {
            try {
                server.lock().close(); // releases the folder's lock
            }
            catch (IOException e) {
                log.warn("The lock of {} could not be released", key);
            }
        }
    }

    private static String keyOf(EmbeddedPostgresProperties properties) {
        Path folder = properties.dataDirectory();
        return folder == null ? TEMPORARY : folder.toAbsolutePath().normalize().toString();
    }

    private static Server start(@Nullable Path folder, EmbeddedPostgresProperties properties) {
        try {
            if (folder == null) {
                EmbeddedPostgres server = startServer(null, properties);
                return new Server(server.getPort(), server, null, freshPassword());
            }
            Path data = folder.toAbsolutePath().normalize();
            Files.createDirectories(data);
            FileChannel channel = FileChannel.open(lockFileOf(data), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return attach(data, properties);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            try {
                stopOrphanedServer(data); // this process holds the folder: a server running on it has no portal left
                EmbeddedPostgres server = startServer(data, properties);
                return new Server(server.getPort(), server, channel, appPassword(data));
            }
            catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL could not be started", e);
        }
    }

    static Path lockFileOf(Path data) {
        return data.resolveSibling(data.getFileName() + ".lock");
    }

    private static EmbeddedPostgres startServer(@Nullable Path data, EmbeddedPostgresProperties properties)
            throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setPort(properties.port())
                .setPGStartupWait(properties.startupWait())
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("synchronous_commit", properties.durable() ? "on" : "off")
                .setServerConfig("fsync", properties.durable() ? "on" : "off")
                .setServerConfig("full_page_writes", properties.durable() ? "on" : "off");
        if (data != null) {
            builder.setDataDirectory(data.toFile()).setCleanDataDirectory(false);
        }
        long started = System.nanoTime();
        EmbeddedPostgres server = builder.start();
        log.info("Embedded PostgreSQL ready on port {} in {} ms (data: {})", server.getPort(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), data == null ? "temporary" : data);
        return server;
    }

    /**
     * Another process holds the data folder (a portal running on it): use its server as it is, once it is up.
     * Refuses, with the reason, if no server comes up on the folder within the start-up wait.
     */
    private static Server attach(Path data, EmbeddedPostgresProperties properties) throws IOException {
        String holder = readQuietly(lockFileOf(data)).trim();
        long deadline = System.nanoTime() + properties.startupWait().toNanos();
        while (true) {
            OptionalInt port = runningPort(data);
            Path passwordFile = data.resolve(APP_PASSWORD_FILE);
            if (port.isPresent() && Files.exists(passwordFile)) {
                log.info("The data folder {} is in use by a running OpenACE (pid {}): using its PostgreSQL on port {}, "
                        + "which stays running", data, holder.isEmpty() ? "?" : holder, port.getAsInt());
                return new Server(port.getAsInt(), null, null, Files.readString(passwordFile).trim());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The data folder " + data + " is in use by another OpenACE process (pid "
                        + (holder.isEmpty() ? "?" : holder) + ") whose PostgreSQL is not running. Nothing was started "
                        + "or stopped; try again once that process is up, or after it has stopped.");
            }
            try {
                Thread.sleep(200);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the PostgreSQL of " + data, e);
            }
        }
    }

    /** The port of a live PostgreSQL running on the folder, from its {@code postmaster.pid}. */
    private static OptionalInt runningPort(Path data) {
        Optional<ProcessHandle> process = postmaster(data);
        if (process.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> lines = readLines(data.resolve("postmaster.pid"));
        // line 4 is the port; line 8 the status, "ready" once it accepts connections
        if (lines.size() < 8 || !lines.get(7).trim().equals("ready")) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(lines.get(3).trim()));
        }
        catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static Optional<ProcessHandle> postmaster(Path data) {
        List<String> lines = readLines(data.resolve("postmaster.pid"));
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        }
        catch (IOException e) {
            return List.of();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            return "";
        }
    }

    /**
     * A portal killed without warning leaves its PostgreSQL running on the data folder; stop that server
     * (gracefully, so that nothing committed is lost) before starting a new one on the same folder. Called only by
     * the process that holds the folder's lock, so the server has no live portal.
     */
    private static void stopOrphanedServer(Path data) throws IOException {
        Optional<ProcessHandle> process = postmaster(data);
        if (process.isEmpty()) {
            return;
        }
        ProcessHandle handle = process.get();
        log.warn("Stopping a PostgreSQL (pid {}) left running on {} by an earlier portal", handle.pid(), data);
        handle.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown, then the startup below recovers nothing lost
        try {
            handle.onExit().get(Duration.ofSeconds(60).toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (Exception e) {
            throw new IOException("A PostgreSQL left running on " + data + " (pid " + handle.pid() + ") did not stop", e);
        }
    }

    /** The application role's password of a lasting cluster: made once, kept in its data folder (mode 600). */
    private static String appPassword(Path data) throws IOException {
        Path file = data.resolve(APP_PASSWORD_FILE);
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        String password = freshPassword();
        AtomicFiles.replace(file, password + "\n");
        return password;
    }

    private static String freshPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
