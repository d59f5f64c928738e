package eu.vigil.gateway.config;

import java.util.Map;

import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Boot's client registrations, read from the issuer's discovery document on first use rather than at start-up:
 * the gateway starts (and answers health) while the identity provider is still starting or briefly away.
 */
class DiscoveredClientRegistrations implements ClientRegistrationRepository {

    private final OAuth2ClientProperties properties;
    private volatile Map<String, ClientRegistration> registrations;

    DiscoveredClientRegistrations(OAuth2ClientProperties properties) {
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return registrations().get(registrationId);
    }

    private Map<String, ClientRegistration> registrations() {
        Map<String, ClientRegistration> known = registrations;
        if (known == null) {
            synchronized (this) {
                if (registrations == null) {
                    registrations = Map.copyOf(new OAuth2ClientPropertiesMapper(properties).asClientRegistrations());
                }
                known = registrations;
            }
        }
        return known;
    }
}
