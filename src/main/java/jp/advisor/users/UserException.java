package jp.advisor.users;

/** A user request that cannot be done: the message says what and why, in Japanese and English. */
public class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for the HTTP status: INVALID 400, NOT_FOUND 404, CONFLICT 409. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    private final Kind kind;

    UserException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
