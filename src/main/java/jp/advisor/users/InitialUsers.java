package jp.advisor.users;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * At start: when no unlocked admin exists (a new database), the admin {@code admin} with the password in
 * {@code ADVISOR_ADMIN_PASSWORD} ({@code advisor.users.admin-password}), or a generated one printed once in the log;
 * then the seed users ({@code advisor.users.seed.<name>.*}) that do not exist yet. Two instances starting at once on
 * one database: the second insert meets the first's row and is skipped. Every start then says where to log in.
 */
@Component
class InitialUsers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InitialUsers.class);
    static final String ADMIN = "admin";
    static final String ACTOR = "system";

    private final Users users;
    private final UsersConfiguration.Settings settings;

    private final Environment environment;

    InitialUsers(Users users, UsersConfiguration.Settings settings, Environment environment) {
        this.users = users;
        this.settings = settings;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.needsAdmin() && users.list().stream().noneMatch(u -> u.name().equals(ADMIN))) {
            boolean given = settings.adminPassword() != null && !settings.adminPassword().isBlank();
            String password = given ? settings.adminPassword() : Users.generatePassword();
            if (create(ADMIN, new Users.Details("管理者", java.util.List.of(Role.ADMIN), java.util.List.of()), password)) {
                if (given) {
                    LOG.warn("最初の管理者 {} を ADVISOR_ADMIN_PASSWORD のパスワードで作成しました / created the first admin {}"
                            + " with the password in ADVISOR_ADMIN_PASSWORD", ADMIN, ADMIN);
                } else {
                    LOG.warn("\n\n最初の管理者を作成しました / created the first admin: {}\npassword: {}\n"
                            + "この表示は一度だけです。ログイン後に変更してください / shown once: change it after logging in\n"
                            + "ログイン: ブラウザは /login、スクリプトは HTTP Basic（curl -u {}:…） / log in: a browser at /login,"
                            + " scripts with HTTP Basic\n利用者の追加 / add users: POST /api/users、または / or"
                            + " `users add <name> --role STAFF --organisation 大正区`\n", ADMIN, password, ADMIN);
                }
            }
        } else if (users.needsAdmin()) {
            LOG.warn("ロックされていない管理者がいません。users unlock admin で解除できます / no unlocked admin: run"
                    + " `users unlock admin` on this database");
        }
        for (Map.Entry<String, UsersConfiguration.Settings.Seed> seed : settings.seed().entrySet()) {
            UsersConfiguration.Settings.Seed s = seed.getValue();
            if (users.list().stream().noneMatch(u -> u.name().equals(seed.getKey()))
                    && create(seed.getKey(), new Users.Details(s.displayName(), s.roles(), s.organisations()), s.password())) {
                LOG.info("利用者 {} を設定から作成しました / created user {} from the settings", seed.getKey(), seed.getKey());
            }
        }
        // Runners run once the web server listens, so its port is known (none in a test without a server).
        String port = environment.getProperty("local.server.port");
        if (port != null) {
            LOG.info("ログイン: ブラウザで http://localhost:{}/ 、スクリプトは HTTP Basic（最初の管理者は {}）/ log in: a browser"
                    + " at http://localhost:{}/, scripts with HTTP Basic (the first admin is {})", port, ADMIN, port, ADMIN);
        }
    }

    private boolean create(String name, Users.Details details, String password) {
        try {
            users.add(ACTOR, name, details, password);
            return true;
        } catch (DuplicateKeyException e) {
            return false; // another instance made it first
        }
    }
}
