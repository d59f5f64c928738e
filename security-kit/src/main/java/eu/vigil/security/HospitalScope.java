package eu.vigil.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;
import java.util.function.Function;

/**
 * Keeps another hospital's resource out of an answer. The caller then answers exactly as for an unknown id,
 * so that Vigil never confirms the resource exists; the refusal is audited.
 */
public final class HospitalScope {

    private HospitalScope() {
    }

    /**
     * @param found      the resource as looked up by id, whoever it belongs to
     * @param hospitalOf the id of the hospital the resource belongs to
     * @return the resource when it belongs to the user's hospital, empty otherwise
     */
    public static <T> Optional<T> ownOnly(Optional<T> found, Function<T, String> hospitalOf, VigilUser user) {
        if (found.isPresent() && !user.worksFor(hospitalOf.apply(found.get()))) {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                HttpServletRequest request = attributes.getRequest();
                RefusalAudit.refused(request, user, "resource of another hospital, answered as not found");
            }
            return Optional.empty();
        }
        return found;
    }
}
