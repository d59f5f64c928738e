package eu.vigil.web.openapi;

import java.util.Set;

/**
 * Where a service's OpenAPI document finds its domain rules: the {@code problem.<code>.title} keys of
 * {@code bundle}, each answered with 422 unless it is one of the {@code conflicts} (409), as docs/problems.md
 * lists them. A service without such a bean documents the rules of {@code messages.properties}, all as 422.
 */
public record DomainRules(String bundle, Set<String> conflicts) {

    public DomainRules {
        conflicts = Set.copyOf(conflicts);
    }

    public static DomainRules of(String... conflicts) {
        return new DomainRules("messages.properties", Set.of(conflicts));
    }
}
