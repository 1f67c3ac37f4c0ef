package org.medkarta.documents.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.InflaterInputStream;

import org.medkarta.documents.DocumentRefusedException;
import org.medkarta.documents.DocumentRefusedException.Reason;

/**
 * Keeps a decompression bomb away from PDFBox, which inflates object streams and
 * cross-reference streams wholly into memory while it parses. Before the file is parsed,
 * the data after every {@code stream} keyword in the file is inflated here into nothing,
 * counting bytes, through as many Flate stages as it holds. The keyword is found by a
 * plain byte search, so no crafted string or comment can hide a stream from it. A stream
 * that inflates past {@link #MAX_STREAM}, or streams that together inflate past
 * {@link #MAX_TOTAL}, refuse the file. The limits are far above what a scan needs: a page
 * of A4 at 600 dpi in colour is about 100 MB.
 */
final class PdfStreamBudget {

	static final long MAX_STREAM = 128L * 1024 * 1024;

	static final long MAX_TOTAL = 512L * 1024 * 1024;

	/** Flate of Flate of … is decoded stage by stage, so the ratios multiply. */
	private static final int MAX_STAGES = 4;

	private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);

	private PdfStreamBudget() {
	}

	static void check(byte[] content) {
		long total = 0;
		for (int at = Bytes.indexOf(content, STREAM, 0); at >= 0; at = Bytes.indexOf(content, STREAM, at + 1)) {
			if (at > 0 && Character.isLetter(content[at - 1])) {
				continue;
			}
			total += inflatedSize(content, dataStart(content, at + STREAM.length));
			if (total > MAX_TOTAL) {
				throw new DocumentRefusedException(Reason.PDF_DAMAGED);
			}
		}
	}

	/** After the keyword: spaces, then an end of line (CR LF, LF, or a lone CR). */
	private static int dataStart(byte[] content, int from) {
		int position = from;
		while (position < content.length && (content[position] == ' ' || content[position] == '\t')) {
			position++;
		}
		if (position < content.length && content[position] == '\r') {
			position++;
		}
		if (position < content.length && content[position] == '\n') {
			position++;
		}
		return position;
	}

	/**
	 * What the data would inflate to, through each Flate stage whose output starts with
	 * another zlib header. Data that is not Flate counts its own length; a corrupt stream
	 * counts what came out before the error.
	 */
	private static long inflatedSize(byte[] content, int from) {
		InputStream data = new BufferedInputStream(new ByteArrayInputStream(content, from, content.length - from));
		long counted = 0;
		try {
			int stages = 0;
			while (stages < MAX_STAGES && startsWithZlibHeader(data)) {
				data = new BufferedInputStream(new InflaterInputStream(data));
				stages++;
			}
			if (stages == 0) {
				return 0;
			}
			byte[] buffer = new byte[64 * 1024];
			for (int read = data.read(buffer); read >= 0; read = data.read(buffer)) {
				counted += read;
				if (counted > MAX_STREAM) {
					throw new DocumentRefusedException(Reason.PDF_DAMAGED);
				}
			}
		}
		catch (IOException ex) {
			// A corrupt or truncated stream: PDFBox stops at the same point.
		}
		return counted;
	}

	/** RFC 1950: deflate with a window of at most 32 KB, and a header checksum. */
	private static boolean startsWithZlibHeader(InputStream data) throws IOException {
		data.mark(2);
		int method = data.read();
		int flags = data.read();
		data.reset();
		return method >= 0 && flags >= 0 && (method & 0x0F) == 8 && (method >> 4) <= 7
				&& ((method << 8) | flags) % 31 == 0;
	}

}
