package eu.vigil.command.config;

import eu.vigil.testsupport.OpenApiDocumentContract;
import eu.vigil.testsupport.RealInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

/** The service's OpenAPI 3.1 document names every endpoint and every problem it can answer (issue 15). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class OpenApiDocumentIT extends OpenApiDocumentContract {

    OpenApiDocumentIT() {
        super("command-service");
    }
}
