package org.medkarta.documents.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.medkarta.documents.DocumentRefusedException;
import org.medkarta.documents.DocumentRefusedException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * SECURITY.md §10–11, with real files made here: what is accepted, and each bad file
 * refused with its own message and status.
 */
class DocumentInspectorTests {

	private final DocumentInspector inspector = new DocumentInspector();

	@Test
	void acceptsAPngAsPng() {
		assertThat(this.inspector.inspect(SampleFiles.png(64, 48)).contentType()).isEqualTo("image/png");
	}

	@Test
	void acceptsAJpegAsJpeg() {
		assertThat(this.inspector.inspect(SampleFiles.jpeg(64, 48)).contentType()).isEqualTo("image/jpeg");
	}

	@Test
	void acceptsAPdfWithTextAsPdf() {
		assertThat(this.inspector.inspect(SampleFiles.pdf()).contentType()).isEqualTo("application/pdf");
	}

	@Test
	void acceptsAnImageOfExactlyFortyMegapixels() {
		assertThat(this.inspector.inspect(SampleFiles.pngClaiming(8000, 5000))).isEqualTo(DocumentType.PNG);
	}

	@Test
	void refusesHtmlRenamedToPdf() {
		assertRefused(SampleFiles.html(), Reason.TYPE, 415, "documents.refused.type");
	}

	@Test
	void refusesAZipAndAGifByTheirContent() {
		assertRefused(SampleFiles.zip(), Reason.TYPE, 415, "documents.refused.type");
		assertRefused(SampleFiles.gif(), Reason.TYPE, 415, "documents.refused.type");
	}

	@Test
	void refusesAnEmptyFile() {
		assertRefused(new byte[0], Reason.EMPTY, 415, "documents.refused.empty");
	}

	@Test
	void refusesAJpegWithAZipAppended() {
		byte[] polyglot = SampleFiles.concat(SampleFiles.jpeg(32, 32), SampleFiles.zip());
		assertRefused(polyglot, Reason.POLYGLOT, 422, "documents.refused.polyglot");
	}

	@Test
	void refusesImagesWithAnythingAfterTheirEnd() {
		byte[] trailer = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.US_ASCII);
		assertRefused(SampleFiles.concat(SampleFiles.jpeg(32, 32), trailer), Reason.POLYGLOT, 422,
				"documents.refused.polyglot");
		assertRefused(SampleFiles.concat(SampleFiles.png(32, 32), trailer), Reason.POLYGLOT, 422,
				"documents.refused.polyglot");
	}

	@Test
	void refusesAPdfWithAnythingAfterItsEnd() {
		assertRefused(SampleFiles.concat(SampleFiles.pdf(), SampleFiles.html()), Reason.POLYGLOT, 422,
				"documents.refused.polyglot");
	}

	@Test
	void refusesAPdfWithAJavaScriptOpenAction() {
		assertRefused(SampleFiles.pdfWithJavaScriptOpenAction(), Reason.PDF_SCRIPT, 422,
				"documents.refused.pdf-script");
	}

	@Test
	void refusesAPdfWithALaunchActionInALink() {
		assertRefused(SampleFiles.pdfWithLaunchLink(), Reason.PDF_SCRIPT, 422, "documents.refused.pdf-script");
	}

	@Test
	void refusesAPdfWithAnEmbeddedFile() {
		assertRefused(SampleFiles.pdfWithEmbeddedFile(), Reason.PDF_EMBEDDED, 422, "documents.refused.pdf-embedded");
	}

	@Test
	void refusesAnEncryptedPdf() {
		assertRefused(SampleFiles.encryptedPdf(), Reason.PDF_ENCRYPTED, 422, "documents.refused.pdf-encrypted");
	}

	@Test
	void refusesAPdfThatCannotBeParsed() {
		byte[] broken = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog\nendobj\ntrailer\n<< >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
		assertRefused(broken, Reason.PDF_DAMAGED, 422, "documents.refused.pdf-damaged");
		assertRefused(SampleFiles.truncated(SampleFiles.pdf()), Reason.PDF_DAMAGED, 422,
				"documents.refused.pdf-damaged");
	}

	@Test
	void refusesAFileOfTenMegabytesAndOneByte() {
		DocumentRefusedException refused = assertRefused(SampleFiles.pdfHeaderOfSize(DocumentInspector.MAX_BYTES + 1),
				Reason.TOO_LARGE, 413, "documents.refused.too-large");
		assertThat(refused.args()).containsExactly(10);
	}

	@Test
	void looksAtTheContentOfAFileOfExactlyTenMegabytes() {
		assertRefused(new byte[DocumentInspector.MAX_BYTES], Reason.TYPE, 415, "documents.refused.type");
	}

	@Test
	void refusesAPngWhoseHeaderClaimsTwentyThousandPixelsSquare() {
		assertRefused(SampleFiles.pngClaiming(20_000, 20_000), Reason.IMAGE_TOO_BIG, 413,
				"documents.refused.image-too-big");
		assertRefused(SampleFiles.pngClaiming(8000, 5001), Reason.IMAGE_TOO_BIG, 413,
				"documents.refused.image-too-big");
	}

	@Test
	void refusesAnImageWhoseDimensionsCannotBeRead() {
		assertRefused(SampleFiles.pngClaiming(0, 100), Reason.IMAGE_UNREADABLE, 422,
				"documents.refused.image-unreadable");
		byte[] badCrc = SampleFiles.png(16, 16);
		badCrc[20] ^= 1;
		assertRefused(badCrc, Reason.IMAGE_UNREADABLE, 422, "documents.refused.image-unreadable");
	}

	@Test
	void refusesATruncatedJpegAndPng() {
		assertRefused(SampleFiles.truncated(SampleFiles.jpeg(64, 64)), Reason.IMAGE_UNREADABLE, 422,
				"documents.refused.image-unreadable");
		assertRefused(SampleFiles.truncated(SampleFiles.png(64, 64)), Reason.IMAGE_UNREADABLE, 422,
				"documents.refused.image-unreadable");
	}

	@Test
	void refusesAPdfWhoseStreamInflatesBeyondTheBudget() {
		byte[] bomb = SampleFiles.pdfBomb(PdfStreamBudget.MAX_STREAM + 1024 * 1024, 1);
		assertThat(bomb.length).isLessThan(1024 * 1024);
		assertThatExceptionOfType(DocumentRefusedException.class).isThrownBy(() -> PdfStreamBudget.check(bomb))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.PDF_DAMAGED));
		assertRefused(bomb, Reason.PDF_DAMAGED, 422, "documents.refused.pdf-damaged");
	}

	@Test
	void refusesAPdfWhoseStreamInflatesBeyondTheBudgetInTwoStages() {
		byte[] bomb = SampleFiles.pdfBomb(PdfStreamBudget.MAX_STREAM + 1024 * 1024, 2);
		assertThat(bomb.length).isLessThan(16 * 1024);
		assertThatExceptionOfType(DocumentRefusedException.class).isThrownBy(() -> PdfStreamBudget.check(bomb));
	}

	@Test
	void letsStreamsInflateWithinTheBudget() {
		assertThatCode(() -> PdfStreamBudget.check(SampleFiles.pdfBomb(16 * 1024 * 1024, 2)))
			.doesNotThrowAnyException();
		assertThatCode(() -> PdfStreamBudget.check(SampleFiles.pdf())).doesNotThrowAnyException();
	}

	@Test
	void theRawScanReadsNamesNotStrings() {
		byte[] escaped = "<< /S /J#61vaScript >>".getBytes(StandardCharsets.US_ASCII);
		byte[] inString = "<< /Title (about /JS and /Launch) >>".getBytes(StandardCharsets.US_ASCII);
		byte[] longerName = "<< /JSON /Launcher >>".getBytes(StandardCharsets.US_ASCII);
		byte[] inStream = "<< /Length 4 >>\nstream\n/JS \nendstream".getBytes(StandardCharsets.US_ASCII);
		assertThat(PdfNameScan.scan(escaped)).contains(Reason.PDF_SCRIPT);
		assertThat(PdfNameScan.scan(inString)).isEmpty();
		assertThat(PdfNameScan.scan(longerName)).isEmpty();
		assertThat(PdfNameScan.scan(inStream)).isEmpty();
		assertThat(PdfNameScan.scan("/EmbeddedFiles".getBytes(StandardCharsets.US_ASCII)))
			.contains(Reason.PDF_EMBEDDED);
		assertThat(PdfNameScan.scan("trailer << /Encrypt 5 0 R >>".getBytes(StandardCharsets.US_ASCII)))
			.contains(Reason.PDF_ENCRYPTED);
	}

	@Test
	void refusesAHandWrittenPdfWithAScriptInAnUnreferencedObject() {
		String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
				+ "3 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj\n" + "trailer << /Root 1 0 R >>\n%%EOF\n";
		assertRefused(body.getBytes(StandardCharsets.US_ASCII), Reason.PDF_SCRIPT, 422, "documents.refused.pdf-script");
	}

	private DocumentRefusedException assertRefused(byte[] content, Reason reason, int status, String key) {
		DocumentRefusedException refused;
		try {
			DocumentType accepted = this.inspector.inspect(content);
			throw new AssertionError("Expected " + reason + " but the file was accepted as " + accepted);
		}
		catch (DocumentRefusedException ex) {
			refused = ex;
		}
		assertThat(refused.reason()).isEqualTo(reason);
		assertThat(refused.httpStatus()).isEqualTo(status);
		assertThat(refused.messageKey()).isEqualTo(key);
		return refused;
	}

}
