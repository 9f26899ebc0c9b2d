package org.hillasexplorer.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A listener on 127.0.0.1 (a free port) that hostile files point their DTDs, entities and STREAM hrefs at: it counts
 * every connection, keeps the first request line of each and answers with a small HTTP 200 body (so a reader that does
 * fetch would get content to leak, not just an error). A reader that behaves makes {@link #requests()} empty.
 */
public final class LoopbackListener implements AutoCloseable {
    /** The body served for any path; it must never show up in what a reader returns. */
    public static final String SERVED_SECRET = "LOOPBACK-SECRET-7f3a";

    private final ServerSocket server;
    private final Thread acceptor;
    private final List<String> requests = new ArrayList<>();

    public LoopbackListener() throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setSoTimeout(50);
        acceptor = new Thread(this::acceptLoop, "loopback-listener-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The port, for URLs like {@code http://127.0.0.1:PORT/x.dtd}. */
    public int port() {
        return server.getLocalPort();
    }

    /** {@code http://127.0.0.1:PORT/} followed by {@code path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + "/" + path;
    }

    /** The first line of every connection received so far (after giving pending connections a moment to arrive). */
    public List<String> requests() {
        try {
            Thread.sleep(150); // a connection still in the backlog is accepted well within this
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The first line of every connection received so far, without waiting (for checks after each of many reads). */
    public List<String> requestsSoFar() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(500);
                String first = firstLine(s.getInputStream());
                synchronized (requests) {
                    requests.add(first.isEmpty() ? "(a connection without a request line)" : first);
                }
                byte[] body = SERVED_SECRET.getBytes(StandardCharsets.US_ASCII);
                OutputStream out = s.getOutputStream();
                out.write(("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            } catch (SocketTimeoutException e) {
                // no connection in this slice; look again unless closed
            } catch (IOException e) {
                if (!server.isClosed()) {
                    synchronized (requests) {
                        requests.add("(a connection that failed: " + e.getMessage() + ")");
                    }
                }
            }
        }
    }

    private static String firstLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        try {
            int c;
            while (sb.length() < 200 && (c = in.read()) != -1 && c != '\n') {
                if (c != '\r') {
                    sb.append((char) c);
                }
            }
        } catch (SocketTimeoutException e) {
            // a client that connected but sent nothing still counts
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
