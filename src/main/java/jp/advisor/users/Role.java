package jp.advisor.users;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;

/** What a user may do. A user has one or more; Spring Security sees each as the authority {@code ROLE_<name>}. */
public enum Role {
    /** Ward staff: submit and read the sheets of their own organisations. */
    STAFF("職員"),
    /** Reviewers: read every submission, record dispositions, move submissions through the review. */
    REVIEWER("確認者"),
    /** Policy staff: check, compare, publish and roll back rules; what-if over stored submissions. */
    POLICY("政策担当"),
    /** Admins: users, organisations and the audit log. */
    ADMIN("管理者");

    private final String ja;

    Role(String ja) {
        this.ja = ja;
    }

    public String ja() {
        return ja;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** {@code STAFF}, {@code staff} or {@code 職員}; an unknown word is an error naming the known ones. */
    @JsonCreator
    public static Role read(String word) {
        String w = word == null ? "" : word.strip();
        for (Role r : values()) {
            if (r.name().equals(w.toUpperCase(Locale.ROOT)) || r.ja.equals(w)) {
                return r;
            }
        }
        throw new IllegalArgumentException("役割 \"" + w + "\" はありません（" + Arrays.toString(values())
                + "） / no role \"" + w + "\": use one of " + Arrays.toString(values()));
    }
}
