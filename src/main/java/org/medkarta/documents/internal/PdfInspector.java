package org.medkarta.documents.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.medkarta.documents.DocumentRefusedException;
import org.medkarta.documents.DocumentRefusedException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses PDFs that can run code, launch programs, carry other files or cannot be read
 * without a password (SECURITY.md §10). The file is parsed, never rendered: first the
 * trailer, a raw scan of its syntax and the size its streams inflate to, then PDFBox
 * checks the catalog, the pages' annotations and every object of the file.
 */
final class PdfInspector {

	private static final Logger log = LoggerFactory.getLogger(PdfInspector.class);

	/** Memory of PDFBox's stream cache while it parses one file. */
	private static final long PARSER_MEMORY = 64L * 1024 * 1024;

	/** Nesting of direct objects past which a file is not a document but an attack. */
	private static final int MAX_DEPTH = 100;

	private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	private static final COSName LAUNCH = COSName.getPDFName("Launch");

	/**
	 * PDFs parsed at once: each may hold up to {@link PdfStreamBudget#MAX_STREAM} of a
	 * decoded stream in memory.
	 */
	private static final Semaphore PARSERS = new Semaphore(2, true);

	private PdfInspector() {
	}

	static void check(byte[] content) {
		checkEnd(content);
		PdfNameScan.scan(content).ifPresent((reason) -> {
			throw new DocumentRefusedException(reason);
		});
		PdfStreamBudget.check(content);
		PARSERS.acquireUninterruptibly();
		try {
			parse(content);
		}
		finally {
			PARSERS.release();
		}
	}

	private static void parse(byte[] content) {
		try (PDDocument document = Loader.loadPDF(content, "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(PARSER_MEMORY).streamCache)) {
			if (document.isEncrypted()) {
				throw new DocumentRefusedException(Reason.PDF_ENCRYPTED);
			}
			checkCatalog(document.getDocumentCatalog().getCOSObject());
			for (PDPage page : document.getPages()) {
				checkPage(page.getCOSObject());
			}
			checkEveryObject(document.getDocument());
		}
		catch (DocumentRefusedException ex) {
			throw ex;
		}
		catch (InvalidPasswordException ex) {
			throw new DocumentRefusedException(Reason.PDF_ENCRYPTED);
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			log.debug("A PDF could not be parsed: {}", ex.getClass().getSimpleName());
			throw new DocumentRefusedException(Reason.PDF_DAMAGED);
		}
	}

	/** The last {@code %%EOF} may be followed by white space only. */
	private static void checkEnd(byte[] content) {
		int end = Bytes.lastIndexOf(content, END_OF_FILE);
		if (end < 0) {
			throw new DocumentRefusedException(Reason.PDF_DAMAGED);
		}
		for (int i = end + END_OF_FILE.length; i < content.length; i++) {
			if (" \t\r\n\f\0".indexOf(content[i]) < 0) {
				throw new DocumentRefusedException(Reason.POLYGLOT);
			}
		}
	}

	private static void checkCatalog(COSDictionary catalog) {
		COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
		if (names != null && names.containsKey(COSName.JAVA_SCRIPT)) {
			throw new DocumentRefusedException(Reason.PDF_SCRIPT);
		}
		if (names != null && names.containsKey(COSName.EMBEDDED_FILES)) {
			throw new DocumentRefusedException(Reason.PDF_EMBEDDED);
		}
		Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		checkAction(catalog.getDictionaryObject(COSName.OPEN_ACTION), seen);
		checkTriggers(catalog.getCOSDictionary(COSName.AA), seen);
		COSDictionary form = catalog.getCOSDictionary(COSName.ACRO_FORM);
		if (form != null && form.containsKey(COSName.XFA)) {
			throw new DocumentRefusedException(Reason.PDF_SCRIPT);
		}
	}

	private static void checkPage(COSDictionary page) {
		Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		checkTriggers(page.getCOSDictionary(COSName.AA), seen);
		COSArray annotations = page.getCOSArray(COSName.ANNOTS);
		if (annotations == null) {
			return;
		}
		for (int i = 0; i < annotations.size(); i++) {
			if (annotations.getObject(i) instanceof COSDictionary annotation) {
				checkAction(annotation.getDictionaryObject(COSName.A), seen);
				checkTriggers(annotation.getCOSDictionary(COSName.AA), seen);
			}
		}
	}

	/** Additional actions: each trigger (open, close, mouse, …) holds an action. */
	private static void checkTriggers(COSDictionary triggers, Set<COSBase> seen) {
		if (triggers != null) {
			for (COSName trigger : triggers.keySet()) {
				checkAction(triggers.getDictionaryObject(trigger), seen);
			}
		}
	}

	/** An action and the actions it chains with {@code /Next}. */
	private static void checkAction(COSBase action, Set<COSBase> seen) {
		if (!(action instanceof COSDictionary dictionary) || !seen.add(dictionary)) {
			return;
		}
		COSName type = dictionary.getCOSName(COSName.S);
		if (COSName.JAVA_SCRIPT.equals(type) || LAUNCH.equals(type) || dictionary.containsKey(COSName.JS)) {
			throw new DocumentRefusedException(Reason.PDF_SCRIPT);
		}
		COSBase next = dictionary.getDictionaryObject(COSName.NEXT);
		if (next instanceof COSArray actions) {
			for (int i = 0; i < actions.size(); i++) {
				checkAction(actions.getObject(i), seen);
			}
		}
		else {
			checkAction(next, seen);
		}
	}

	/**
	 * Every object of the file, including those in compressed object streams, with names
	 * decoded by the parser: what the raw scan cannot see.
	 */
	private static void checkEveryObject(COSDocument document) {
		visit(document.getTrailer(), 0);
		for (COSObjectKey key : new ArrayList<>(document.getXrefTable().keySet())) {
			COSObject object = document.getObjectFromPool(key);
			visit(object.getObject(), 0);
		}
	}

	/** Direct objects only: indirect ones are visited from the cross-reference table. */
	private static void visit(COSBase object, int depth) {
		if (depth > MAX_DEPTH) {
			throw new DocumentRefusedException(Reason.PDF_DAMAGED);
		}
		if (object instanceof COSName name) {
			PdfNameScan.forbidden(name.getName()).ifPresent((reason) -> {
				throw new DocumentRefusedException(reason);
			});
		}
		else if (object instanceof COSDictionary dictionary) {
			for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
				visit(entry.getKey(), depth + 1);
				if (!(entry.getValue() instanceof COSObject)) {
					visit(entry.getValue(), depth + 1);
				}
			}
		}
		else if (object instanceof COSArray array) {
			for (int i = 0; i < array.size(); i++) {
				COSBase item = array.get(i);
				if (!(item instanceof COSObject)) {
					visit(item, depth + 1);
				}
			}
		}
	}

}
