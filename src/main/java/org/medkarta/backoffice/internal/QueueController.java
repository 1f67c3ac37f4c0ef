package org.medkarta.backoffice.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.medkarta.family.KinshipCases;
import org.medkarta.identity.IdentityCases;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /operator}: identity and kinship cases in one queue, oldest first, filtered by
 * state and kind.
 */
@Controller
class QueueController {

	/** The queue's states, and what each is called in the two kinds of case. */
	private static final Map<String, String[]> STATES = Map.of("PENDING", new String[] { "PENDING", "PENDING" },
			"APPROVED", new String[] { "CONFIRMED", "VERIFIED" }, "REJECTED", new String[] { "REJECTED", "REJECTED" });

	private final IdentityCases identity;

	private final KinshipCases kinship;

	QueueController(IdentityCases identity, KinshipCases kinship) {
		this.identity = identity;
		this.kinship = kinship;
	}

	@GetMapping("/operator")
	String queue(@RequestParam(name = "status", defaultValue = "PENDING") String status,
			@RequestParam(name = "kind", defaultValue = "all") String kind, Model model) {
		String state = STATES.containsKey(status) ? status : "PENDING";
		String shownKind = List.of("all", "identity", "kinship").contains(kind) ? kind : "all";
		List<Row> rows = new ArrayList<>();
		if (!shownKind.equals("kinship")) {
			this.identity.cases(STATES.get(state)[0])
				.forEach((c) -> rows
					.add(new Row("identity", "/operator/identity/" + c.id(), c.applicant(), null, c.submittedAt())));
		}
		if (!shownKind.equals("identity")) {
			this.kinship.cases(STATES.get(state)[1])
				.forEach((c) -> rows
					.add(new Row("kinship", "/operator/kinship/" + c.id(), c.applicant(), c.child(), c.submittedAt())));
		}
		rows.sort(Comparator.comparing(Row::submittedAt));
		model.addAttribute("rows", rows);
		model.addAttribute("status", state);
		model.addAttribute("kind", shownKind);
		model.addAttribute("statuses", List.of("PENDING", "APPROVED", "REJECTED"));
		model.addAttribute("kinds", List.of("all", "identity", "kinship"));
		return "operator/queue";
	}

	record Row(String kind, String link, String applicant, String child, Instant submittedAt) {
	}

}
