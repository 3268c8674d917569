package app.saidwho.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The H2 file database as configured must outlive a thread interrupted inside its file I/O: the transaction
 * reaper interrupts a request that runs past its timeout, and a plain {@code FileChannel} closes itself on an
 * interrupt. With the plain {@code file:} URL the database then refused every later read and write ("Reading
 * from file … failed … read 0") until the server was restarted.
 */
class FileDatabaseInterruptTest {
    private static final int ROWS = 20_000;

    @TempDir
    Path dir;

    @Test
    void shouldStillReadAndWriteAfterAThreadWasInterruptedInTheMiddleOfItsQueries() throws Exception {
        // A small page cache, so the interrupted queries read the file rather than memory.
        String url = configuredUrl().replace("${saidwho.db.path}", dir.resolve("saidwho").toString()) + ";CACHE_SIZE=512";
        // Held open for the whole test, as the connection pool holds the database open in the server.
        try (Connection kept = DriverManager.getConnection(url, "saidwho", "saidwho")) {
            fill(kept);
            SQLException failed = readWhileInterrupted(url);

            kept.createStatement().executeUpdate("insert into note(text) values ('written after the interrupts')");

            if (failed != null) {
                fail("a query failed while its thread was interrupted", failed);
            }
            assertThat(count(kept)).isEqualTo(ROWS + 1);
        }
    }

    private static String configuredUrl() throws IOException {
        Properties config = new Properties();
        try (InputStream in = FileDatabaseInterruptTest.class.getResourceAsStream("/application.properties")) {
            config.load(in);
        }
        return config.getProperty("quarkus.datasource.jdbc.url");
    }

    private static void fill(Connection db) throws SQLException {
        db.createStatement().execute("create table note(id bigint auto_increment primary key, text varchar(1000))");
        try (PreparedStatement insert = db.prepareStatement("insert into note(text) values (?)")) {
            for (int i = 0; i < ROWS; i++) {
                insert.setString(1, "a line of text long enough to fill the file's pages ".repeat(10) + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** One thread reads the whole table again and again for two seconds while another interrupts it. */
    private static SQLException readWhileInterrupted(String url) throws Exception {
        AtomicReference<SQLException> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            long end = System.currentTimeMillis() + 2_000;
            try (Connection db = DriverManager.getConnection(url, "saidwho", "saidwho");
                 Statement query = db.createStatement()) {
                while (System.currentTimeMillis() < end && failure.get() == null) {
                    try (ResultSet rows = query.executeQuery("select sum(length(text)) from note where text like '%7%'")) {
                        rows.next();
                    }
                }
            } catch (SQLException e) {
                failure.set(e);
            }
        });
        reader.start();
        while (reader.isAlive()) {
            reader.interrupt();
            Thread.sleep(2);
        }
        return failure.get();
    }

    private static long count(Connection db) throws SQLException {
        try (ResultSet rows = db.createStatement().executeQuery("select count(*) from note")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
