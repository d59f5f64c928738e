package eu.vigil.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Reads YAML and JSON files as Jackson trees; SnakeYAML resolves anchors and merge keys first. */
final class Yamls {

    static final ObjectMapper JSON = new ObjectMapper();

    private Yamls() {
    }

    /** Every document of a file, empty ones left out. */
    static List<JsonNode> documents(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            var documents = new ArrayList<JsonNode>();
            for (Object document : new Yaml().loadAll(reader)) {
                if (document != null) {
                    documents.add(JSON.valueToTree(document));
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode document(Path file) {
        return documents(file).get(0);
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of every .yaml file under a folder. */
    static List<JsonNode> allDocumentsUnder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted()
                    .flatMap(file -> documents(file).stream()).filter(Objects::nonNull).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
