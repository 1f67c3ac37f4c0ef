package org.medkarta.notifications.internal;

import java.util.Locale;

import org.medkarta.core.EmailAddress;
import org.medkarta.core.PhoneNumber;
import org.medkarta.identity.CodePurpose;
import org.medkarta.identity.IdentityMessages;
import org.medkarta.identity.MessageNotDeliveredException;
import org.medkarta.notifications.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Delivers identity's codes and links: texts from the message files, in the account's
 * language, by SMS or e-mail.
 */
@Component
class IdentityMessagesAdapter implements IdentityMessages {

	private static final Logger log = LoggerFactory.getLogger(IdentityMessagesAdapter.class);

	private final SmsGateway sms;

	private final MailGateway mail;

	private final MessageSource texts;

	IdentityMessagesAdapter(SmsGateway sms, MailGateway mail, MessageSource texts) {
		this.sms = sms;
		this.mail = mail;
		this.texts = texts;
	}

	@Override
	public void sendCode(PhoneNumber phone, CodePurpose purpose, String code, Locale locale) {
		String key = "sms.code." + purpose.name().toLowerCase(Locale.ROOT).replace('_', '-');
		sendSms(phone, this.texts.getMessage(key, new Object[] { code }, locale));
	}

	@Override
	public void sendPhoneAlreadyRegistered(PhoneNumber phone, Locale locale) {
		sendSms(phone, this.texts.getMessage("sms.phone-already-registered", null, locale));
	}

	/**
	 * A mail server that is down must not stop a registration or a change of address: the
	 * link can be sent again from «Профиль».
	 */
	@Override
	public void sendEmailConfirmation(EmailAddress email, String link, Locale locale) {
		sendMail(email, this.texts.getMessage("mail.confirm.subject", null, locale),
				this.texts.getMessage("mail.confirm.body", new Object[] { link }, locale));
	}

	@Override
	public void sendEmailAlreadyInUse(EmailAddress email, Locale locale) {
		sendMail(email, this.texts.getMessage("mail.in-use.subject", null, locale),
				this.texts.getMessage("mail.in-use.body", null, locale));
	}

	private void sendSms(PhoneNumber phone, String text) {
		try {
			this.sms.send(phone, text);
		}
		catch (MessageNotSentException ex) {
			throw new MessageNotDeliveredException(ex);
		}
	}

	private void sendMail(EmailAddress email, String subject, String text) {
		try {
			this.mail.send(email, subject, text);
		}
		catch (MessageNotSentException ex) {
			log.warn("E-mail to {} not sent; the person can ask for it again from the profile", email.masked());
		}
	}

}
