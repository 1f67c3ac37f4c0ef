package org.medkarta.reminders.internal;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.medkarta.identity.CurrentAccount;
import org.medkarta.notifications.Notifier.Channel;
import org.medkarta.web.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** «Напоминания» in the profile: what to be reminded of, how, and when not. */
@Controller
class PreferencesController {

	private final Preferences preferences;

	PreferencesController(Preferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping("/profile/reminders")
	String page(@AuthenticationPrincipal CurrentAccount current, Model model) {
		Preferences.Prefs prefs = this.preferences.of(current.id());
		return show(prefs, prefs.quietFrom().toString(), prefs.quietTo().toString(), null, model);
	}

	@PostMapping("/profile/reminders")
	String save(@AuthenticationPrincipal CurrentAccount current, @RequestParam MultiValueMap<String, String> form,
			Model model, RedirectAttributes redirect) {
		FormErrors errors = new FormErrors();
		LocalTime from = time(form.getFirst("quietFrom"), "quietFrom", errors);
		LocalTime to = time(form.getFirst("quietTo"), "quietTo", errors);
		String zone = form.getFirst("zone");
		if (zone == null || !Preferences.ZONES.contains(zone)) {
			errors.reject("zone", "reminders.zone.unknown");
			zone = "Europe/Moscow";
		}
		Preferences.Prefs prefs = new Preferences.Prefs("on".equals(form.getFirst("enabled")),
				channels(form.get("visits")), channels(form.get("vaccines")),
				(from != null) ? from : LocalTime.of(22, 0), (to != null) ? to : LocalTime.of(8, 0), ZoneId.of(zone));
		if (errors.hasErrors()) {
			return show(prefs, form.getFirst("quietFrom"), form.getFirst("quietTo"), errors, model);
		}
		this.preferences.save(current.id(), prefs);
		redirect.addFlashAttribute("flash", "reminders.saved");
		return "redirect:/profile/reminders";
	}

	private String show(Preferences.Prefs prefs, String from, String to, FormErrors errors, Model model) {
		model.addAttribute("prefs", prefs);
		model.addAttribute("quietFrom", from);
		model.addAttribute("quietTo", to);
		model.addAttribute("errors", errors);
		model.addAttribute("zones", Preferences.ZONES);
		model.addAttribute("channels", List.of("INBOX", "EMAIL", "SMS"));
		return "reminders/preferences";
	}

	private static Set<Channel> channels(List<String> names) {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		if (names != null) {
			for (Channel channel : Channel.values()) {
				if (names.contains(channel.name())) {
					channels.add(channel);
				}
			}
		}
		return channels;
	}

	private static LocalTime time(String text, String field, FormErrors errors) {
		try {
			String value = (text == null) ? "" : text.strip();
			return LocalTime.parse(value.length() == 4 ? "0" + value : value);
		}
		catch (DateTimeParseException ex) {
			errors.reject(field, "appointments.hours.time-format");
			return null;
		}
	}

}
