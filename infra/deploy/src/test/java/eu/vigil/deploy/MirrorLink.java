package eu.vigil.deploy;

import org.apache.kafka.connect.mirror.MirrorMaker;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MirrorMaker 2 in this JVM, from the deployment's own file (mirror/hospital-to-cert.properties) with the values an
 * operator puts in the environment given here instead, as {@code connect-mirror-maker.sh file --clusters cert} runs it.
 */
final class MirrorLink implements AutoCloseable {

    private static final Pattern ENVIRONMENT = Pattern.compile("\\$\\{env:([A-Za-z0-9_]+)}");
    private static final Pattern COMMENTED_CREDENTIALS = Pattern.compile("#(cert|hospital)\\.(security|sasl|ssl)\\.");

    private final MirrorMaker mirrorMaker;

    private MirrorLink(MirrorMaker mirrorMaker) {
        this.mirrorMaker = mirrorMaker;
    }

    /** The file as MirrorMaker's script reads it ({@link Properties#load}), nothing filled in. */
    static Map<String, String> file() {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Repository.MIRROR)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var settings = new HashMap<String, String>();
        properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
        return settings;
    }

    /**
     * The file's commented-out lines of each side's listener ({@code #cert.sasl.jaas.config = ...}, continuation lines
     * included), as an operator who uncomments them gets them.
     */
    static Map<String, String> commentedCredentials() {
        var uncommented = new StringBuilder();
        try {
            boolean continued = false;
            for (String line : Files.readAllLines(Repository.MIRROR)) {
                if (continued || COMMENTED_CREDENTIALS.matcher(line).lookingAt()) {
                    uncommented.append(line.substring(1)).append('\n');
                    continued = line.endsWith("\\");
                }
            }
            var properties = new Properties();
            properties.load(new StringReader(uncommented.toString()));
            var settings = new HashMap<String, String>();
            properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MirrorLink start(Map<String, String> environment, int restPort) {
        return start(environment, restPort, Map.of());
    }

    /**
     * @param environment the value of every {@code ${env:NAME}} of the file; a name missing here fails the start
     * @param restPort    the internal REST server's port (the file's is fixed), 0 for any free one
     * @param uncommented lines added to the file, as an operator uncomments them ({@code ${env:...}} filled in too)
     */
    static MirrorLink start(Map<String, String> environment, int restPort, Map<String, String> uncommented) {
        var settings = new HashMap<String, String>();
        file().forEach((name, value) -> settings.put(name, fillIn(value, environment)));
        uncommented.forEach((name, value) -> settings.put(name, fillIn(value, environment)));
        settings.put("listeners", "http://127.0.0.1:" + restPort);
        // MirrorMaker swaps the thread's class loader for Connect's plugin loader; the test thread keeps its own
        ClassLoader testLoader = Thread.currentThread().getContextClassLoader();
        try {
            var mirrorMaker = new MirrorMaker(settings, List.of("cert"));
            try {
                mirrorMaker.start();
            } catch (RuntimeException | Error e) {
                mirrorMaker.stop();
                throw e;
            }
            return new MirrorLink(mirrorMaker);
        } finally {
            Thread.currentThread().setContextClassLoader(testLoader);
        }
    }

    private static String fillIn(String value, Map<String, String> environment) {
        Matcher reference = ENVIRONMENT.matcher(value);
        var filled = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            if (!environment.containsKey(name)) {
                throw new IllegalArgumentException("The mirror file needs " + name + " from the environment");
            }
            reference.appendReplacement(filled, Matcher.quoteReplacement(environment.get(name)));
        }
        return reference.appendTail(filled).toString();
    }

    /** Stops every worker and task, as the process would at SIGTERM; what it copied stays committed. */
    @Override
    public void close() {
        mirrorMaker.stop();
        mirrorMaker.awaitStop();
    }
}
