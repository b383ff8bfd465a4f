package jp.advisor.submissions;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * An upload answered 201 must survive the service being killed. Embedded H2 writes a commit to its file up to
 * {@code WRITE_DELAY} (500 ms) later, so a kill -9 lost acknowledged revisions (KillDuringSubmissionTest); with 0 it
 * writes at each commit. The setting is the whole database's and needs admin rights (H2's {@code sa}); it is set at
 * every start whatever the url says. PostgreSQL is durable at commit already.
 */
@Component
class CommitDurability implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(CommitDurability.class);

    private final DataSource dataSource;

    CommitDurability(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET WRITE_DELAY 0");
            } catch (SQLException e) {
                LOG.warn("H2 の WRITE_DELAY を 0 にできません。強制終了で直前の提出が失われることがあります / cannot set H2's"
                        + " WRITE_DELAY to 0: a killed service may lose its latest submissions: {}", e.getMessage());
            }
        }
    }
}
