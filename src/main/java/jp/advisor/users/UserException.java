package jp.advisor.users;

/** A user request that cannot be done: the message says what and why, in Japanese and English. */
public class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for the HTTP status: INVALID 400, NOT_FOUND 404, CONFLICT 409. */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final String field;

    UserException(Kind kind, String message) {
        this(kind, null, message);
    }

    /** {@code field}: the given field at fault (name, displayName, roles, organisations, password), shown beside it. */
    UserException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    /** The field at fault, or null when the request as a whole is refused. */
    public String field() {
        return field;
    }

    public Kind kind() {
        return kind;
    }
}
