package org.medkarta.documents.internal;

/**
 * Searching and reading big-endian numbers in a file's bytes.
 */
final class Bytes {

	private Bytes() {
	}

	static boolean startsWith(byte[] content, byte[] prefix) {
		return regionMatches(content, 0, prefix);
	}

	static boolean regionMatches(byte[] content, int offset, byte[] expected) {
		if (offset < 0 || offset > content.length - expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if (content[offset + i] != expected[i]) {
				return false;
			}
		}
		return true;
	}

	/** The first position of {@code needle} at or after {@code from}, or -1. */
	static int indexOf(byte[] content, byte[] needle, int from) {
		int last = content.length - needle.length;
		for (int i = Math.max(0, from); i <= last; i++) {
			if (content[i] == needle[0] && regionMatches(content, i, needle)) {
				return i;
			}
		}
		return -1;
	}

	/** The last position of {@code needle}, or -1. */
	static int lastIndexOf(byte[] content, byte[] needle) {
		for (int i = content.length - needle.length; i >= 0; i--) {
			if (content[i] == needle[0] && regionMatches(content, i, needle)) {
				return i;
			}
		}
		return -1;
	}

	static int u16(byte[] content, int offset) {
		return ((content[offset] & 0xFF) << 8) | (content[offset + 1] & 0xFF);
	}

	static long u32(byte[] content, int offset) {
		return ((long) u16(content, offset) << 16) | u16(content, offset + 2);
	}

}
