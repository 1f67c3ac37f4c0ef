package org.medkarta.documents.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Real files, good and bad, made by the tests themselves: images with javax.imageio, PDFs
 * with PDFBox, archives with java.util.zip.
 */
final class SampleFiles {

	private SampleFiles() {
	}

	static byte[] png(int width, int height) {
		return image("png", width, height, false);
	}

	/** A PNG of random pixels, which barely compresses: about {@code 3 × w × h} bytes. */
	static byte[] noisyPng(int width, int height) {
		return image("png", width, height, true);
	}

	static byte[] jpeg(int width, int height) {
		return image("jpg", width, height, false);
	}

	/** A one-page PDF with a line of text. */
	static byte[] pdf() {
		return pdf((document) -> {
		});
	}

	static byte[] pdfWithJavaScriptOpenAction() {
		return pdf((document) -> document.getDocumentCatalog()
			.setOpenAction(new PDActionJavaScript("app.alert('Medkarta');")));
	}

	static byte[] pdfWithLaunchLink() {
		return pdf((document) -> {
			PDAnnotationLink link = new PDAnnotationLink();
			link.setRectangle(new PDRectangle(50, 50, 100, 20));
			PDActionLaunch launch = new PDActionLaunch();
			launch.setFile(new PDComplexFileSpecification());
			link.setAction(launch);
			document.getPage(0).getAnnotations().add(link);
		});
	}

	static byte[] pdfWithEmbeddedFile() {
		return pdf((document) -> {
			PDComplexFileSpecification spec = new PDComplexFileSpecification();
			spec.setFile("payload.txt");
			PDEmbeddedFile file = new PDEmbeddedFile(document,
					new ByteArrayInputStream("hidden".getBytes(StandardCharsets.US_ASCII)));
			file.setSubtype("text/plain");
			spec.setEmbeddedFile(file);
			PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
			tree.setNames(Map.of("payload.txt", spec));
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			names.setEmbeddedFiles(tree);
			document.getDocumentCatalog().setNames(names);
		});
	}

	static byte[] encryptedPdf() {
		return pdf((document) -> {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
		});
	}

	/** A ZIP archive with one HTML file, as appended to images to make polyglots. */
	static byte[] zip() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("index.html"));
			zip.write(html());
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] html() {
		return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] gif() {
		return "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(StandardCharsets.ISO_8859_1);
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	/**
	 * A valid PNG whose header then claims other dimensions, with the header's CRC made
	 * right again, so that only the dimensions are wrong.
	 */
	static byte[] pngClaiming(long width, long height) {
		byte[] png = png(8, 8);
		int ihdrType = 12;
		int data = ihdrType + 4;
		putU32(png, data, width);
		putU32(png, data + 4, height);
		CRC32 crc = new CRC32();
		crc.update(png, ihdrType, 4 + 13);
		putU32(png, data + 13, crc.getValue());
		return png;
	}

	static byte[] truncated(byte[] content) {
		return Arrays.copyOf(content, content.length / 2);
	}

	/** Text after a PDF header, padded to the given size: only the size is wrong. */
	static byte[] pdfHeaderOfSize(int size) {
		byte[] content = new byte[size];
		Arrays.fill(content, (byte) ' ');
		byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, content, 0, header.length);
		return content;
	}

	/**
	 * A small PDF whose object stream inflates to {@code inflated} bytes, through
	 * {@code stages} rounds of Flate: a decompression bomb.
	 */
	static byte[] pdfBomb(long inflated, int stages) {
		byte[] data = deflate(new ZerosInputStream(inflated));
		for (int stage = 1; stage < stages; stage++) {
			data = deflate(new ByteArrayInputStream(data));
		}
		String filters = "/FlateDecode ".repeat(stages).trim();
		byte[] head = ("%PDF-1.5\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter [" + filters + "] /Length "
				+ data.length + " >>\nstream\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] tail = "\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		return concat(head, data, tail);
	}

	private static byte[] deflate(InputStream input) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (input; DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(9))) {
			input.transferTo(deflater);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void putU32(byte[] content, int offset, long value) {
		content[offset] = (byte) (value >>> 24);
		content[offset + 1] = (byte) (value >>> 16);
		content[offset + 2] = (byte) (value >>> 8);
		content[offset + 3] = (byte) value;
	}

	private static byte[] image(String format, int width, int height, boolean noise) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		if (noise) {
			Random random = new Random(width * 31L + height);
			for (int y = 0; y < height; y++) {
				for (int x = 0; x < width; x++) {
					image.setRGB(x, y, random.nextInt(0x1000000));
				}
			}
		}
		else {
			Graphics2D graphics = image.createGraphics();
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.setColor(new Color(0x1F, 0x5F, 0xA8));
			graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
			graphics.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No image writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] pdf(PdfChange change) {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.beginText();
				text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				text.newLineAtOffset(72, 720);
				text.showText("Medkarta test document");
				text.endText();
			}
			change.apply(document);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class ZerosInputStream extends InputStream {

		private long left;

		ZerosInputStream(long length) {
			this.left = length;
		}

		@Override
		public int read() {
			if (this.left <= 0) {
				return -1;
			}
			this.left--;
			return 0;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.left <= 0) {
				return -1;
			}
			int count = (int) Math.min(length, this.left);
			Arrays.fill(buffer, offset, offset + count, (byte) 0);
			this.left -= count;
			return count;
		}

	}

	@FunctionalInterface
	private interface PdfChange {

		void apply(PDDocument document) throws IOException;

	}

}
