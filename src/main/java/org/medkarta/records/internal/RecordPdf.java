package org.medkarta.records.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.medkarta.family.ChildFacts;
import org.medkarta.records.RecordExtracts;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The record, or one section of it, as a PDF: the same entries as the pages, laid out by
 * {@code templates/record/pdf.html} and drawn by openhtmltopdf in fast mode with the
 * DejaVu Sans font (Cyrillic), the child's name, date of birth and page number on every
 * page. At most two are drawn at once, and at most half the processors, and while others
 * wait a slot rests after a PDF as long as it took (a bulkhead, {@link PdfSlots}):
 * drawing is CPU work, and the pages must stay fast while it runs.
 */
@Component
class RecordPdf implements RecordExtracts {

	static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

	static final String FONT_BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

	/**
	 * The two fonts' files, read once: every PDF embeds the glyphs it uses from them, and
	 * reading them out of their jar each time decompressed 1.2 MB for every PDF.
	 */
	private static final byte[] REGULAR = read(FONT);

	private static final byte[] BOLD = read(FONT_BOLD);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final SpringTemplateEngine templates;

	private final RecordReader reader;

	private final RecordPages pages;

	private final Clock clock;

	/**
	 * How many PDFs are drawn at once: at most two, and at most half the processors, so
	 * that while PDFs are drawn the pages still have a processor (on two cores one PDF at
	 * a time; the others wait their turn). While others wait, a slot rests after a PDF as
	 * long as the PDF took ({@link PdfSlots}), so a stream of PDFs keeps at most half a
	 * processor per slot busy.
	 */
	static final int AT_ONCE = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors() / 2));

	private final PdfSlots drawing = new PdfSlots(AT_ONCE);

	RecordPdf(SpringTemplateEngine templates, RecordReader reader, RecordPages pages, Clock clock) {
		this.templates = templates;
		this.pages = pages;
		this.reader = reader;
		this.clock = clock;
	}

	/**
	 * Draws the PDF.
	 * @param sections the pages to include, by their address names
	 * @return the PDF, or {@code null} when two PDFs are being drawn and none finished
	 * within the wait
	 */
	byte[] draw(ChildFacts child, List<String> sections, Locale locale, Duration wait) {
		return draw(child, sections, RecordReader.Filter.NONE, null, locale, wait);
	}

	/** The sections of an extract, in the order they are printed. */
	static final List<String> EXTRACT_SECTIONS = List.of("visits", "lab-results", "measurements", "prescriptions",
			"vaccinations", "documents");

	@Override
	public byte[] extract(ChildFacts child, Extract extract, Locale locale) {
		RecordReader.Filter period = new RecordReader.Filter(
				extract.from().atStartOfDay(RecordController.MOSCOW).toInstant(),
				extract.to().plusDays(1).atStartOfDay(RecordController.MOSCOW).toInstant(), null, null);
		return draw(child, EXTRACT_SECTIONS, period, extract, locale, Duration.ofSeconds(10));
	}

	private byte[] draw(ChildFacts child, List<String> sections, RecordReader.Filter filter, Extract extract,
			Locale locale, Duration wait) {
		PdfSlots.Start start = this.drawing.enter(wait);
		if (start == null) {
			return null;
		}
		try {
			Map<String, List<RecordReader.Shown>> content = new LinkedHashMap<>();
			for (String section : sections) {
				content.put(section, this.reader.page(child.snils(), RecordController.PAGES.get(section).sections(),
						filter, 0, 5000));
			}
			Context context = new Context(locale);
			context.setVariable("child", child);
			context.setVariable("content", content);
			context.setVariable("extract", extract);
			if (extract != null) {
				context.setVariable("signedAt", (extract.signedAt() != null)
						? WHEN.format(extract.signedAt().atZone(RecordController.MOSCOW)) : null);
			}
			if (sections.contains("vaccinations") && extract == null) {
				LocalDate today = LocalDate.now(this.clock.withZone(RecordController.MOSCOW));
				context.setVariable("schedule", this.pages.schedule(this.reader.schedule(child, today), locale));
			}
			context.setVariable("generated", WHEN.format(this.clock.instant().atZone(ZoneId.of("Europe/Moscow"))));
			context.setVariable("cssName", css(child.name().full()));
			context.setVariable("cssClinics", css(String.join(", ",
					this.reader.clinicsOf(child.snils()).stream().map(RecordReader.ClinicOption::name).toList())));
			String html = this.templates.process("record/pdf", context);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (PDDocument document = new PDDocument()) {
				PdfRendererBuilder builder = new PdfRendererBuilder();
				builder.useFastMode();
				builder.usePDDocument(document);
				builder.useFont(new PDFontSupplier(font(document, REGULAR)), "DejaVu Sans", 400,
						PdfRendererBuilder.FontStyle.NORMAL, true);
				builder.useFont(new PDFontSupplier(font(document, BOLD)), "DejaVu Sans", 700,
						PdfRendererBuilder.FontStyle.NORMAL, true);
				builder.withHtmlContent(html, null);
				builder.toStream(out);
				builder.run();
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.drawing.leave(start);
		}
	}

	private static byte[] read(String font) {
		try (InputStream in = RecordPdf.class.getResourceAsStream(font)) {
			if (in == null) {
				throw new IllegalStateException("The font " + font + " is not on the class path");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One of the two fonts for one PDF, its glyphs embedded as used, without glyph
	 * substitution: PDFBox runs the font's substitution rules (here only Latin ligatures
	 * such as "fi") over every piece of text it writes, which took a third of the drawing
	 * and half of what it allocated; Cyrillic text has no such rules, and text copied out
	 * of the PDF keeps its plain letters.
	 */
	private static PDFont font(PDDocument document, byte[] file) {
		try {
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
			font.setEnableGsub(false);
			return PDType0Font.load(document, font, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Text that may go inside a CSS string: no quotes, backslashes or line breaks. */
	static String css(String text) {
		return text.replace('"', '\'').replace('\\', '/').replaceAll("[\\r\\n]", " ");
	}

}
