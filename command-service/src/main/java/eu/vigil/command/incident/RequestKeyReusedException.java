package eu.vigil.command.incident;

/**
 * An {@code Idempotency-Key} sent again with another request: a retry must repeat the request it retries. Answering
 * with the first request's result would hide that the second was never carried out.
 */
public class RequestKeyReusedException extends IncidentRuleException {

    public RequestKeyReusedException() {
        super("idempotency-key-reused", null, null, false);
    }
}
