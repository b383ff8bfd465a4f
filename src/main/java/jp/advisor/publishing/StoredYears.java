package jp.advisor.publishing;

import java.util.List;
import java.util.TreeSet;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import jp.advisor.submission.FiscalYear;

/** The {@code years} parameter over stored submissions: {@code 2016,2017} or {@code 平成28年度,H29}, comma-separated. */
final class StoredYears {

    private StoredYears() {
    }

    /** The start years, ascending and once each; null (every year) when absent or blank; 400 when one is unreadable. */
    static List<Integer> read(String years) {
        if (years == null || years.isBlank()) {
            return null;
        }
        TreeSet<Integer> read = new TreeSet<>();
        for (String year : years.split("[,、，]")) {
            try {
                read.add(FiscalYear.read(year.strip()).startYear());
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "years の年度を読めません / unreadable year in"
                        + " years: " + e.getMessage());
            }
        }
        return List.copyOf(read);
    }
}
