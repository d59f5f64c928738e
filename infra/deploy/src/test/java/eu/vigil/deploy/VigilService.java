package eu.vigil.deploy;

import java.nio.file.Path;

/** The four containers of a deployment and the module whose configuration each runs with. */
enum VigilService {

    COMMAND_SERVICE("command-service", "command-service"),
    QUERY_SERVICE("query-service", "query-service"),
    NOTIFIER("notifier", "notifier"),
    GATEWAY("gateway", "infra/gateway");

    private final String serviceName;
    private final String module;

    VigilService(String serviceName, String module) {
        this.serviceName = serviceName;
        this.module = module;
    }

    /** Its name in the manifests, the Compose file and the image: the module's artifactId. */
    String serviceName() {
        return serviceName;
    }

    Path module() {
        return Repository.ROOT.resolve(module);
    }

    ServiceConfig config() {
        return ServiceConfig.of(this);
    }

    static VigilService named(String name) {
        for (VigilService service : values()) {
            if (service.serviceName.equals(name)) {
                return service;
            }
        }
        throw new IllegalArgumentException("No Vigil service named " + name);
    }
}
