package jp.advisor.policy.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.advisor.policy.analysis.DecisionTable.Constraint;
import jp.advisor.policy.analysis.DecisionTable.Symbolic;

/** The issue messages, Japanese for the staff who edit the tables and English beside them. */
final class Wording {

    private Wording() {
    }

    /** Japanese and English of one context ("when …"), either possibly empty. */
    record Context(String ja, String en) {

        static final Context NONE = new Context("", "");

        boolean isEmpty() {
            return ja.isEmpty();
        }

        Context and(Context o) {
            if (isEmpty()) {
                return o;
            }
            return o.isEmpty() ? this : new Context(ja + "、" + o.ja, en + " and " + o.en);
        }
    }

    /** The symbolic cells of one or more cases: 「全体が「A」」, {@code 全体 is "A"}. Blank cells say nothing. */
    static Context cases(List<Symbolic> columns, List<List<String>> tuples) {
        List<Set<String>> values = new ArrayList<>();
        long product = 1;
        for (int p = 0; p < columns.size(); p++) {
            Set<String> vs = new LinkedHashSet<>();
            for (List<String> t : tuples) {
                if (t.get(p) != null) {
                    vs.add(t.get(p));
                }
            }
            values.add(vs);
            product *= Math.max(1, vs.size());
        }
        if (product == tuples.size()) {
            Context c = Context.NONE;
            for (int p = 0; p < columns.size(); p++) {
                if (!values.get(p).isEmpty()) {
                    c = c.and(new Context(
                            columns.get(p).label() + "が" + values.get(p).stream().map(v -> "「" + v + "」").collect(Collectors.joining("か")),
                            columns.get(p).name() + " is " + values.get(p).stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(" or "))));
                }
            }
            return c;
        }
        List<String> ja = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (List<String> t : tuples) {
            Context c = cases(columns, List.of(t));
            ja.add(c.ja());
            en.add(c.en());
        }
        return new Context(String.join("／", ja), String.join("; or ", en));
    }

    /** A field limited to some stretches: 「件数が3未満または10以上」. */
    static Context within(String label, String name, List<Interval> stretches) {
        return new Context(
                label + "が" + stretches.stream().map(Interval::ja).collect(Collectors.joining("または")),
                name + " is " + stretches.stream().map(Interval::en).collect(Collectors.joining(" or ")));
    }

    private static String subjectJa(String label, Context c) {
        return label + (c.isEmpty() ? "" : "（" + c.ja() + "のとき）") + "：";
    }

    private static String subjectEn(String name, Context c) {
        return name + (c.isEmpty() ? "" : " (when " + c.en() + ")") + ": ";
    }

    static String gapJa(String label, Context c, Interval gap, String neighbour) {
        return subjectJa(label, c)
                + (gap.isAll() ? "どの値にも当たる行がありません。" : gap.ja() + "の値に当たる行がありません。")
                + (neighbour == null ? "" : "行を足すか、隣の行（" + neighbour + "）の範囲を広げてください。");
    }

    static String gapEn(String name, Context c, Interval gap, String neighbour) {
        return subjectEn(name, c) + "no row covers "
                + (gap.isAll() ? "any value." : "values " + gap.en() + " (" + gap.notation() + ").")
                + (neighbour == null ? "" : " Add a row or widen the neighbouring row (" + neighbour + ").");
    }

    static String neitherJa(String label, Context c, BigDecimal b, String below, String above) {
        String v = Interval.show(b);
        return subjectJa(label, c) + v + "ちょうどの値はどちらの行にも当たりません：「未満」と「超」の組み合わせです。"
                + "どちらかを「以下」または「以上」にしてください（" + below + "の「未満」を「以下」に、または"
                + above + "の「超」を「以上」に）。";
    }

    static String neitherEn(String name, Context c, BigDecimal b, String below, String above) {
        String v = Interval.show(b);
        return subjectEn(name, c) + "a value of exactly " + v + " falls in neither row: " + below
                + " says below (<) and " + above + " says above (>). Change one of them: " + below
                + " to at most (<=) or " + above + " to at least (>=).";
    }

    static String bothJa(String label, Context c, BigDecimal b, String below, String above) {
        String v = Interval.show(b);
        return subjectJa(label, c) + v + "ちょうどの値は両方の行に当たり、答えが異なります：「以下」と「以上」の組み合わせです。"
                + "どちらかを「未満」または「超」にしてください（" + below + "の「以下」を「未満」に、または"
                + above + "の「以上」を「超」に）。";
    }

    static String bothEn(String name, Context c, BigDecimal b, String below, String above) {
        String v = Interval.show(b);
        return subjectEn(name, c) + "a value of exactly " + v + " falls in both rows, which give different actions: "
                + below + " says at most (<=) and " + above + " says at least (>=). Change one of them: " + below
                + " to below (<) or " + above + " to above (>).";
    }

    /** Overlap in one field: {@code where} is that field's common stretch. */
    static String overlapJa(String label, Context c, Interval where, String a, String b) {
        return subjectJa(label, c) + where.ja() + "の値には" + a + "の行と" + b + "の行の両方が当たり、答え（ACTION）が異なります。"
                + "範囲が重ならないようにするか、答えをそろえてください。";
    }

    static String overlapEn(String name, Context c, Interval where, String a, String b) {
        return subjectEn(name, c) + "rows " + a + " and " + b + " both cover "
                + (where.isAll() ? "every value" : "values " + where.en() + " (" + where.notation() + ")")
                + " but give different actions. Make the ranges disjoint or the actions the same.";
    }

    /** Overlap in several fields at once: {@code where} says all of them. */
    static String overlapJa(Context c, Context where, String a, String b) {
        return (c.isEmpty() ? "" : c.ja() + "のとき、") + where.ja() + "の値には" + a + "の行と" + b
                + "の行の両方が当たり、答え（ACTION）が異なります。範囲が重ならないようにするか、答えをそろえてください。";
    }

    static String overlapEn(Context c, Context where, String a, String b) {
        return (c.isEmpty() ? "" : "When " + c.en() + ", ") + "rows " + a + " and " + b + " both cover values where "
                + where.en() + " but give different actions. Make the ranges disjoint or the actions the same.";
    }

    static String emptyJa(String label, String row, List<Constraint> constraints) {
        return label + "：この行（" + row + "）の条件"
                + constraints.stream().map(k -> "「" + Interval.show(k.value()) + k.op().ja + "」").collect(Collectors.joining("と"))
                + "を同時に満たす値はないため、この行は決して当たりません。";
    }

    static String emptyEn(String name, String row, List<Constraint> constraints) {
        return name + ": no value is "
                + constraints.stream().map(k -> k.op().en + " " + Interval.show(k.value())).collect(Collectors.joining(" and "))
                + " at once, so row " + row + " never fires.";
    }

    static String shadowedJa(String row, String group, List<String> by) {
        return "この行（" + row + "）が当たる値はすべて、同じ ACTIVATION-GROUP「" + group + "」で先に当たる行（"
                + String.join("、", by) + "）が取るため、この行は決して当たりません。優先度（PRIORITY）か範囲を見直してください。";
    }

    static String shadowedEn(String row, String group, List<String> by) {
        return "Every value row " + row + " covers is taken first by " + (by.size() == 1 ? "row " : "rows ")
                + String.join(", ", by) + " of the same activation group \"" + group + "\", so " + row
                + " never fires. Check its PRIORITY or its range.";
    }
}
