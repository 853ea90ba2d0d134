package org.agendaledger.app.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one encoding every hash of the audit is taken over — an event's, the stream heads', a checkpoint's, an
 * export head's: a sequence of netstrings ({@code <byte length>:<UTF-8 bytes>,}), an absent value written as
 * {@code -,}, so that no value can run into the next and "absent" differs from "empty"; and the SHA-256 of those
 * bytes, written {@code sha256:<lower-case hex>}.
 */
final class Netstrings {

    static final String PREFIX = "sha256:";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

    static Netstrings of(String... fields) {
        Netstrings netstrings = new Netstrings();
        for (String field : fields) {
            netstrings.add(field);
        }
        return netstrings;
    }

    Netstrings add(String field) {
        if (field == null) {
            out.writeBytes("-,".getBytes(StandardCharsets.US_ASCII));
        } else {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(bytes);
            out.write(',');
        }
        return this;
    }

    Netstrings add(long number) {
        return add(Long.toString(number));
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    String sha256() {
        return sha256(bytes());
    }

    static String sha256(byte[] bytes) {
        try {
            return PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
