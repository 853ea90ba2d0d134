package org.agendaledger.command.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a canonical, unambiguous encoding of a text's parts: every part is written as its length,
 * a colon and its characters, so no two different contents share an encoding.
 */
public final class ContentHash {

    private final StringBuilder canonical = new StringBuilder();

    public ContentHash add(Object part) {
        String text = part == null ? "\u2205" : part.toString();
        canonical.append(text.length()).append(':').append(text).append(';');
        return this;
    }

    public ContentHash open(String label) {
        canonical.append('{').append(label);
        return this;
    }

    public ContentHash close() {
        canonical.append('}');
        return this;
    }

    public String sha256() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available on this JVM", e);
        }
    }
}
