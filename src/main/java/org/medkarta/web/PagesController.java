package org.medkarta.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page and the section pages of the navigation. The services behind
 * «Электронная медицинская карта» and «Семья и дети» fill these as they arrive.
 */
@Controller
class PagesController {

	@GetMapping("/")
	String home() {
		return "web/home";
	}

	@GetMapping("/services")
	String services() {
		return "web/services";
	}

}
