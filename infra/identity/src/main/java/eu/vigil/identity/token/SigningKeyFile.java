package eu.vigil.identity.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The token signing key, kept in a JWK set file so tokens stay valid across a restart. */
public final class SigningKeyFile {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyFile.class);

    private SigningKeyFile() {}

    /** Reads the JWK set in {@code file}, or writes a new one with a fresh RSA 2048 key if there is none. */
    public static JWKSet loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return JWKSet.load(file.toFile());
            }
            JWKSet keys = new JWKSet(new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
                    .keyID(UUID.randomUUID().toString()).generate());
            write(file, keys);
            log.info("Generated a new signing key in {}", file);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the signing key file " + file, e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("The signing key file " + file + " is not a usable JWK set", e);
        }
    }

    private static void write(Path file, JWKSet keys) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "signing-key", ".tmp");
        if (Files.getFileStore(parent).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(temporary, keys.toString(false), StandardCharsets.UTF_8); // false: keep the private key
        Files.move(temporary, file); // no partial file if the write fails
    }
}
