package dev.syncdb.tls;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second, private MariaDB server for one test class: a data directory made by
 * {@code mariadb-install-db} in a temporary directory, {@code mariadbd} on a free port of 127.0.0.1 with
 * the given TLS files, stopped by {@link #close()}. The system's server is never touched.
 */
final class MariadbInstance implements AutoCloseable {
    private final Process process;
    private final int port;

    private MariadbInstance(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Whether the MariaDB server programs are installed on this machine. */
    static boolean installed() {
        return Files.isExecutable(Path.of("/usr/sbin/mariadbd")) || onPath("mariadbd");
    }

    static MariadbInstance start(Path dir, TlsCerts certs) throws IOException, InterruptedException {
        Path data = dir.resolve("data");
        run(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + data, "--user=root",
                "--auth-root-authentication-method=normal", "--skip-test-db"), dir.resolve("install.log"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String server = Files.isExecutable(Path.of("/usr/sbin/mariadbd")) ? "/usr/sbin/mariadbd" : "mariadbd";
        Process p = new ProcessBuilder(server, "--no-defaults", "--datadir=" + data, "--socket=" + dir.resolve("sock"),
                "--port=" + port, "--bind-address=127.0.0.1", "--pid-file=" + dir.resolve("pid"), "--skip-log-bin",
                "--ssl-cert=" + certs.serverCert(), "--ssl-key=" + certs.serverKey(), "--ssl-ca=" + certs.caCert(),
                "--user=root").redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        MariadbInstance instance = new MariadbInstance(p, port);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "")) {
                return instance;
            } catch (SQLException notYet) {
                if (!p.isAlive() || System.nanoTime() > until) {
                    instance.close();
                    throw new IOException("mariadbd did not start: " + Files.readString(dir.resolve("server.log")));
                }
                Thread.sleep(200);
            }
        }
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed: " + Files.readString(log));
        }
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
