package com.discomcare.kit.rest;

import com.discomcare.kit.runtime.KitConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * Problem documents for what never reaches a JAX-RS resource: a URI or headers over {@link KitConfig.Http} (checked
 * before anything else), and every failure Vert.x answers itself (no route, a body over the size limit, a
 * malformed request target), which would otherwise go out as plain text or with no body at all.
 */
@Singleton
public class HttpProblems {

    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    /** Before Quarkus' own filters, which start at -1 and go down by priority. */
    private static final int FIRST = Integer.MIN_VALUE + 100;

    void install(@Observes Router router, KitConfig config, ObjectMapper json) {
        KitConfig.Http limits = config.http();
        router.route().order(FIRST).handler(context -> {
            HttpServerRequest request = context.request();
            int uriLength = request.uri().length();
            if (uriLength > limits.maxUriLength()) {
                send(context, json, 414, "URI too long", "the request URI has " + uriLength
                        + " characters; at most " + limits.maxUriLength() + " are accepted", false);
                return;
            }
            int headerSize = headerSize(request);
            if (headerSize > limits.maxHeaderSize()) {
                send(context, json, 431, "Request header fields too large", "the request headers take " + headerSize
                        + " bytes; at most " + limits.maxHeaderSize() + " are accepted", true);
                return;
            }
            context.next();
        });
        router.route().order(FIRST).failureHandler(context -> {
            if (context.response().headWritten()) {
                context.next();
            } else {
                sendFailure(context, json);
            }
        });
        // A failure before any route matched (e.g. a malformed percent-escape in the path) goes to these instead.
        for (int status = 400; status < 600; status++) {
            router.errorHandler(status, context -> {
                if (!context.response().headWritten()) {
                    sendFailure(context, json);
                }
            });
        }
    }

    private static void sendFailure(RoutingContext context, ObjectMapper json) {
        int status = context.statusCode() < 400 ? 500 : context.statusCode();
        if (status >= 500) {
            LOG.error("request failed in the HTTP layer: " + context.request().method() + " "
                    + context.request().path(), context.failure());
        }
        String title = HttpResponseStatus.valueOf(status).reasonPhrase();
        String detail = status >= 500 ? "the request failed on our side; it has been logged"
                : context.failure() != null && context.failure().getMessage() != null
                ? context.failure().getMessage() : title;
        send(context, json, status, title, detail, true);
    }

    private static int headerSize(HttpServerRequest request) {
        int size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private static void send(RoutingContext context, ObjectMapper json, int status, String title, String detail,
                             boolean withInstance) {
        var problem = new Problem("about:blank", title, status, detail,
                withInstance ? context.request().path() : null, null, null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document is always writable", e);
        }
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
