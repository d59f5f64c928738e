package eu.vigil.command.drill.scenario;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

import java.nio.charset.StandardCharsets;

/** A small valid scenario file, which each refusal test breaks in one place. */
final class ScenarioSamples {

    static final String VALID = """
            {
              "id": "power-cut",
              "title": {"en": "Power cut", "fr": "Coupure de courant", "nl": "Stroomonderbreking",
                        "de": "Stromausfall", "es": "Corte de luz", "it": "Blackout", "pt": "Corte de energia"},
              "description": {"en": "The generator fails.", "fr": "Le groupe électrogène tombe en panne.",
                              "nl": "De noodgenerator valt uit.", "de": "Das Notstromaggregat fällt aus.",
                              "es": "Falla el generador.", "it": "Il generatore si guasta.", "pt": "O gerador avaria."},
              "category": "availability/outage",
              "injects": [
                {"offset": "PT0S",
                 "text": {"en": "Lights out", "fr": "Plus de lumière", "nl": "Licht uit", "de": "Licht aus",
                          "es": "Sin luz", "it": "Luci spente", "pt": "Luzes apagadas"},
                 "expectations": [{"who": "SECURITY_OFFICER", "what": "RECORD_AWARENESS", "by": "PT1H"}]},
                {"offset": "PT40M",
                 "text": {"en": "Servers down", "fr": "Serveurs arrêtés", "nl": "Servers plat", "de": "Server aus",
                          "es": "Servidores caídos", "it": "Server spenti", "pt": "Servidores em baixo"},
                 "expectations": [{"who": "DPO", "what": "SUBMIT_EARLY_WARNING", "by": "LAW"}]}
              ]
            }
            """;

    private ScenarioSamples() {
    }

    static Resource file(String name, String json) {
        return new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
