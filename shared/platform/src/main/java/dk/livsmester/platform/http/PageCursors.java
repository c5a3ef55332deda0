package dk.livsmester.platform.http;

import dk.livsmester.domain.Caller;
import dk.livsmester.platform.config.SecurityConfig;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Paging cursors sealed with an HMAC (SHA-256, 128 bits kept) over the caller's subject, the list it pages (path and
 * filters) and the store's own cursor: {@code <store cursor>.<mac>}. Another caller's, another list's, a forged or an
 * edited cursor is refused at the edge. The key is {@code livsmester.security.cursor-key} (in AWS a generated
 * Secrets Manager secret); without one, each function instance makes its own, so a cursor holds only where it was made.
 */
@Singleton
public class PageCursors {
    private static final Logger LOG = LoggerFactory.getLogger(PageCursors.class);
    private final SecretKeySpec key;

    public PageCursors(SecurityConfig config) {
        byte[] secret;
        if (config.getCursorKey() != null && !config.getCursorKey().isBlank()) {
            secret = config.getCursorKey().getBytes(StandardCharsets.UTF_8);
        } else {
            LOG.warn("livsmester.security.cursor-key not set: cursors hold only in this instance");
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String seal(String storeCursor, Caller caller, String query) {
        return storeCursor + "." + mac(storeCursor, caller, query);
    }

    public boolean valid(String sealed, Caller caller, String query) {
        int dot = sealed.lastIndexOf('.');
        if (dot <= 0 || sealed.length() > 2048) {
            return false;
        }
        byte[] expected = mac(sealed.substring(0, dot), caller, query).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, sealed.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String storeCursor, Caller caller, String query) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal((caller.subject() + "\n" + query + "\n" + storeCursor).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
