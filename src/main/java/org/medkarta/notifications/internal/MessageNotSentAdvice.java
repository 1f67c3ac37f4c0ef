package org.medkarta.notifications.internal;

import jakarta.servlet.http.HttpServletResponse;

import org.medkarta.identity.MessageNotDeliveredException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * When the SMS gateway or the mail server cannot take a message, the person is told to
 * try again in a moment: a 503 page, not an error.
 */
@ControllerAdvice
class MessageNotSentAdvice {

	@ExceptionHandler({ MessageNotSentException.class, MessageNotDeliveredException.class })
	ModelAndView notSent(HttpServletResponse response) {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		ModelAndView view = new ModelAndView("error");
		view.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		view.addObject("messageKey", "error.message-not-sent");
		view.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		return view;
	}

}
