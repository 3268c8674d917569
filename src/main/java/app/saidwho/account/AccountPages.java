package app.saidwho.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** The signed-in teacher's own account: a new password, the time zone for dates, how long attempts are kept. */
@Path("/teach/account")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Account.TEACHER)
public class AccountPages {
    /** Zone ids a teacher can pick, region/city style, sorted. */
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(AccountSettings.View account, List<String> zones, String notice,
                                               String passwordError, String settingsError);
    }

    private final AccountSettings settings;

    AccountPages(AccountSettings settings) {
        this.settings = settings;
    }

    @GET
    public TemplateInstance page(@QueryParam("done") String done, @QueryParam("must") String must) {
        String notice = "password".equals(done) ? "Your new password is saved."
                : "settings".equals(done) ? "Your settings are saved." : null;
        return Templates.account(settings.view(), ZONES, notice, null, null);
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@RestForm String current, @RestForm String password, @RestForm String confirmation) {
        Optional<String> problem = settings.changePassword(current, password, confirmation);
        if (problem.isPresent()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.account(settings.view(), ZONES, null, problem.get(), null)).build();
        }
        return Response.seeOther(URI.create("/teach/account?done=password")).build();
    }

    @POST
    @Path("settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String timeZone, @RestForm String retentionDays) {
        Optional<String> problem = settings.save(SettingsForm.typed(timeZone, retentionDays));
        if (problem.isPresent()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.account(settings.view(), ZONES, null, null, problem.get())).build();
        }
        return Response.seeOther(URI.create("/teach/account?done=settings")).build();
    }
}
