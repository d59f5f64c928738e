package eu.vigil.notifier.config;

import eu.vigil.notifier.rules.RuleBook;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RulesConfig {

    /** Read and checked once at start: a broken rule file stops the notifier with the file and rule named. */
    @Bean
    RuleBook ruleBook() {
        return RuleBook.load();
    }
}
