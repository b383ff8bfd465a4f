package jp.advisor.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Which entries to show: {@code from} and {@code to} both inclusive (null: unbounded), actor, action and subject
 * exactly (null: any). Read from the query's strings by {@link #of}.
 */
public record AuditQuery(OffsetDateTime from, OffsetDateTime to, String actor, String action, String subject) {

    /** The wards' time: a bare date or date-time means the day or moment in Japan. */
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** A parameter that cannot be read; the message names it and says what it takes. */
    public static final class InvalidException extends RuntimeException {
        private final String parameter;

        InvalidException(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    public static AuditQuery of(String from, String to, String actor, String action, String subject) {
        OffsetDateTime start = instant("from", from, false);
        OffsetDateTime end = instant("to", to, true);
        if (start != null && end != null && start.isAfter(end)) {
            throw new InvalidException("from", "from（" + from + "）が to（" + to + "）より後です / from (" + from
                    + ") is after to (" + to + ")");
        }
        return new AuditQuery(start, end, blankToNull(actor), blankToNull(action), blankToNull(subject));
    }

    /**
     * {@code 2026-04-01} (a whole day in Japan: its start for {@code from}, its last microsecond for {@code to}, the
     * log's precision), {@code 2026-04-01T09:00} (Japan) or {@code 2026-04-01T09:00+09:00} / {@code …Z}.
     */
    private static OffsetDateTime instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return endOfDay ? day.plusDays(1).atStartOfDay(TOKYO).toOffsetDateTime().minus(1, ChronoUnit.MICROS)
                        : day.atStartOfDay(TOKYO).toOffsetDateTime();
            }
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException noOffset) {
                return LocalDateTime.parse(text).atZone(TOKYO).toOffsetDateTime();
            }
        } catch (DateTimeParseException e) {
            throw new InvalidException(name, name + " を日付（2026-04-01）か日時（2026-04-01T09:00、2026-04-01T09:00+09:00）"
                    + "として読めません: " + value + " / " + name + " is not an ISO date (2026-04-01) or date-time"
                    + " (2026-04-01T09:00, 2026-04-01T09:00+09:00): " + value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
