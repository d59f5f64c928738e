package eu.vigil.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The edge's limits.
 *
 * @param maxBodyBytes   the largest request body (default 64 KiB: the longest report with every list full)
 * @param maxHeaderBytes the largest sum of request headers (default 16 KiB, below the container's own limit)
 */
@ConfigurationProperties("vigil.web")
public record WebKitProperties(@DefaultValue("65536") long maxBodyBytes, @DefaultValue("16384") long maxHeaderBytes) {
}
