package eu.vigil.command.publication;

import eu.vigil.contracts.drill.DrillKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The drills' keys in {@code incident.drill_key} (ADR 0023). A key is made in a transaction of its own, committed
 * before any record sealed with it is sent: a batch that fails after sealing is retried with the same key, and a
 * drill started before drills had keys gets one the same way, at its next event.
 */
@Component
public class DrillKeys {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    DrillKeys(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The drill's key, made and committed if it has none yet; empty when the drill is no longer in the event store
     * (deleted): nothing of it may be published again, under a new key or none.
     */
    public Optional<DrillKey> keyFor(UUID drillId) {
        return ownTransaction.execute(status -> {
            // read first: an insert that met the row the caller's batch has locked would wait for that batch
            Optional<DrillKey> known = stored(drillId);
            if (known.isPresent() || !recorded(drillId)) {
                return known;
            }
            jdbc.sql("insert into incident.drill_key (drill_id, key) values (:id, :key) on conflict do nothing")
                    .param("id", drillId).param("key", DrillKey.generate(drillId).bytes()).update();
            return stored(drillId); // another instance's key, if it was first
        });
    }

    /**
     * Whether the key still has to go to the key topic: true once, in the caller's (the publishing batch's)
     * transaction, so a batch rolled back sends it again.
     */
    boolean toBePublished(UUID drillId) {
        return jdbc.sql("""
                        update incident.drill_key set published_at = now()
                        where drill_id = :id and published_at is null""")
                .param("id", drillId).update() == 1;
    }

    /** The drills on record whose key has not reached the key topic: those from before drills had keys, mostly. */
    List<UUID> notPublished() {
        return jdbc.sql("""
                        select d.drill_id from incident.drill d
                         where not exists (select 1 from incident.drill_key k
                                            where k.drill_id = d.drill_id and k.published_at is not null)""")
                .query(UUID.class).list();
    }

    /** Destroys the key, in the caller's transaction: the drill's sealed records can then be read by no one. */
    public void destroy(UUID drillId) {
        jdbc.sql("delete from incident.drill_key where drill_id = :id").param("id", drillId).update();
    }

    private Optional<DrillKey> stored(UUID drillId) {
        return jdbc.sql("select key from incident.drill_key where drill_id = :id").param("id", drillId)
                .query(byte[].class).optional().map(bytes -> DrillKey.of(drillId, bytes));
    }

    private boolean recorded(UUID drillId) {
        return jdbc.sql("""
                        select exists (select 1 from incident.domain_event_entry
                                       where aggregate_identifier = :id and type = 'Drill')""")
                .param("id", drillId.toString()).query(Boolean.class).single();
    }
}
