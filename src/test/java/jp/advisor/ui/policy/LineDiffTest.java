package jp.advisor.ui.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void showsAChangedLineWithItsNumbersOnBothSidesAndTwoLinesOfContext() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\n";
        String after = "a\nb\nc\nd\nE\nf\ng\nh\nadded\n";
        List<String> shown = LineDiff.of(before, after).stream()
                .map(l -> l.mark() + l.before() + "/" + l.after() + " " + l.text()).toList();
        assertThat(shown).containsExactly(
                " 3/3 c", " 4/4 d", "−5/null e", "+null/5 E", " 6/6 f", " 7/7 g", " 8/8 h", "+null/9 added");
    }

    @Test
    void leavesOutTheUnchangedStretchBetweenTwoChangesAsOneGap() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
        String after = "one\n2\n3\n4\n5\n6\n7\n8\n9\nten\n";
        List<LineDiff.Line> shown = LineDiff.of(before, after);
        assertThat(shown).extracting(LineDiff.Line::mark).containsExactly("−", "+", " ", " ", "…", " ", " ", "−", "+");
        assertThat(LineDiff.of(before, before)).isEmpty();
    }

    @Test
    void aNewFileIsAllAddedLines() {
        assertThat(LineDiff.of("", "x\ny\n")).extracting(LineDiff.Line::mark, LineDiff.Line::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("+", 1), org.assertj.core.groups.Tuple.tuple("+", 2));
    }
}
