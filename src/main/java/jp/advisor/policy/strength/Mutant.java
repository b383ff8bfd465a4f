package jp.advisor.policy.strength;

/**
 * One small change to one rule file: a boundary moved, a threshold stepped, a symbol swapped.
 *
 * @param file    the rule file changed
 * @param where   where, as policy staff find it: 「outcome-rating.drl:104」 or 「withdrawal-default.drl.csv!C9」
 * @param from    what was written there
 * @param to      what the mutant writes instead
 * @param content the whole file with the change
 */
public record Mutant(String file, String where, String from, String to, byte[] content) {

    /** 「「>=」を「>」に」: the change in words. */
    public String change() {
        return "「" + from + "」→「" + to + "」";
    }
}
