package jp.advisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.dao.DataAccessException;
import org.flywaydb.core.api.FlywayException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import jp.advisor.backup.BackupExport;
import jp.advisor.backup.BackupImport;

/**
 * {@code export} and {@code import}: a backup of the stored submissions, their evaluations, reviews and the audit
 * log as a folder of plain files, and such a folder loaded into a database. Both open the service's database (its
 * {@code spring.datasource.*}, or {@code --database}) with a plain JDBC connection; an embedded H2 file is in use
 * while the service runs, so stop it first (PostgreSQL can be exported while it runs).
 */
final class BackupCommands {

    private BackupCommands() {
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"保管された提出データのすべての版を、評価、指摘とその判断の履歴、状態の遷移、監査ログ、利用者"
                    + "（パスワードのハッシュなし）とともにフォルダに書き出します（バックアップ）。提出データは受け取ったときのままの"
                    + " JSON で DIR/submissions/<組織>/<年度>/r<版>.json（evaluate でそのまま読めます）、評価は DIR/evaluations/"
                    + " に同じ名前で、一覧は DIR/manifest.json、監査ログは audit.jsonl と audit.csv。",
                    "空でないフォルダには書きません（古いファイルが混ざらないように、新しいフォルダを指定してください）。",
                    "Writes every stored submission revision with its evaluation, findings and their dispositions, state "
                            + "transitions, the audit log and the users (without password hashes) to a folder (a backup): "
                            + "sheets as received in DIR/submissions/<organisation>/<year>/r<revision>.json (readable by "
                            + "evaluate), evaluations under DIR/evaluations/ by the same names, DIR/manifest.json, "
                            + "audit.jsonl and audit.csv. Refuses a folder that is not empty, so that no older file mixes "
                            + "in: give a new one."})
    static final class Export implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        RulesCommand.DatabaseOption db;

        @Option(names = "--out", required = true, paramLabel = "DIR",
                description = "書き出すフォルダ（ないか空のもの） / folder to write to (absent or empty)")
        Path out;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            try {
                BackupExport.Summary summary = BackupExport.export(Database.dataSource(db.database, false), Database.safeUrl(db.database),
                        Database.actor(), out);
                spec.commandLine().getOut().println("書き出しました: 版 " + summary.revisions() + " 件、監査ログ "
                        + summary.auditEntries() + " 件、利用者 " + summary.users() + " 人 → " + out + " / exported "
                        + summary.revisions() + " revision(s), " + summary.auditEntries() + " audit entries, "
                        + summary.users() + " user(s) to " + out);
                return 0;
            } catch (BackupExport.NotEmptyException | IllegalArgumentException e) {
                err.println(e.getMessage());
                return 1;
            } catch (DataAccessException e) {
                err.println("データベース " + Database.safeUrl(db.database) + " を読めません（H2 をサービスが使用中なら停止してから） / cannot read"
                        + " the database " + Database.safeUrl(db.database) + " (stop a service using the embedded H2 first): "
                        + e.getMostSpecificCause().getMessage());
                return 1;
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"export で書き出したフォルダをデータベースに取り込みます。1つのトランザクションで、問題があれば何も"
                    + "取り込みません。データベースが新しければスキーマを作ります。すでにある版（組織・年度・版が同じ）は内容が同じなら"
                    + "飛ばし、違えばエラーです。判断、遷移、監査ログは重複しません。利用者は取り込みません。",
                    "Loads a folder written by export into the database, in one transaction: on any problem nothing is "
                            + "imported. Creates the schema in a new database. A revision already there (same "
                            + "organisation, year and revision) is skipped when identical and an error otherwise; "
                            + "dispositions, transitions and audit entries are not duplicated. Users are not imported."})
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        RulesCommand.DatabaseOption db;

        @Parameters(paramLabel = "DIR", description = "export で書き出したフォルダ / a folder written by export")
        Path dir;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
                err.println(dir.resolve("manifest.json") + " がありません（export で書き出したフォルダを指定してください） / "
                        + dir.resolve("manifest.json") + " does not exist: give a folder written by export");
                return 1;
            }
            try {
                BackupImport.Summary s = BackupImport.importFrom(Database.dataSource(db.database, true), dir, Database.actor());
                spec.commandLine().getOut().println("取り込みました: 版 " + s.imported() + " 件（すでにあり飛ばしたもの "
                        + s.skipped() + " 件）、判断 " + s.dispositions() + " 件、遷移 " + s.transitions() + " 件、監査ログ "
                        + s.auditEntries() + " 件 → " + Database.safeUrl(db.database) + " / imported " + s.imported()
                        + " revision(s) (" + s.skipped() + " already present, skipped), " + s.dispositions()
                        + " disposition(s), " + s.transitions() + " transition(s), " + s.auditEntries()
                        + " audit entries into " + Database.safeUrl(db.database));
                return 0;
            } catch (BackupImport.InvalidBackupException | IllegalArgumentException e) {
                err.println(e.getMessage());
                return 1;
            } catch (DataAccessException | FlywayException e) {
                err.println("データベース " + Database.safeUrl(db.database) + " に取り込めません。何も取り込んでいません / cannot import into "
                        + Database.safeUrl(db.database) + "; nothing was imported: " + (e instanceof DataAccessException d
                        ? d.getMostSpecificCause().getMessage() : e.getMessage()));
                return 1;
            }
        }
    }
}
