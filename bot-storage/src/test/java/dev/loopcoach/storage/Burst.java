package dev.loopcoach.storage;

import java.sql.PreparedStatement;
import java.sql.Statement;

/** A test table of large rows rewritten in commits of several rows: the churn a burst of interviews leaves in H2. */
final class Burst {
    private Burst() {
    }

    static void create(Database db) {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE burst (id INT PRIMARY KEY, body VARCHAR)");
            }
            return null;
        });
    }

    /** Writes {@code body} to rows {@code first} to {@code first + rows - 1}, in one commit. */
    static void put(Database db, int first, int rows, String body) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("MERGE INTO burst KEY (id) VALUES (?, ?)")) {
                for (int id = first; id < first + rows; id++) {
                    p.setInt(1, id);
                    p.setString(2, body);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }
}
