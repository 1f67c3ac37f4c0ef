package org.medkarta.notifications.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medkarta.notifications.Inbox;
import org.medkarta.support.Accounts;
import org.medkarta.support.MedkartaTest;
import org.medkarta.support.Outbox;
import org.medkarta.support.Phones;
import org.medkarta.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@MedkartaTest
class InboxTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Inbox inbox;

	private UUID accountOf(String phone) {
		return this.jdbc.sql("SELECT id FROM accounts WHERE phone = :p").param("p", phone).query(UUID.class).single();
	}

	@Test
	void aNewAccountIsWelcomedInItsInboxOnce() {
		WebSession web = new WebSession(this.port);
		String phone = Phones.fresh();
		Accounts.register(web, new Outbox(this.jdbc), phone, "inbox" + phone.substring(3) + "@example.ru");
		UUID account = accountOf(phone);
		await().until(() -> this.inbox.unreadCount(account) == 1);
		WebSession.Page page = web.open("/notifications");
		assertThat(page.text()).contains("Добро пожаловать в Медкарту").contains("новое");
		this.inbox.post(account,
				new Inbox.InboxMessage("inbox.welcome.title", "inbox.welcome.body", List.of(), "/profile", "welcome"));
		assertThat(this.inbox.unreadCount(account)).isOne();
	}

	@Test
	void messagesAreMarkedReadOneByOneOrAll() {
		WebSession web = new WebSession(this.port);
		String phone = Phones.fresh();
		Accounts.register(web, new Outbox(this.jdbc), phone, "read" + phone.substring(3) + "@example.ru");
		UUID account = accountOf(phone);
		await().until(() -> this.inbox.unreadCount(account) == 1);
		this.inbox.post(account,
				new Inbox.InboxMessage("inbox.welcome.title", "inbox.welcome.body", List.of(), null, "second"));
		assertThat(web.open("/notifications").body()).contains("class=\"badge\"");
		UUID first = this.jdbc.sql("SELECT id FROM inbox_messages WHERE account_id = :a ORDER BY created_at LIMIT 1")
			.param("a", account)
			.query(UUID.class)
			.single();
		web.submit("/notifications/" + first + "/read", Map.of());
		assertThat(this.inbox.unreadCount(account)).isOne();
		web.submit("/notifications/read-all", Map.of());
		assertThat(this.inbox.unreadCount(account)).isZero();
	}

	@Test
	void someoneElsesMessageCannotBeMarked() {
		WebSession owner = new WebSession(this.port);
		String phone = Phones.fresh();
		Accounts.register(owner, new Outbox(this.jdbc), phone, "own" + phone.substring(3) + "@example.ru");
		UUID account = accountOf(phone);
		await().until(() -> this.inbox.unreadCount(account) == 1);
		UUID message = this.jdbc.sql("SELECT id FROM inbox_messages WHERE account_id = :a")
			.param("a", account)
			.query(UUID.class)
			.single();
		WebSession other = new WebSession(this.port);
		String otherPhone = Phones.fresh();
		Accounts.register(other, new Outbox(this.jdbc), otherPhone, "other" + otherPhone.substring(3) + "@example.ru");
		other.open("/notifications");
		other.submit("/notifications/" + message + "/read", Map.of());
		assertThat(this.inbox.unreadCount(account)).isOne();
	}

}
