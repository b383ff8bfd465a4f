package jp.advisor.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import jp.advisor.audit.AuditLog;
import jp.advisor.users.AdvisorUser;
import jp.advisor.users.Role;
import jp.advisor.users.UserException;
import jp.advisor.users.UserStore;
import jp.advisor.users.Users;

/**
 * The service's users on its database, from the command line: the same checks, password encoding and audit entries
 * as {@code /api/users} ({@link Users}), the actor being {@code cli:<OS user>}. For an admin locked out, or before the
 * service first ran; while the service runs on an embedded H2 file, use {@code /api/users}.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"サービスの利用者を扱います：一覧、追加、ロック、ロック解除、パスワードの再設定。",
                "The service's users: list, add, lock, unlock, reset a password."},
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.Add.class, UsersCommand.Lock.class,
                UsersCommand.Unlock.class, UsersCommand.Password.class})
final class UsersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** What every subcommand shares: the database, and running one change with clear errors. */
    abstract static class UsersWork implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        RulesCommand.DatabaseOption db;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                Database database = Database.open(db.database);
                Users users = new Users(new UserStore(database.jdbc()),
                        PasswordEncoderFactories.createDelegatingPasswordEncoder(), new AuditLog(database.jdbc()));
                return database.inTransaction(() -> work(users, spec.commandLine().getOut()));
            } catch (UserException | IllegalStateException | IllegalArgumentException e) {
                err.println(e.getMessage());
                return 1;
            }
        }

        abstract int work(Users users, PrintWriter out);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"利用者を一覧にします。", "Lists the users."})
    static final class ListUsers extends UsersWork {
        @Override
        int work(Users users, PrintWriter out) {
            for (AdvisorUser u : users.list()) {
                out.println(u.name() + "\t" + u.displayName() + "\t" + String.join(",", u.roles().stream().map(Role::name).toList())
                        + "\t" + String.join(",", u.organisations()) + (u.locked() ? "\tロック中 / locked" : ""));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"利用者を追加します。パスワードは --password-stdin で渡すか、生成されて一度だけ表示されます。",
                    "Adds a user. Give the password on standard input (--password-stdin), or one is generated and shown once."})
    static final class Add extends UsersWork {

        @Parameters(index = "0", paramLabel = "<name>", description = "ログイン名（英数字と . _ @ -） / login name")
        String name;

        @Option(names = "--display-name", description = "表示名（例: 大正区 総務課 山田） / the name shown to people")
        String displayName;

        @Option(names = "--role", required = true, split = ",",
                description = "役割: STAFF（職員）, REVIEWER（確認者）, POLICY（政策担当）, ADMIN（管理者） / roles")
        List<String> roles;

        @Option(names = "--organisation", split = ",",
                description = "職員が担当する組織（シートの organization と同じ名前） / organisations a STAFF user acts for")
        List<String> organisations;

        @Mixin
        NewPassword password;

        @Override
        int work(Users users, PrintWriter out) {
            String chosen = password.value();
            AdvisorUser added = users.add(Database.actor(), name, new Users.Details(displayName,
                    roles.stream().map(Role::read).toList(), organisations == null ? List.of() : organisations), chosen);
            out.println("利用者 " + added.name() + " を追加しました / added user " + added.name() + " "
                    + added.roles() + " " + added.organisations());
            password.showIfGenerated(chosen, out);
            out.flush();
            return 0;
        }
    }

    @Command(name = "lock", mixinStandardHelpOptions = true,
            description = {"利用者をロックします（ログインできなくなります）。", "Locks a user: no more logins."})
    static final class Lock extends UsersWork {
        @Parameters(index = "0", paramLabel = "<name>")
        String name;

        @Override
        int work(Users users, PrintWriter out) {
            users.lock(Database.actor(), name, true);
            out.println("利用者 " + name + " をロックしました / locked " + name);
            out.flush();
            return 0;
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = {"利用者のロックを解除します。", "Unlocks a user."})
    static final class Unlock extends UsersWork {
        @Parameters(index = "0", paramLabel = "<name>")
        String name;

        @Override
        int work(Users users, PrintWriter out) {
            users.lock(Database.actor(), name, false);
            out.println("利用者 " + name + " のロックを解除しました / unlocked " + name);
            out.flush();
            return 0;
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true,
            description = {"パスワードを再設定します（--password-stdin で渡すか、生成されて一度だけ表示）。",
                    "Resets a password (from standard input with --password-stdin, or generated and shown once)."})
    static final class Password extends UsersWork {
        @Parameters(index = "0", paramLabel = "<name>")
        String name;

        @Mixin
        NewPassword password;

        @Override
        int work(Users users, PrintWriter out) {
            String chosen = password.value();
            users.password(Database.actor(), name, chosen);
            out.println("利用者 " + name + " のパスワードを再設定しました / reset the password of " + name);
            password.showIfGenerated(chosen, out);
            out.flush();
            return 0;
        }
    }

    /** A new password: one line of standard input with {@code --password-stdin}, else generated and shown once. */
    static final class NewPassword {

        @Option(names = "--password-stdin", description = "パスワードを標準入力の1行から読みます / reads the password from one line of standard input")
        boolean passwordStdin;

        String value() {
            return passwordStdin ? readPassword() : Users.generatePassword();
        }

        void showIfGenerated(String password, PrintWriter out) {
            if (!passwordStdin) {
                out.println("パスワード（一度だけ表示） / password (shown once): " + password);
            }
        }
    }

    private static String readPassword() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalStateException("標準入力にパスワードがありません / no password on standard input");
            }
            return line;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("標準入力を読めません / cannot read standard input: " + e.getMessage(), e);
        }
    }
}
