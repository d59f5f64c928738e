package eu.vigil.notifier.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.List;
import java.util.Map;

/**
 * Gives every Spring context of the notifier's tests its own SMTP server, GreenMail on a free port, stopped with the
 * context, and points {@code spring.mail} at it: a test never mails the local stack's mailbox (application.yml's
 * port 3025) or anything else that happens to listen on this machine. The server is the context's
 * {@link GreenMail} bean, for tests that read the mail. A context whose mail sender goes elsewhere fails to start.
 */
class OwnMailServerCustomizerFactory implements ContextCustomizerFactory {

    private static final String HOST = "127.0.0.1";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configurationAttributes) {
        return new OwnMailServer();
    }

    /** Equal for every test class, so that it does not split Spring's context cache. */
    private record OwnMailServer() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            var server = new GreenMail(new ServerSetup(0, HOST, ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
            int port = server.getSmtp().getPort();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("own-mail-server",
                    Map.of("spring.mail.host", HOST, "spring.mail.port", port)));
            var beans = (DefaultListableBeanFactory) context.getBeanFactory();
            beans.registerSingleton("ownMailServer", server);
            beans.registerDisposableBean("ownMailServer", server::stop); // also when the context fails to start
            ApplicationListener<ApplicationEvent> guard = event -> {
                if (event instanceof ContextRefreshedEvent refreshed) {
                    requireOwnServer(refreshed.getApplicationContext().getBeanProvider(JavaMailSenderImpl.class)
                            .getIfAvailable(), port);
                }
            };
            context.addApplicationListener(guard);
        }

        private static void requireOwnServer(JavaMailSenderImpl sender, int port) {
            if (sender != null && !(HOST.equals(sender.getHost()) && sender.getPort() == port)) {
                throw new IllegalStateException("The notifier under test would mail " + sender.getHost() + ":"
                        + sender.getPort() + ", not its own test server " + HOST + ":" + port
                        + ": a test uses only the servers it starts (the local stack's mailbox listens on 3025)");
            }
        }
    }
}
