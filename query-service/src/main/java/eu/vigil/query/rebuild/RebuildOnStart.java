package eu.vigil.query.rebuild;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The command-line switch {@code --vigil.rebuild=register,timeline} (or {@code all}): once the service is up and
 * answering, it rebuilds the named read models one after another; the console shows their progress.
 */
@Component
class RebuildOnStart implements ApplicationRunner {

    private final ReadModelRebuilds rebuilds;
    private final List<String> requested;

    RebuildOnStart(ReadModelRebuilds rebuilds, @Value("${vigil.rebuild:}") List<String> requested) {
        this.rebuilds = rebuilds;
        this.requested = requested;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        var readModels = requested.contains("all") ? rebuilds.readModels() : requested;
        readModels.stream().filter(name -> !name.isBlank()).forEach(rebuilds::start);
    }
}
