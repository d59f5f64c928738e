package eu.vigil.gateway.config;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;
import reactor.core.publisher.Flux;

import java.net.URI;
import java.util.List;

/**
 * Spring Cloud LoadBalancer's configuration for each service: its instances are the addresses listed in
 * {@link GatewayProperties}, taken in turn. Where several are listed (the local stack's {@code --instances}), an
 * instance that fails its {@code /actuator/health} check is left out until it passes again; a single address (one
 * instance, or a Kubernetes Service that balances by itself) is not checked.
 */
class ServiceInstances {

    @Bean
    ServiceInstanceListSupplier listedInstances(ConfigurableApplicationContext context, Environment environment,
                                                 GatewayProperties properties) {
        String service = environment.getRequiredProperty(LoadBalancerClientFactory.PROPERTY_NAME);
        var listed = Listed.of(service, properties.addressesOf(service));
        var instances = ServiceInstanceListSupplier.builder().withBase(listed);
        if (listed.instances().size() > 1) {
            instances = instances.withBlockingHealthChecks(RestClient.create());
        }
        return instances.build(context);
    }

    private record Listed(String serviceId, List<ServiceInstance> instances) implements ServiceInstanceListSupplier {

        static Listed of(String serviceId, List<URI> addresses) {
            return new Listed(serviceId, addresses.stream().map(address -> instance(serviceId, address)).toList());
        }

        private static ServiceInstance instance(String serviceId, URI address) {
            boolean secure = "https".equals(address.getScheme());
            int port = address.getPort() != -1 ? address.getPort() : secure ? 443 : 80;
            return new DefaultServiceInstance(serviceId + "@" + address.getHost() + ":" + port, serviceId,
                    address.getHost(), port, secure);
        }

        @Override
        public String getServiceId() {
            return serviceId;
        }

        @Override
        public Flux<List<ServiceInstance>> get() {
            return Flux.just(instances);
        }
    }
}
