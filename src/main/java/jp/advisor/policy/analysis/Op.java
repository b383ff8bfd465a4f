package jp.advisor.policy.analysis;

import java.math.BigDecimal;

/** A comparator of a numeric condition, read as {@code field OP value}, with the words staff use for it. */
enum Op {
    LT("<", "未満", "below"),
    LE("<=", "以下", "at most"),
    GT(">", "超", "above"),
    GE(">=", "以上", "at least"),
    EQ("==", "ちょうど", "exactly");

    final String symbol;
    final String ja;
    final String en;

    Op(String symbol, String ja, String en) {
        this.symbol = symbol;
        this.ja = ja;
        this.en = en;
    }

    static Op of(String symbol) {
        for (Op op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException(symbol);
    }

    /** The comparator that means the same with its sides swapped: {@code $param < x} is {@code x > $param}. */
    Op swapped() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case GT -> LT;
            case GE -> LE;
            case EQ -> EQ;
        };
    }

    Interval interval(BigDecimal v) {
        return switch (this) {
            case LT -> new Interval(null, false, v, false);
            case LE -> new Interval(null, false, v, true);
            case GT -> new Interval(v, false, null, false);
            case GE -> new Interval(v, true, null, false);
            case EQ -> new Interval(v, true, v, true);
        };
    }
}
