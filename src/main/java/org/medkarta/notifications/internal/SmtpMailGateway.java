package org.medkarta.notifications.internal;

import org.medkarta.core.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends e-mail through the configured SMTP server.
 */
class SmtpMailGateway implements MailGateway {

	private static final Logger log = LoggerFactory.getLogger(SmtpMailGateway.class);

	private final JavaMailSender sender;

	private final String from;

	SmtpMailGateway(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
	}

	@Override
	public void send(EmailAddress to, String subject, String text) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to.value());
		message.setSubject(subject);
		message.setText(text);
		try {
			this.sender.send(message);
		}
		catch (MailException ex) {
			log.warn("The SMTP server refused a message to {}: {}", to.masked(), ex.getClass().getSimpleName());
			throw new MessageNotSentException(ex);
		}
	}

}
