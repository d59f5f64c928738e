package eu.vigil.gateway;

/**
 * An OIDC issuer answering discovery, the authorization-code grant of a login a test prepared ({@link StubLogins}),
 * user info and the refresh-token grant, enough for the gateway's client side; the real provider is tested in
 * infra/identity.
 */
final class StubIssuer {

    static final String FRESH_ACCESS_TOKEN = "fresh-access-token";

    private static String issuer;
    private static final StubServer SERVER = StubServer.answering(request -> {
        if (request.path().startsWith("/.well-known/openid-configuration")) {
            return StubServer.json("""
                    {"issuer":"%1$s","authorization_endpoint":"%1$s/oauth2/authorize",
                     "token_endpoint":"%1$s/oauth2/token","jwks_uri":"%1$s/oauth2/jwks",
                     "userinfo_endpoint":"%1$s/userinfo","end_session_endpoint":"%1$s/connect/logout",
                     "response_types_supported":["code"],"subject_types_supported":["public"],
                     "id_token_signing_alg_values_supported":["RS256"],"scopes_supported":["openid","profile"]}
                    """.formatted(issuer));
        }
        if (request.path().equals("/oauth2/jwks")) {
            return StubServer.json(StubLogins.jwkSet());
        }
        if (request.path().equals("/oauth2/token") && request.body().contains("grant_type=authorization_code")) {
            String tokens = StubLogins.tokenResponse(issuer, StubServer.form(request.body()).get("code"));
            return tokens == null ? new StubServer.Reply(400, "application/json", "{\"error\":\"invalid_grant\"}")
                    : StubServer.json(tokens);
        }
        if (request.path().equals("/userinfo")) {
            return StubServer.json(StubLogins.userInfo(request.authorization()));
        }
        if (request.path().equals("/oauth2/token") && request.body().contains("grant_type=refresh_token")) {
            return StubServer.json("""
                    {"access_token":"%s","token_type":"Bearer","expires_in":900,"refresh_token":"refresh-2"}
                    """.formatted(FRESH_ACCESS_TOKEN));
        }
        return new StubServer.Reply(404, "text/plain", "not here");
    });

    static {
        issuer = SERVER.url();
    }

    private StubIssuer() {}

    static String url() {
        return issuer;
    }

    static StubServer server() {
        return SERVER;
    }
}
