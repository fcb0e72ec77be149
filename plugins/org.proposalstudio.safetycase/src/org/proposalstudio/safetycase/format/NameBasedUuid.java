package org.proposalstudio.safetycase.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/** RFC 4122 name-based UUIDs, version 5: the same namespace and name always give the same UUID. */
public final class NameBasedUuid {

	/** RFC 4122's namespace for URLs. */
	public static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

	private NameBasedUuid() {
	}

	/** The SHA-1 of the namespace's bytes and the name's UTF-8, with the version (5) and the variant bits set. */
	public static UUID of(UUID namespace, String name) {
		MessageDigest sha1;
		try {
			sha1 = MessageDigest.getInstance("SHA-1");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-1", e);
		}
		sha1.update(bytes(namespace));
		byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
		hash[6] = (byte) (hash[6] & 0x0f | 0x50);
		hash[8] = (byte) (hash[8] & 0x3f | 0x80);
		long most = 0;
		long least = 0;
		for (int i = 0; i < 8; i++) {
			most = most << 8 | hash[i] & 0xff;
			least = least << 8 | hash[i + 8] & 0xff;
		}
		return new UUID(most, least);
	}

	private static byte[] bytes(UUID uuid) {
		byte[] bytes = new byte[16];
		for (int i = 0; i < 8; i++) {
			bytes[i] = (byte) (uuid.getMostSignificantBits() >>> 8 * (7 - i));
			bytes[i + 8] = (byte) (uuid.getLeastSignificantBits() >>> 8 * (7 - i));
		}
		return bytes;
	}
}
