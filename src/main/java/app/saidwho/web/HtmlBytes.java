package app.saidwho.web;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Rendered pages go out as UTF-8 bytes made by the JDK's encoder, which copies an ASCII page in one go.
 * The built-in writer hands the string to Netty, which encodes it a character at a time into the buffer:
 * a fifth of a question page's CPU (docs/benchmarks.md). The bytes are the same.
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public class HtmlBytes implements ServerMessageBodyWriter<String> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return type == String.class;
    }

    @Override
    public void writeResponse(String page, Type genericType, ServerRequestContext context) {
        context.serverResponse().end(page.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == String.class;
    }

    @Override
    public void writeTo(String page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(page.getBytes(StandardCharsets.UTF_8));
    }
}
