package jp.advisor.cli;

import java.io.PrintWriter;

/** Count, rate and (when the total is known) time left, redrawn on one terminal line at most 5 times a second. */
final class Progress {

    private final PrintWriter err;
    private final boolean enabled;
    private final long total;
    private final long start = System.nanoTime();
    private long done;
    private long lastDraw;

    Progress(PrintWriter err, boolean enabled, long total) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
    }

    /** On when asked, or when a person is watching a terminal. */
    static boolean wanted(Boolean flag) {
        return flag != null ? flag : System.console() != null;
    }

    void tick() {
        done++;
        long now = System.nanoTime();
        if (enabled && (now - lastDraw > 200_000_000L || done == total)) {
            lastDraw = now;
            err.print("\r" + line(now));
            err.flush();
        }
    }

    void finish() {
        if (enabled) {
            err.println("\r" + line(System.nanoTime()));
            err.flush();
        }
    }

    private String line(long now) {
        double seconds = Math.max((now - start) / 1e9, 1e-9);
        double rate = done / seconds;
        String eta = total > 0 && rate > 0 ? String.format("  残り約 %.0f 秒 / ETA %.0f s", (total - done) / rate, (total - done) / rate) : "";
        return String.format("処理 %d%s 件  %.1f 件/秒 / %d%s done, %.1f/s%s",
                done, total > 0 ? "/" + total : "", rate, done, total > 0 ? "/" + total : "", rate, eta);
    }
}
