package eu.vigil.identity.config;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.vigil.identity.directory.Directory;
import eu.vigil.identity.directory.DirectoryFile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.provisioning.UserDetailsManager;

/** Users and registered clients from the directory file; passwords and secrets are encoded here and dropped. */
@Configuration(proxyBeanMethods = false)
class DirectoryConfig {

    @Bean
    DirectoryFile directoryFile(IdentityProperties properties, ObjectMapper json) {
        return Directory.read(properties.directoryFile(), json);
    }

    @Bean
    Directory directory(DirectoryFile file) {
        return Directory.of(file);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsManager users(DirectoryFile file, PasswordEncoder encoder) {
        List<UserDetails> users = file.users().stream()
                .map(user -> User.withUsername(user.username()).password(encoder.encode(user.password()))
                        .roles(user.roles().toArray(String[]::new)).build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    RegisteredClientRepository registeredClients(DirectoryFile file, PasswordEncoder encoder,
                                                 IdentityProperties properties) {
        TokenSettings tokens = TokenSettings.builder()
                .accessTokenTimeToLive(properties.accessTokenTimeToLive())
                .refreshTokenTimeToLive(properties.refreshTokenTimeToLive())
                .build();
        List<RegisteredClient> clients = new ArrayList<>();
        DirectoryFile.Gateway gateway = file.gateway();
        if (gateway != null) {
            clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(gateway.clientId())
                    .clientSecret(encoder.encode(gateway.secret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUri(gateway.redirectUri())
                    .postLogoutRedirectUri(gateway.postLogoutRedirectUri())
                    .scope(OidcScopes.OPENID)
                    .scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .tokenSettings(tokens)
                    .build());
        }
        file.clients().forEach(client -> clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(client.clientId())
                .clientSecret(encoder.encode(client.secret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(tokens)
                .build()));
        return new InMemoryRegisteredClientRepository(clients);
    }
}
