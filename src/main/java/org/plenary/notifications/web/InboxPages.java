package org.plenary.notifications.web;

import java.util.ArrayList;
import java.util.List;

import org.plenary.notifications.NotificationKind;
import org.plenary.notifications.Notifications;
import org.plenary.notifications.Preferences;
import org.plenary.shared.Caller;
import org.plenary.shared.ClientErrorException;
import org.plenary.shared.InvalidFieldsException;
import org.plenary.web.Labels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox page, for every signed-in user, and the page where each chooses what to receive. */
@Controller
class InboxPages {

	/** One kind's row in the choices table, in words. */
	record Row(String kind, String label, boolean inbox, boolean email) {
	}

	private final Notifications notifications;
	private final Labels labels;

	InboxPages(Notifications notifications, Labels labels) {
		this.notifications = notifications;
		this.labels = labels;
	}

	@GetMapping("/inbox")
	String inbox(Caller caller, Model model) {
		model.addAttribute("inbox", notifications.inbox(caller));
		return "inbox";
	}

	@PostMapping("/inbox/{id}/read")
	String read(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
		try {
			notifications.markRead(caller, id);
			redirect.addFlashAttribute("message", "Marked read.");
		}
		catch (ClientErrorException ex) {
			redirect.addFlashAttribute("error", ex.detail());
		}
		return "redirect:/inbox";
	}

	@PostMapping("/inbox/read-all")
	String readAll(Caller caller, RedirectAttributes redirect) {
		int marked = notifications.markAllRead(caller);
		redirect.addFlashAttribute("message", marked == 1 ? "Marked 1 notification read." : "Marked " + marked + " notifications read.");
		return "redirect:/inbox";
	}

	@GetMapping("/inbox/preferences")
	String preferences(Caller caller, Model model) {
		return show(model, notifications.preferences(caller), null);
	}

	/** The form posts the address and, per kind, a checkbox {@code inbox} and {@code email} holding the kinds that are on. */
	@PostMapping("/inbox/preferences")
	String save(Caller caller, @RequestParam(required = false) String email,
			@RequestParam(name = "inbox", required = false) List<NotificationKind> inbox,
			@RequestParam(name = "mail", required = false) List<NotificationKind> mail, Model model,
			RedirectAttributes redirect) {
		List<Preferences.Choice> kinds = new ArrayList<>();
		for (NotificationKind kind : NotificationKind.values()) {
			kinds.add(new Preferences.Choice(kind, inbox != null && inbox.contains(kind), mail != null && mail.contains(kind)));
		}
		Preferences wanted = new Preferences(email == null ? null : email.strip(), kinds);
		try {
			notifications.save(caller, wanted);
		}
		catch (InvalidFieldsException ex) {
			return show(model, wanted, ex.fields().stream().map(InvalidFieldsException.FieldProblem::message).findFirst()
					.orElse(ex.detail()));
		}
		redirect.addFlashAttribute("message", "Saved your choices.");
		return "redirect:/inbox/preferences";
	}

	private String show(Model model, Preferences preferences, String emailError) {
		model.addAttribute("preferences", preferences);
		model.addAttribute("emailError", emailError);
		model.addAttribute("rows", preferences.kinds().stream()
				.map(c -> new Row(c.kind().name(), labels.of(c.kind()), c.inbox(), c.email())).toList());
		return "inbox-preferences";
	}
}
