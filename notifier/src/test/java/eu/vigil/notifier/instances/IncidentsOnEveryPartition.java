package eu.vigil.notifier.instances;

import eu.vigil.contracts.IncidentId;
import org.apache.kafka.common.utils.Utils;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Incidents whose events the producer's default partitioner (by the key, the incident id) sends to every partition. */
final class IncidentsOnEveryPartition {

    private IncidentsOnEveryPartition() {
    }

    /** {@code perPartition} incidents on each of the topic's {@code vigil.topics.partitions} partitions. */
    static List<IncidentId> of(Map<String, Object> properties, int perPartition) {
        int partitions = Integer.parseInt(properties.get("vigil.topics.partitions").toString());
        var onPartition = new HashMap<Integer, Integer>();
        var incidents = new ArrayList<IncidentId>();
        while (incidents.size() < partitions * perPartition) {
            var incident = IncidentId.generate();
            byte[] key = incident.toString().getBytes(StandardCharsets.UTF_8);
            int partition = Utils.toPositive(Utils.murmur2(key)) % partitions;
            if (onPartition.merge(partition, 1, Integer::sum) <= perPartition) {
                incidents.add(incident);
            }
        }
        return incidents;
    }
}
