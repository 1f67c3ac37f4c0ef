package org.medkarta.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors of one submitted form: at most one per field, plus errors of the form as a
 * whole. Each is a message key with arguments, shown in the reader's language, both next
 * to its field and in the summary at the top of the form.
 */
public final class FormErrors implements Serializable {

	private final Map<String, Message> fields = new LinkedHashMap<>();

	private final List<Message> global = new ArrayList<>();

	/** Records an error for a field, unless that field already has one. */
	public FormErrors reject(String field, String key, Object... args) {
		this.fields.putIfAbsent(field, new Message(field, key, args));
		return this;
	}

	public FormErrors rejectForm(String key, Object... args) {
		this.global.add(new Message(null, key, args));
		return this;
	}

	public boolean hasErrors() {
		return !this.fields.isEmpty() || !this.global.isEmpty();
	}

	public boolean has(String field) {
		return this.fields.containsKey(field);
	}

	public Message get(String field) {
		return this.fields.get(field);
	}

	/** Everything, form errors first, then fields in the order they were checked. */
	public List<Message> all() {
		List<Message> all = new ArrayList<>(this.global);
		all.addAll(this.fields.values());
		return Collections.unmodifiableList(all);
	}

	/**
	 * One error.
	 *
	 * @param field the field's id, or {@code null} for the whole form
	 * @param key the message key
	 * @param args the message arguments
	 */
	public record Message(String field, String key, Object[] args) implements Serializable {

		public String getField() {
			return this.field;
		}

		public String getKey() {
			return this.key;
		}

		public Object[] getArgs() {
			return this.args;
		}

	}

}
