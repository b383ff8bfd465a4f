package jp.advisor.submissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import jp.advisor.audit.AuditLog;
import jp.advisor.users.Role;
import jp.advisor.users.Users;

/**
 * A submission is stored whole or not at all: when the last write of the transaction (the audit entry) fails, the
 * organisation, the revision, its evaluation and its findings written before it are gone too.
 */
@SpringBootTest
class SubmissionAtomicityTest {

    @MockitoSpyBean
    AuditLog audit;

    @Autowired
    StoredSubmissions submissions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users users;

    @Autowired
    UserDetailsService accounts;

    /** Logged in as a STAFF user of 大正区, the seed's organisation. */
    Authentication taishoStaff() {
        String name = "atomic-" + System.nanoTime();
        users.add("test", name, new Users.Details(null, List.of(Role.STAFF), List.of("大正区")), "test-staff-password");
        UserDetails account = accounts.loadUserByUsername(name);
        return UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
    }

    long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void aFailureInTheTransactionLeavesNoneOfTheSubmission() throws Exception {
        byte[] seed = Files.readAllBytes(Path.of("fixtures/submissions/taisho-ward-fy2016.json"));
        Authentication staff = taishoStaff();
        long[] before = {rows("organisation"), rows("submission"), rows("evaluation"), rows("finding"), rows("audit_log")};
        doThrow(new IllegalStateException("audit log unavailable")).when(audit).record(any(), any(), any(), any());

        assertThatThrownBy(() -> submissions.submit(seed, "taisho-ward-fy2016.json", staff)).hasMessageContaining("audit log unavailable");

        long[] after = {rows("organisation"), rows("submission"), rows("evaluation"), rows("finding"), rows("audit_log")};
        assertThat(after).containsExactly(before);

        org.mockito.Mockito.reset(audit);
        StoredSubmission stored = submissions.submit(seed, "taisho-ward-fy2016.json", staff);
        assertThat(stored.revision()).isEqualTo(1);
        assertThat(new String(seed, StandardCharsets.UTF_8)).contains(stored.organization());
        assertThat(rows("finding") - before[3]).isPositive();
    }
}
