package eu.vigil.deploy;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * A certificate authority made for one test run: its certificate as PEM (what a client's {@code ssl.truststore.type
 * = PEM} file holds) and the broker certificates it signs, each in a PKCS12 keystore.
 */
final class CertificateAuthority {

    private static final String SIGNATURE = "SHA256withECDSA";
    private static final Duration VALIDITY = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final X500Name name;
    private final PrivateKey signingKey;
    private final X509Certificate certificate;

    private CertificateAuthority(X500Name name, PrivateKey signingKey, X509Certificate certificate) {
        this.name = name;
        this.signingKey = signingKey;
        this.certificate = certificate;
    }

    /** A new self-signed CA, with a key of its own. */
    static CertificateAuthority create(String commonName) {
        var name = new X500Name("CN=" + commonName);
        KeyPair keys = newKeyPair();
        try {
            var builder = builder(name, name, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            return new CertificateAuthority(name, keys.getPrivate(), sign(builder, keys.getPrivate()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes this CA's certificate, PEM-encoded, into the file, and returns the file. */
    Path writeCertificate(Path file) {
        try (var writer = new JcaPEMWriter(Files.newBufferedWriter(file))) {
            writer.writeObject(certificate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Writes a PKCS12 keystore holding a new key and its server certificate signed by this CA (with this CA's own
     * certificate as the chain) for localhost and 127.0.0.1: clients check the name they connect to, and the embedded
     * broker advertises 127.0.0.1.
     */
    Path issueLocalhostKeystore(Path file, String password) {
        KeyPair keys = newKeyPair();
        var localhost = new GeneralNames(new GeneralName[] {new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1")});
        try (OutputStream out = Files.newOutputStream(file)) {
            var builder = builder(name, new X500Name("CN=localhost"), keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, localhost);
            var keystore = KeyStore.getInstance("PKCS12");
            keystore.load(null, null);
            keystore.setKeyEntry("broker", keys.getPrivate(), password.toCharArray(),
                    new Certificate[] {sign(builder, signingKey), certificate});
            keystore.store(out, password.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, PublicKey key) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM).add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofMinutes(1))), Date.from(now.plus(VALIDITY)), subject, key);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(issuerKey)));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
