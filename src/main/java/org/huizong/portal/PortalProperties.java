package org.huizong.portal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The folders the portal's jobs and uploads work on: the same as the command line's {@code --input/--output/--config}. */
@ConfigurationProperties("huizong.portal")
public record PortalProperties(Path input, Path output, Path config) {
}
