package jp.advisor.submissions;

/** A sheet's file as the ward sent it (the 様式 workbook), under the name it was sent with. */
public record ReceivedFile(String name, byte[] bytes) {
}
