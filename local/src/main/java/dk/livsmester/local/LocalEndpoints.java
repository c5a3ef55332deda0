package dk.livsmester.local;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;

/** What answers the gateway's {@code /local/...} paths. */
interface LocalEndpoints {
    /** Answers the request if its path is one of these endpoints'; returns false otherwise. */
    boolean handle(HttpExchange ex, String method, String path) throws IOException;
}
