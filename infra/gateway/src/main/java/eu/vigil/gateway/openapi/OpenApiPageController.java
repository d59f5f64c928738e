package eu.vigil.gateway.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * One page that browses the three documents: Swagger UI from its WebJar, started by {@code /openapi/initializer.js}
 * since the gateway's Content-Security-Policy allows no inline script.
 */
@Controller
class OpenApiPageController {

    private final String swaggerUiVersion;

    OpenApiPageController() {
        try {
            this.swaggerUiVersion = PropertiesLoaderUtils.loadProperties(
                    new ClassPathResource("META-INF/maven/org.webjars/swagger-ui/pom.properties"))
                    .getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("the swagger-ui WebJar is missing", e);
        }
    }

    @GetMapping("/openapi")
    String page(Model model) {
        model.addAttribute("swaggerUi", "/webjars/swagger-ui/" + swaggerUiVersion);
        return "openapi/index";
    }
}
