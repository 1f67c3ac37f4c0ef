package org.medkarta.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bad requests get a friendly page with a 400-class status, never a stack trace.
 * Everything else falls through to {@code templates/error.html}.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			MultipartException.class })
	ModelAndView badRequest(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		log.debug("Bad request to {}: {}", request.getRequestURI(), ex.getClass().getSimpleName());
		return page(HttpStatus.BAD_REQUEST, response);
	}

	/**
	 * Two requests raced for the same unique value (a phone, an address): the later one
	 * is told that things changed meanwhile. The database's message, which names the
	 * value, is not logged.
	 */
	@ExceptionHandler({ DuplicateKeyException.class, DbActionExecutionException.class })
	ModelAndView conflict(Exception ex, HttpServletResponse response) throws Exception {
		if (ex instanceof DbActionExecutionException && !(ex.getCause() instanceof DuplicateKeyException)) {
			throw ex;
		}
		return page(HttpStatus.CONFLICT, response);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletResponse response) {
		return page(HttpStatus.PAYLOAD_TOO_LARGE, response);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView wrongMethod(HttpServletResponse response) {
		return page(HttpStatus.METHOD_NOT_ALLOWED, response);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ModelAndView wrongType(HttpServletResponse response) {
		return page(HttpStatus.UNSUPPORTED_MEDIA_TYPE, response);
	}

	private static ModelAndView page(HttpStatus status, HttpServletResponse response) {
		response.setStatus(status.value());
		ModelAndView view = new ModelAndView("error");
		view.addObject("status", status.value());
		view.setStatus(status);
		return view;
	}

}
