package app.saidwho.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** Two saves of one question at once: the later one is refused with a 409 and a reason, never a 500. */
class ConcurrentSaveTest {
    private static UriInfo at(String path) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getPath") ? path : null);
    }

    @Test
    void shouldRefuseASaveThatLostARaceWithAConflictNotAServerError() {
        RuntimeException onCommit = new RuntimeException("commit failed",
                new IllegalStateException("flush", new OptimisticLockException("row was updated by another transaction")));

        assertThat(new ErrorPages().unexpected(onCommit, at("/api/v1/quiz-sets/3")).getStatus()).isEqualTo(409);
        assertThat(new ErrorPages().unexpected(new org.hibernate.StaleObjectStateException("Question", 7L),
                at("/api/v1/quiz-sets/3")).getStatus()).isEqualTo(409);
        assertThat(new ErrorPages().unexpected(new IllegalStateException("a bug"), at("/api/v1/x")).getStatus()).isEqualTo(500);
    }
}
