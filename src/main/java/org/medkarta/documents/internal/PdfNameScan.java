package org.medkarta.documents.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.medkarta.documents.DocumentRefusedException.Reason;

/**
 * The raw byte scan of a PDF for the names of scripts, launch actions, attached files,
 * encryption, rich media and XFA forms. It reads the file's own syntax: names are
 * compared whole, with {@code #xx} escapes decoded, and literal strings, comments and
 * stream data are skipped, since they are not PDF syntax and compressed data would
 * otherwise match a short name such as {@code /JS} by chance. Names inside compressed
 * object streams are found by {@link PdfInspector}'s walk of every object instead.
 */
final class PdfNameScan {

	private static final Map<String, Reason> FORBIDDEN = Map.of("JavaScript", Reason.PDF_SCRIPT, "JS",
			Reason.PDF_SCRIPT, "Launch", Reason.PDF_SCRIPT, "RichMedia", Reason.PDF_SCRIPT, "XFA", Reason.PDF_SCRIPT,
			"EmbeddedFile", Reason.PDF_EMBEDDED, "EmbeddedFiles", Reason.PDF_EMBEDDED, "EF", Reason.PDF_EMBEDDED,
			"Encrypt", Reason.PDF_ENCRYPTED);

	private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] END_STREAM = "endstream".getBytes(StandardCharsets.US_ASCII);

	private PdfNameScan() {
	}

	/** Why a PDF with this name anywhere is refused, if it is. */
	static Optional<Reason> forbidden(String name) {
		return Optional.ofNullable(FORBIDDEN.get(name));
	}

	/** The reason to refuse the first forbidden name in the file's syntax, if any. */
	static Optional<Reason> scan(byte[] content) {
		int position = 0;
		while (position < content.length) {
			int c = content[position] & 0xFF;
			if (c == '%') {
				position = endOfLine(content, position);
			}
			else if (c == '(') {
				position = endOfString(content, position);
			}
			else if (c == '/') {
				int end = endOfToken(content, position + 1);
				Optional<Reason> reason = forbidden(name(content, position + 1, end));
				if (reason.isPresent()) {
					return reason;
				}
				position = end;
			}
			else if (isRegular(c)) {
				int end = endOfToken(content, position);
				boolean stream = end - position == STREAM.length && Bytes.regionMatches(content, position, STREAM);
				position = stream ? endOfStream(content, end) : end;
			}
			else {
				position++;
			}
		}
		return Optional.empty();
	}

	private static int endOfLine(byte[] content, int from) {
		int position = from;
		while (position < content.length && content[position] != '\n' && content[position] != '\r') {
			position++;
		}
		return position;
	}

	/** After a literal string: balanced parentheses, backslash escapes. */
	private static int endOfString(byte[] content, int from) {
		int depth = 0;
		int position = from;
		while (position < content.length) {
			byte c = content[position];
			if (c == '\\') {
				position += 2;
				continue;
			}
			if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return position + 1;
			}
			position++;
		}
		return content.length;
	}

	private static int endOfStream(byte[] content, int from) {
		int end = Bytes.indexOf(content, END_STREAM, from);
		return (end < 0) ? content.length : end + END_STREAM.length;
	}

	private static int endOfToken(byte[] content, int from) {
		int position = from;
		while (position < content.length && isRegular(content[position] & 0xFF)) {
			position++;
		}
		return position;
	}

	/** A name's characters with {@code #xx} escapes decoded. */
	private static String name(byte[] content, int from, int to) {
		ByteArrayOutputStream name = new ByteArrayOutputStream(to - from);
		for (int i = from; i < to; i++) {
			int high = (content[i] == '#' && i + 2 < to) ? Character.digit(content[i + 1], 16) : -1;
			int low = (high >= 0) ? Character.digit(content[i + 2], 16) : -1;
			if (low >= 0) {
				name.write(high * 16 + low);
				i += 2;
			}
			else {
				name.write(content[i]);
			}
		}
		return name.toString(StandardCharsets.ISO_8859_1);
	}

	/** Not white space (PDF 32000-1 §7.2.2) and not a delimiter (§7.2.3). */
	private static boolean isRegular(int c) {
		switch (c) {
			case 0, '\t', '\n', '\f', '\r', ' ', '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
				return false;
			default:
				return true;
		}
	}

}
