-- Keycloak keeps its realm in a database of its own, beside Vigil's (run once, on the first start of the volume)
CREATE DATABASE keycloak;
