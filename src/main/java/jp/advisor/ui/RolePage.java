package jp.advisor.ui;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import jp.advisor.users.Role;

/** The one list of the roles' pages: where each role lands, and its name in the header. */
public enum RolePage {
    STAFF(Role.STAFF, "/staff", "提出", "Submit"),
    REVIEWER(Role.REVIEWER, "/review", "確認", "Review"),
    POLICY(Role.POLICY, "/policy", "ルール", "Rules"),
    ADMIN(Role.ADMIN, "/admin", "管理", "Admin");

    private final Role role;
    private final String path;
    private final String ja;
    private final String en;

    RolePage(Role role, String path, String ja, String en) {
        this.role = role;
        this.path = path;
        this.ja = ja;
        this.en = en;
    }

    public String path() {
        return path;
    }

    public String ja() {
        return ja;
    }

    public String en() {
        return en;
    }

    /** The pages of a user with these authorities ({@code ROLE_STAFF} …), in the list's order. */
    public static List<RolePage> of(Collection<String> authorities) {
        return Arrays.stream(values()).filter(p -> authorities.contains(p.role.authority())).toList();
    }
}
