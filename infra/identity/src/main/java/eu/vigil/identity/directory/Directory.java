package eu.vigil.identity.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The users and machine clients of the directory file, without their passwords and secrets. */
public final class Directory {

    private final Map<String, Member> users;
    private final Map<String, Member> clients;

    private Directory(DirectoryFile file) {
        this.users = file.users().stream()
                .map(user -> new Member(user.username(), user.roles(), user.hospital()))
                .collect(Collectors.toUnmodifiableMap(Member::id, Function.identity()));
        this.clients = file.clients().stream()
                .map(client -> new Member(client.clientId(), client.roles(), client.hospital()))
                .collect(Collectors.toUnmodifiableMap(Member::id, Function.identity()));
    }

    public static Directory of(DirectoryFile file) {
        return new Directory(file);
    }

    public static DirectoryFile read(Path file, ObjectMapper json) {
        try {
            return json.readValue(file.toFile(), DirectoryFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the directory file " + file
                    + " (set vigil.identity.directory-file)", e);
        }
    }

    public Optional<Member> user(String username) {
        return Optional.ofNullable(users.get(username));
    }

    public Optional<Member> client(String clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }
}
