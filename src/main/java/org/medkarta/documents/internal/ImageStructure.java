package org.medkarta.documents.internal;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import org.medkarta.documents.DocumentRefusedException;
import org.medkarta.documents.DocumentRefusedException.Reason;

/**
 * Walks the structure of a JPEG or PNG without decoding it: the dimensions come from the
 * header and are checked before anything else, and the image must end exactly where its
 * format says it ends, so nothing can hide after it (SECURITY.md §10–11).
 */
final class ImageStructure {

	private static final int PNG_SIGNATURE_LENGTH = 8;

	private static final int PNG_CHUNK_OVERHEAD = 12;

	private static final long PNG_MAX_DIMENSION = Integer.MAX_VALUE;

	private ImageStructure() {
	}

	/**
	 * Checks a PNG: every chunk whole with a correct CRC, IHDR first with sane
	 * dimensions, at least one IDAT, and IEND as the last bytes of the file.
	 */
	static void checkPng(byte[] content, long maxPixels) {
		int position = PNG_SIGNATURE_LENGTH;
		boolean first = true;
		boolean imageData = false;
		while (true) {
			if (content.length - position < PNG_CHUNK_OVERHEAD) {
				throw refused(Reason.IMAGE_UNREADABLE);
			}
			long length = Bytes.u32(content, position);
			if (length > content.length - position - PNG_CHUNK_OVERHEAD) {
				throw refused(Reason.IMAGE_UNREADABLE);
			}
			int data = position + 8;
			int end = data + (int) length;
			String type = new String(content, position + 4, 4, StandardCharsets.US_ASCII);
			if (crc(content, position + 4, end) != Bytes.u32(content, end)) {
				throw refused(Reason.IMAGE_UNREADABLE);
			}
			if (first) {
				checkHeader(content, type, length, data, maxPixels);
				first = false;
			}
			imageData |= "IDAT".equals(type);
			position = end + 4;
			if ("IEND".equals(type)) {
				if (!imageData) {
					throw refused(Reason.IMAGE_UNREADABLE);
				}
				if (position != content.length) {
					throw refused(Reason.POLYGLOT);
				}
				return;
			}
		}
	}

	private static void checkHeader(byte[] content, String type, long length, int data, long maxPixels) {
		if (!"IHDR".equals(type) || length != 13) {
			throw refused(Reason.IMAGE_UNREADABLE);
		}
		long width = Bytes.u32(content, data);
		long height = Bytes.u32(content, data + 4);
		checkDimensions(width, height, PNG_MAX_DIMENSION, maxPixels);
	}

	private static long crc(byte[] content, int from, int to) {
		CRC32 crc = new CRC32();
		crc.update(content, from, to - from);
		return crc.getValue();
	}

	/**
	 * Checks a JPEG: segments walked from SOI, a frame header (SOF0–SOF15 except DHT, JPG
	 * and DAC) with sane dimensions before the first scan, entropy-coded data skipped up
	 * to the next marker, and EOI as the last bytes of the file.
	 */
	static void checkJpeg(byte[] content, long maxPixels) {
		int position = 2;
		boolean sized = false;
		while (true) {
			if (position >= content.length || (content[position] & 0xFF) != 0xFF) {
				throw refused(Reason.IMAGE_UNREADABLE);
			}
			while (position < content.length && (content[position] & 0xFF) == 0xFF) {
				position++;
			}
			if (position >= content.length) {
				throw refused(Reason.IMAGE_UNREADABLE);
			}
			int marker = content[position++] & 0xFF;
			if (marker == 0xD9) {
				if (!sized) {
					throw refused(Reason.IMAGE_UNREADABLE);
				}
				if (position != content.length) {
					throw refused(Reason.POLYGLOT);
				}
				return;
			}
			if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
				continue;
			}
			if (marker == 0x00 || marker == 0xD8 || content.length - position < 2) {
				throw refused(Reason.IMAGE_UNREADABLE);
			}
			int length = Bytes.u16(content, position);
			if (length < 2 || length > content.length - position) {
				throw refused(Reason.IMAGE_UNREADABLE);
			}
			if (isFrameHeader(marker)) {
				if (length < 8) {
					throw refused(Reason.IMAGE_UNREADABLE);
				}
				checkDimensions(Bytes.u16(content, position + 5), Bytes.u16(content, position + 3), 0xFFFF, maxPixels);
				sized = true;
			}
			position += length;
			if (marker == 0xDA) {
				if (!sized) {
					throw refused(Reason.IMAGE_UNREADABLE);
				}
				position = nextMarker(content, position);
			}
		}
	}

	/** SOF0–SOF15, which are C0–CF without DHT (C4), JPG (C8) and DAC (CC). */
	private static boolean isFrameHeader(int marker) {
		return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
	}

	/**
	 * Skips entropy-coded data: stuffed bytes (FF 00) and restart markers belong to it;
	 * any other marker ends it.
	 */
	private static int nextMarker(byte[] content, int from) {
		int position = from;
		while (position < content.length - 1) {
			if ((content[position] & 0xFF) != 0xFF) {
				position++;
				continue;
			}
			int next = content[position + 1] & 0xFF;
			if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
				position += 2;
			}
			else if (next == 0xFF) {
				position++;
			}
			else {
				return position;
			}
		}
		throw refused(Reason.IMAGE_UNREADABLE);
	}

	private static void checkDimensions(long width, long height, long maxDimension, long maxPixels) {
		if (width == 0 || height == 0 || width > maxDimension || height > maxDimension) {
			throw refused(Reason.IMAGE_UNREADABLE);
		}
		if (width * height > maxPixels) {
			throw refused(Reason.IMAGE_TOO_BIG, maxPixels / 1_000_000);
		}
	}

	private static DocumentRefusedException refused(Reason reason, Object... args) {
		return new DocumentRefusedException(reason, args);
	}

}
