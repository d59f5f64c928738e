package eu.vigil.query.register;

/**
 * The orders the incident list offers. Each sorts by one whole-number key (and the incident id on a tie), so a
 * page ends at a (key, id) pair the next page starts after: keyset paging, never OFFSET.
 */
public enum IncidentSort {

    AWARE_AT("aware-at", "floor(extract(epoch from r.aware_at) * 1000000)::bigint", true),
    REPORTED_AT("reported-at", "floor(extract(epoch from r.reported_at) * 1000000)::bigint", true),
    SEVERITY("severity", """
            (case r.severity when 'critical' then 4 when 'high' then 3 when 'medium' then 2 when 'low' then 1
             else 0 end)::bigint""", true),
    // incidents without a running report (or owed "without undue delay") come last
    NEXT_DUE("next-due", "coalesce(floor(extract(epoch from o.next_due) * 1000000)::bigint, 9223372036854775807)",
            false);

    private final String code;
    private final String key;
    private final boolean descending;

    IncidentSort(String code, String key, boolean descending) {
        this.code = code;
        this.key = key;
        this.descending = descending;
    }

    public String code() {
        return code;
    }

    String keySql() {
        return key;
    }

    String afterSql() {
        return descending ? "(sort_key, incident_id) < (:afterKey, :afterId)"
                : "(sort_key, incident_id) > (:afterKey, :afterId)";
    }

    String orderSql() {
        return descending ? "sort_key desc, incident_id desc" : "sort_key, incident_id";
    }
}
