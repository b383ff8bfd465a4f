package jp.advisor.submissions;

/** No stored submission has this id (404). */
public class NoSuchSubmissionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long id;

    NoSuchSubmissionException(long id) {
        super("提出 " + id + " はありません / no submission " + id);
        this.id = id;
    }

    long id() {
        return id;
    }
}
