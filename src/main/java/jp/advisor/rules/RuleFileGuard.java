package jp.advisor.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses rule files that use anything outside the allowed rule language ({@link jp.advisor.rules.guard.RuleGuard}:
 * the fact model, plain values, no loops, no reach beyond the facts) before anything is compiled or run.
 * Decision tables are checked through the DRL the engine generates from them, with problems located back to
 * their cells.
 */
final class RuleFileGuard {

    private RuleFileGuard() {
    }

    static List<RuleProblem> check(Map<String, byte[]> files) {
        List<RuleProblem> problems = new ArrayList<>();
        var guard = new jp.advisor.rules.guard.RuleGuard();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = file.getKey();
            if (RuleSetLoader.isDataFile(name)) {
                continue; // a data table, checked by its own reader
            }
            boolean table = DecisionTables.isTable(name);
            String drl = table ? DecisionTables.generatedDrl(name, file.getValue())
                    : new String(file.getValue(), StandardCharsets.UTF_8);
            if (drl == null) {
                continue; // an unreadable table: the compiler reports it
            }
            for (var v : guard.check(name, drl)) {
                String cell = table ? DecisionTables.cellOf(name, file.getValue(), drl, v.line()) : null;
                problems.add(new RuleProblem(name, v.line(), cell,
                        v.messageJa() + " / " + v.messageEn()));
            }
        }
        return problems;
    }
}
