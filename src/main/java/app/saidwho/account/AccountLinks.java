package app.saidwho.account;

import app.saidwho.web.Link;
import io.quarkus.qute.TemplateExtension;

/** Links to the admin's actions on one teacher account, for templates: {@code {account:access(t.id)}}. */
@TemplateExtension(namespace = "account")
public final class AccountLinks {
    private static final Link ACCESS = Link.to(AdminPages.class, "access");
    private static final Link RESET = Link.to(AdminPages.class, "reset");

    private AccountLinks() {
    }

    static String access(long accountId) {
        return ACCESS.with(accountId);
    }

    static String reset(long accountId) {
        return RESET.with(accountId);
    }
}
