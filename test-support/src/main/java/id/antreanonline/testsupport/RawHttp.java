package id.antreanonline.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 written by hand, for what a client library will not send or will not read: bytes it would encode, or a
 * body the server refuses from its headers alone. A client library that writes such a body races the server, which
 * answers and closes while the body is still being written, and then reports the broken pipe instead of the answer.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Sends {@code request} as written (ISO-8859-1) and reads the whole answer, 30 s at most. */
    public static String exchange(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The status a server gives to a request that declares a body of {@code length} bytes and sends none of it: what
     * it decides from the headers alone. {@code headers} are whole lines, each ending in CRLF.
     */
    public static int statusForDeclaredBody(int port, String method, String path, String headers, long length) {
        String answer = exchange(port, method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers
                + "Content-Length: " + length + "\r\n\r\n");
        if (!answer.startsWith("HTTP/1.1 ")) {
            throw new IllegalStateException("not an HTTP/1.1 answer: " + answer);
        }
        return Integer.parseInt(answer.substring(9, 12));
    }
}
