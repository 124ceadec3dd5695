package id.antreanonline.edge;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import id.antreanonline.shared.BpjsEnvelope;
import id.antreanonline.shared.wsrs.WsrsMessages;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A path or query that decodes to a control character (a NUL, CR, LF ...), to bytes that are not UTF-8, or that is
 * not validly percent-encoded is refused before anything reads it: 400 {@code {"message"}}, or the envelope with HTTP
 * 200 under /wsrs. Nothing behind this sees such a byte, so no database error, no stack trace and no forged log line
 * can come of it.
 */
@ApplicationScoped
public class BadBytes {

    static final String MESSAGE = "Alamat atau parameter memuat karakter yang tidak diizinkan";
    private static final String ENVELOPE = Json.encode(BpjsEnvelope.failed(WsrsMessages.MALFORMED_REQUEST));
    private static final String REFUSAL = Json.encode(new ErrorMessage(MESSAGE));

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 10).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String path = ctx.request().path();
        if (clean(path) && clean(ctx.request().query())) {
            ctx.next();
            return;
        }
        boolean wsrs = path != null && path.startsWith("/wsrs");
        ctx.response().setStatusCode(wsrs ? 200 : 400).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(wsrs ? ENVELOPE : REFUSAL);
    }

    /** Whether the raw (percent-encoded) text decodes to UTF-8 without control characters. */
    static boolean clean(String raw) {
        if (raw == null) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return false;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c < 0x20 || c == 0x7f) {
                return false;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
            return text.chars().noneMatch(ch -> ch < 0x20 || ch == 0x7f);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Text fit for a log line: control characters shown as \\uXXXX, so input cannot start a line of its own. */
    public static String loggable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), 200));
        for (int i = 0; i < text.length() && i < 200; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return text.length() > 200 ? sb.append("...").toString() : sb.toString();
    }
}
