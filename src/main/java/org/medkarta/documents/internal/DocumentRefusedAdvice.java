package org.medkarta.documents.internal;

import jakarta.servlet.http.HttpServletResponse;

import org.medkarta.documents.DocumentRefusedException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload refused where the page did not show the reason next to its form: a page with
 * the reason and the refusal's status (413, 415 or 422), never a 500.
 */
@ControllerAdvice
class DocumentRefusedAdvice {

	@ExceptionHandler(DocumentRefusedException.class)
	ModelAndView refused(DocumentRefusedException ex, HttpServletResponse response) {
		HttpStatus status = HttpStatus.valueOf(ex.httpStatus());
		response.setStatus(status.value());
		ModelAndView view = new ModelAndView("documents/refused");
		view.addObject("status", status.value());
		view.addObject("messageKey", ex.messageKey());
		view.addObject("args", ex.args());
		view.setStatus(status);
		return view;
	}

}
