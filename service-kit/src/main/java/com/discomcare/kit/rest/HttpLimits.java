package com.discomcare.kit.rest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The longest request URI and the most header bytes a service accepts; longer ones get 414 or 431 as a problem
 * document. Vert.x's own limits ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size})
 * must lie well above these: a request past them is refused by Vert.x itself, without a body.
 */
@ConfigMapping(prefix = "service-kit.http")
public interface HttpLimits {

    /** Characters of the request target (path and query). */
    @WithDefault("4096")
    int maxUriLength();

    /** Bytes of all header lines together, each counted as name, ": ", value and CRLF. */
    @WithDefault("16384")
    int maxHeaderSize();
}
