package org.plenary.consensus.web;

import java.util.ArrayList;
import java.util.List;

import org.plenary.consensus.ExceptionPayload;
import org.plenary.consensus.GuidelinesAmendment;
import org.plenary.consensus.Procedure;
import org.plenary.consensus.ProposalPayload;
import org.plenary.consensus.ProposalType;
import org.plenary.consensus.TableProposal;
import org.plenary.shared.ControlList;
import org.plenary.shared.EndUseActivity;
import org.plenary.shared.StateCode;

/**
 * What the Chair typed in the tabling form, kept as typed so that a refused form comes back as the
 * Chair left it. {@link #command} turns it into the command the API takes; what cannot be read is
 * filed as a message next to its field.
 */
public class ProposalForm {

	private String type = ProposalType.ADMIT_PARTICIPANT.name();
	private String subject;
	private String title;
	private String text;
	private String procedure = Procedure.PLENARY.name();
	private Long sessionId;
	private String deadlineDate;
	private String deadlineTime = "12:00";
	private String state;
	private List<String> lists = new ArrayList<>();
	private String activity;
	private List<String> waives = new ArrayList<>();
	private List<String> excludes = new ArrayList<>();
	private Integer part;
	private String effective;
	private List<ParagraphRow> paragraphs = new ArrayList<>(List.of(new ParagraphRow()));
	private List<EntryRow> entries = new ArrayList<>(List.of(new EntryRow()));
	private String more;

	/** The command to table, or null when a field cannot be read (its message is then in {@code errors}). */
	TableProposal command(FormErrors errors) {
		ProposalType kind = errors.choice("type", ProposalType.class, type);
		Procedure how = errors.choice("procedure", Procedure.class, procedure);
		if (kind == null || how == null) {
			return null;
		}
		java.time.Instant deadline = how == Procedure.SILENCE ? errors.utc("deadline", deadlineDate, deadlineTime) : null;
		ProposalPayload payload = switch (kind) {
			case ADOPT_EXCEPTION -> exception(errors);
			case AMEND_GUIDELINES -> amendment(errors);
			default -> null;
		};
		String about = kind == ProposalType.ADMIT_PARTICIPANT || kind == ProposalType.ADOPT_STATEMENT ? blankToNull(subject) : null;
		if (about != null && !about.matches(StateCode.FORMAT)) {
			errors.add("subject", StateCode.FORMAT_MESSAGE);
		}
		return errors.isEmpty() ? new TableProposal(kind, about, title, blankToNull(text), how, deadline, payload,
				how == Procedure.PLENARY ? sessionId : null, null, null) : null;
	}

	private ExceptionPayload exception(FormErrors errors) {
		StateCode code = null;
		if (state == null || state.isBlank()) {
			errors.add("payload.state", "is required: the state the exception is for, such as IN");
		}
		else if (!state.matches(StateCode.FORMAT)) {
			errors.add("payload.state", StateCode.FORMAT_MESSAGE);
		}
		else {
			code = StateCode.of(state);
		}
		if (lists.isEmpty()) {
			errors.add("payload.lists", "is required: tick at least one control list");
		}
		if (activity == null || activity.isBlank()) {
			errors.add("payload.activity", "is required: choose the end-use activity the exception allows");
		}
		return new ExceptionPayload(code, lists.stream().map(l -> errors.choice("payload.lists", ControlList.class, l)).filter(java.util.Objects::nonNull).toList(),
				activity == null || activity.isBlank() ? null : errors.choice("payload.activity", EndUseActivity.class, activity),
				waives.stream().map(w -> errors.choice("payload.waives", ExceptionPayload.Waiver.class, w)).filter(java.util.Objects::nonNull).toList(),
				excludes.stream().map(x -> errors.choice("payload.excludes", ExceptionPayload.Exclusion.class, x)).filter(java.util.Objects::nonNull).toList());
	}

	private GuidelinesAmendment amendment(FormErrors errors) {
		List<GuidelinesAmendment.ParagraphChange> changed = paragraphs.stream().filter(p -> !p.isBlank())
				.map(p -> new GuidelinesAmendment.ParagraphChange(p.id == null ? null : p.id.strip(), p.text)).toList();
		List<GuidelinesAmendment.Entry> add = new ArrayList<>();
		List<GuidelinesAmendment.Entry> change = new ArrayList<>();
		List<String> remove = new ArrayList<>();
		for (EntryRow e : entries) {
			if (e.isBlank()) {
				continue;
			}
			switch (e.op == null ? "add" : e.op) {
				case "remove" -> remove.add(e.entry == null ? null : e.entry.strip());
				case "change" -> change.add(e.toEntry());
				default -> add.add(e.toEntry());
			}
		}
		return new GuidelinesAmendment(part, errors.date("payload.effective", effective), changed,
				new GuidelinesAmendment.EntryChanges(add, change, remove));
	}

	/** Adds the empty row the Chair asked for with the "another row" buttons. */
	void addRowAsked() {
		if ("paragraph".equals(more)) {
			paragraphs.add(new ParagraphRow());
		}
		else if ("entry".equals(more)) {
			entries.add(new EntryRow());
		}
	}

	boolean wantsRow() {
		return more != null && !more.isBlank();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** One paragraph of an amendment: its number and new text. */
	public static class ParagraphRow {

		private String id;
		private String text;

		boolean isBlank() {
			return (id == null || id.isBlank()) && (text == null || text.isBlank());
		}

		public String getId() { return id; }
		public void setId(String id) { this.id = id; }
		public String getText() { return text; }
		public void setText(String text) { this.text = text; }
	}

	/** One control-list entry an amendment adds, changes or removes. */
	public static class EntryRow {

		private String op = "add";
		private String entry;
		private String title;
		private String parent;

		boolean isBlank() {
			return (entry == null || entry.isBlank()) && (title == null || title.isBlank()) && (parent == null || parent.isBlank());
		}

		GuidelinesAmendment.Entry toEntry() {
			return new GuidelinesAmendment.Entry(entry == null ? null : entry.strip(), title,
					parent == null || parent.isBlank() ? null : parent.strip());
		}

		public String getOp() { return op; }
		public void setOp(String op) { this.op = op; }
		public String getEntry() { return entry; }
		public void setEntry(String entry) { this.entry = entry; }
		public String getTitle() { return title; }
		public void setTitle(String title) { this.title = title; }
		public String getParent() { return parent; }
		public void setParent(String parent) { this.parent = parent; }
	}

	public String getType() { return type; }
	public void setType(String type) { this.type = type; }
	public String getSubject() { return subject; }
	public void setSubject(String subject) { this.subject = subject; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getText() { return text; }
	public void setText(String text) { this.text = text; }
	public String getProcedure() { return procedure; }
	public void setProcedure(String procedure) { this.procedure = procedure; }
	public Long getSessionId() { return sessionId; }
	public void setSessionId(Long sessionId) { this.sessionId = sessionId; }
	public String getDeadlineDate() { return deadlineDate; }
	public void setDeadlineDate(String deadlineDate) { this.deadlineDate = deadlineDate; }
	public String getDeadlineTime() { return deadlineTime; }
	public void setDeadlineTime(String deadlineTime) { this.deadlineTime = deadlineTime; }
	public String getState() { return state; }
	public void setState(String state) { this.state = state; }
	public List<String> getLists() { return lists; }
	public void setLists(List<String> lists) { this.lists = lists == null ? new ArrayList<>() : lists; }
	public String getActivity() { return activity; }
	public void setActivity(String activity) { this.activity = activity; }
	public List<String> getWaives() { return waives; }
	public void setWaives(List<String> waives) { this.waives = waives == null ? new ArrayList<>() : waives; }
	public List<String> getExcludes() { return excludes; }
	public void setExcludes(List<String> excludes) { this.excludes = excludes == null ? new ArrayList<>() : excludes; }
	public Integer getPart() { return part; }
	public void setPart(Integer part) { this.part = part; }
	public String getEffective() { return effective; }
	public void setEffective(String effective) { this.effective = effective; }
	public List<ParagraphRow> getParagraphs() { return paragraphs; }
	public void setParagraphs(List<ParagraphRow> paragraphs) { this.paragraphs = paragraphs; }
	public List<EntryRow> getEntries() { return entries; }
	public void setEntries(List<EntryRow> entries) { this.entries = entries; }
	public String getMore() { return more; }
	public void setMore(String more) { this.more = more; }
}
