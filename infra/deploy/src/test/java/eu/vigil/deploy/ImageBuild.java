package eu.vigil.deploy;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Jib plugin's declarations: the parent's shared configuration and each service's own. */
final class ImageBuild {

    static final String JIB = "jib-maven-plugin";

    private ImageBuild() {
    }

    /** The parent's pluginManagement entry. */
    static Element shared() {
        Element management = child(pom(Repository.ROOT.resolve("pom.xml")).getDocumentElement(), "build")
                .flatMap(build -> child(build, "pluginManagement")).flatMap(m -> child(m, "plugins"))
                .orElseThrow(() -> new AssertionError("The parent pom has no pluginManagement"));
        return jib(management).orElseThrow(() -> new AssertionError("The parent pom does not manage Jib"));
    }

    /** The service's build plugin entry, if it declares one. */
    static Optional<Element> of(VigilService service) {
        return child(pom(service.module().resolve("pom.xml")).getDocumentElement(), "build")
                .flatMap(build -> child(build, "plugins")).flatMap(ImageBuild::jib);
    }

    /** The container's user, uid:gid. */
    static String user() {
        return text(shared(), "configuration", "container", "user");
    }

    static String text(Element element, String... path) {
        Element at = element;
        for (String name : path) {
            Element parent = at;
            at = child(at, name).orElseThrow(() -> new AssertionError("No <" + name + "> in <"
                    + parent.getTagName() + ">"));
        }
        return at.getTextContent().trim();
    }

    static List<String> texts(Element element, String... path) {
        Element at = element;
        for (int i = 0; i < path.length - 1; i++) {
            Optional<Element> next = child(at, path[i]);
            if (next.isEmpty()) {
                return List.of();
            }
            at = next.get();
        }
        var values = new ArrayList<String>();
        for (Element child : children(at)) {
            if (child.getTagName().equals(path[path.length - 1])) {
                values.add(child.getTextContent().trim());
            }
        }
        return values;
    }

    static Optional<Element> child(Element parent, String name) {
        return children(parent).stream().filter(child -> child.getTagName().equals(name)).findFirst();
    }

    private static Optional<Element> jib(Element plugins) {
        return children(plugins).stream()
                .filter(plugin -> child(plugin, "artifactId").map(Node::getTextContent).orElse("").equals(JIB))
                .findFirst();
    }

    static List<Element> children(Element parent) {
        var children = new ArrayList<Element>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    static Document pom(Path file) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
