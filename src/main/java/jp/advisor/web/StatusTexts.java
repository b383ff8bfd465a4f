package jp.advisor.web;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The type, title and detail of a problem that says no more than its status, in Japanese with English beside: for
 * Spring's own answers ({@link ProblemResponses#bilingual}) and the error page ({@link ErrorProblems}).
 *
 * @param type     {@code urn:advisor:problem:…}
 * @param title    「日本語 / English」
 * @param detailJa what to do, in Japanese
 * @param detailEn the same in English
 */
record StatusTexts(URI type, String title, String detailJa, String detailEn) {

    String detail() {
        return detailJa + " / " + detailEn;
    }

    static StatusTexts of(int status) {
        return switch (status) {
            case 400 -> texts("bad-request", "リクエストを受け付けられません / Bad request",
                    "リクエストの形式かパラメーターに誤りがあります", "the request or one of its parameters is malformed");
            case 401 -> texts("unauthenticated", "ログインが必要です / Authentication required",
                    "この操作にはログイン（HTTP Basic のユーザー名とパスワード）が必要です",
                    "this needs a login (HTTP Basic user name and password)");
            case 403 -> texts("forbidden", "権限がありません / Forbidden", "この操作の権限がありません",
                    "you are not allowed to do this");
            case 404 -> texts("not-found", "見つかりません / Not found", "指定されたものはありません。パスを確認してください",
                    "there is nothing here: check the path");
            case 405 -> texts("method-not-allowed", "このメソッドは使えません / Method not allowed",
                    "このパスではこのメソッドは使えません（Allow ヘッダーを参照）", "this method is not allowed here (see the Allow header)");
            case 406 -> texts("not-acceptable", "この形式では返せません / Not acceptable",
                    "Accept で求められた形式では返せません", "cannot answer in the format asked for by Accept");
            case 409 -> texts("conflict", "競合しています / Conflict", "現在の状態と競合します", "conflicts with the current state");
            case 413 -> texts("body-too-large", "本文が大きすぎます / Request body too large",
                    "リクエストの本文が上限を超えています。分けて送ってください", "the request body is over the limit: send it in parts");
            case 415 -> texts("unsupported-content-type", "この形式は受け付けません / Unsupported content type",
                    "Content-Type は application/json で送ってください", "send Content-Type: application/json");
            case 422 -> texts("unprocessable", "処理できません / Unprocessable content", "内容を処理できません",
                    "the content cannot be processed");
            case 429 -> texts("too-many-requests", "リクエストが多すぎます / Too many requests",
                    "しばらく待ってから送ってください", "wait a while and try again");
            case 503 -> texts("unavailable", "ただいま応答できません / Service unavailable",
                    "しばらく待ってから送ってください", "try again later");
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                String english = known == null ? "HTTP " + status : known.getReasonPhrase();
                yield status >= 500
                        ? texts("server-error", "サーバーの内部エラーです / " + english,
                                "サーバーで問題が起きました。続くようなら管理者に知らせてください",
                                "something went wrong in the service: tell its operators if it persists")
                        : texts("http-" + status, "リクエストを受け付けられません / " + english,
                                "このリクエストは受け付けられません（HTTP " + status + "）",
                                "this request cannot be answered (HTTP " + status + ")");
            }
        };
    }

    private static StatusTexts texts(String type, String title, String detailJa, String detailEn) {
        return new StatusTexts(URI.create("urn:advisor:problem:" + type), title, detailJa, detailEn);
    }
}
