package eu.vigil.command.hashchain;

/**
 * The hash chain moved to eventstore-kit ({@link eu.vigil.eventstore.hashchain.HashChain}); this forwards to it
 * only until {@code incident.Incident} and {@code IncidentSnapshotIT} import the kit's class themselves.
 *
 * @deprecated use {@link eu.vigil.eventstore.hashchain.HashChain}
 */
@Deprecated(forRemoval = true)
public final class HashChain {

    public static final String KEY = eu.vigil.eventstore.hashchain.HashChain.KEY;

    public static final String GENESIS = eu.vigil.eventstore.hashchain.HashChain.GENESIS;

    private HashChain() {
    }

    public static String link(String previous, long sequence, Object payload) {
        return eu.vigil.eventstore.hashchain.HashChain.link(previous, sequence, payload);
    }
}
