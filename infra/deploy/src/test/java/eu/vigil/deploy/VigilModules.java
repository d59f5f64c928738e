package eu.vigil.deploy;

import org.w3c.dom.Element;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The repository's modules and which of them a service runs with, read from the poms: the kits whose resources (an
 * application-&lt;profile&gt;.yml) are on its classpath, such as web-kit's json-logs profile that every service gets
 * through security-kit or directly.
 */
final class VigilModules {

    private static final String GROUP = "eu.vigil";
    private static final Map<String, Path> BY_ARTIFACT = byArtifact();

    private VigilModules() {
    }

    /** The folders of the Vigil modules on the module's runtime classpath, its own first, then breadth first. */
    static Set<Path> runtimeClasspath(Path module) {
        var found = new LinkedHashSet<Path>();
        var next = new ArrayDeque<Path>();
        next.add(module);
        while (!next.isEmpty()) {
            Path current = next.poll();
            if (found.add(current)) {
                runtimeDependencies(current, current.equals(module)).forEach(next::add);
            }
        }
        return found;
    }

    /** The Vigil modules a pom brings at run time: no test or provided scope, no optional one beyond the first. */
    private static Set<Path> runtimeDependencies(Path module, boolean direct) {
        var dependencies = new LinkedHashSet<Path>();
        Element project = ImageBuild.pom(module.resolve("pom.xml")).getDocumentElement();
        ImageBuild.child(project, "dependencies").ifPresent(declared -> {
            for (Element dependency : ImageBuild.children(declared)) {
                String group = ImageBuild.texts(dependency, "groupId").stream().findFirst().orElse("");
                String scope = ImageBuild.texts(dependency, "scope").stream().findFirst().orElse("compile");
                boolean optional = ImageBuild.texts(dependency, "optional").contains("true");
                Path folder = BY_ARTIFACT.get(ImageBuild.text(dependency, "artifactId"));
                if ((group.equals(GROUP) || group.equals("${project.groupId}")) && folder != null
                        && (scope.equals("compile") || scope.equals("runtime")) && (direct || !optional)) {
                    dependencies.add(folder);
                }
            }
        });
        return dependencies;
    }

    private static Map<String, Path> byArtifact() {
        var modules = new LinkedHashMap<String, Path>();
        Element root = ImageBuild.pom(Repository.ROOT.resolve("pom.xml")).getDocumentElement();
        for (String module : ImageBuild.texts(root, "modules", "module")) {
            Path folder = Repository.ROOT.resolve(module);
            modules.put(ImageBuild.text(ImageBuild.pom(folder.resolve("pom.xml")).getDocumentElement(),
                    "artifactId"), folder);
        }
        return modules;
    }
}
