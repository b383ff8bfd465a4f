package jp.advisor.publishing;

/** A rollback to a history entry that does not exist. */
public class NoSuchVersionException extends RuntimeException {

    public NoSuchVersionException(long id) {
        super("公開履歴 #" + id + " はありません / no published version #" + id);
    }
}
