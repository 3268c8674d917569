package app.saidwho.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ways around the sign-in throttle that a probe found, each closed (defaults: 10 per address, 5 per account). */
@QuarkusTest
class SignInThrottleTest {
    static final String VICTIM = "throttle-victim";
    static final String VICTIM_PASSWORD = "victim's long password";
    static final String ATTACKER = "throttle-attacker";
    static final String ATTACKER_PASSWORD = "attacker's long password";

    @Inject
    SignInThrottle throttle;

    @BeforeEach
    void accounts() {
        throttle.clear();
        QuarkusTransaction.requiringNew().run(() -> {
            for (String[] account : new String[][] {{VICTIM, VICTIM_PASSWORD}, {ATTACKER, ATTACKER_PASSWORD}}) {
                if (Account.findByUsername(account[0]).isEmpty()) {
                    Account.create(account[0], account[1], Account.TEACHER);
                }
            }
        });
    }

    @AfterEach
    void forget() {
        throttle.clear();
    }

    @Test
    void shouldCountGuessesPostedToAnyPathEndingInJSecurityCheck() {
        String[] paths = {"/j_security_check", "/teach/j_security_check", "/x/j_security_check",
            "/login/j_security_check", "/api/j_security_check"};
        for (String path : paths) {
            assertThat(signIn(path, VICTIM, "wrong guess")).as(path).isEqualTo(302);
        }
        for (String path : paths) {
            assertThat(signIn(path, VICTIM, VICTIM_PASSWORD)).as(path).isEqualTo(429);
        }
    }

    @Test
    void shouldCheckNoMoreThanTheLimitOfGuessesSentAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<Callable<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String guess = "parallel guess " + i;
                guesses.add(() -> signIn("/j_security_check", VICTIM, guess));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> done : pool.invokeAll(guesses)) {
                statuses.add(done.get());
            }
            assertThat(statuses).containsOnly(302, 429);
            assertThat(statuses.stream().filter(s -> s == 302).count()).as("guesses checked").isLessThanOrEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldNotForgetGuessesWhenAnotherAccountSignsIn() {
        for (int i = 0; i < 4; i++) {
            assertThat(signIn("/j_security_check", VICTIM, "guess " + i)).isEqualTo(302);
            assertThat(signIn("/j_security_check", ATTACKER, ATTACKER_PASSWORD)).isEqualTo(302);
        }
        assertThat(signIn("/j_security_check", VICTIM, "guess 4")).isEqualTo(302);
        assertThat(signIn("/j_security_check", VICTIM, "guess 5")).isEqualTo(429);
    }

    @Test
    void shouldCountGuessesAtOneAccountFromOtherAddressesAndNodes() {
        // Another node, serving other addresses, wrote these to the shared database.
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 5; i++) {
                SignInAttempt attempt = new SignInAttempt();
                attempt.address = "203.0.113." + i;
                attempt.username = VICTIM;
                attempt.attemptedAt = Instant.now();
                attempt.persist();
            }
        });
        given().redirects().follow(false).formParam("j_username", VICTIM).formParam("j_password", VICTIM_PASSWORD)
                .when().post("/j_security_check").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .body(containsString("Try again in"));
    }

    @Test
    void shouldCountGuessesAtManyAccountsFromOneAddress() {
        for (int i = 0; i < 10; i++) {
            assertThat(signIn("/j_security_check", "nobody-" + i, "guess")).isEqualTo(302);
        }
        assertThat(signIn("/j_security_check", ATTACKER, ATTACKER_PASSWORD)).isEqualTo(429);
    }

    @Test
    void shouldLetTheOwnerInAfterOwnFailuresBelowTheLimitAndKeepNoSlotForTheSuccess() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            assertThat(signIn("/j_security_check", VICTIM, "typo " + i)).isEqualTo(302);
        }
        assertThat(signIn("/j_security_check", VICTIM, VICTIM_PASSWORD)).isEqualTo(302);
        // The slot is given back just after the answer is sent.
        long stored = 0;
        for (int tries = 0; tries < 40 && (stored = storedAttempts(VICTIM)) != 3; tries++) {
            Thread.sleep(50);
        }
        assertThat(stored).isEqualTo(3);
    }

    private static long storedAttempts(String username) {
        return QuarkusTransaction.requiringNew().call(() -> SignInAttempt.count("username", username));
    }

    private static int signIn(String path, String username, String password) {
        return given().redirects().follow(false).formParam("j_username", username).formParam("j_password", password)
                .when().post(path).then().extract().statusCode();
    }
}
