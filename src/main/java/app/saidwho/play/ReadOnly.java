package app.saidwho.play;

import io.quarkus.hibernate.orm.panache.Panache;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** For a transaction that only reads: the pages learners load most should not pay for what a write needs. */
final class ReadOnly {
    private ReadOnly() {
    }

    /**
     * Entities the current transaction loads from now on are read-only (Hibernate keeps no copy of their
     * state to compare at commit), and nothing is flushed, before a query or at commit.
     */
    static void transaction() {
        Session session = Panache.getSession();
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }
}
