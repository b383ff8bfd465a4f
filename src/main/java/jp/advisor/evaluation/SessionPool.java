package jp.advisor.evaluation;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Sessions of one compiled rule set, cleared and kept for the next evaluation: a new session makes a memory for every
 * node it reaches (about a tenth of an evaluation's time on the bundled rules), a cleared one keeps them. Clearing is
 * Drools' own ({@code StatefulKnowledgeSessionImpl.reset()}, what its {@code KieSessionsPool} does: every node memory,
 * the agenda and its focus, facts, listeners, globals). Only a session that ran to its end comes back here: one that was
 * halted, threw or was given up is disposed of ({@link Evaluator}), so that a late halt can never reach the next
 * evaluation.
 */
final class SessionPool {

    private final KieBase kieBase;
    private final int max;
    private final Queue<KieSession> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    SessionPool(KieBase kieBase, int max) {
        this.kieBase = kieBase;
        this.max = max;
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** A cleared session of this set, else a new one. */
    KieSession take() {
        KieSession s = idle.poll();
        if (s == null) {
            return kieBase.newKieSession();
        }
        size.decrementAndGet();
        return s;
    }

    /** Takes back a session that ran to its end: cleared and kept, or disposed of when enough are kept. */
    void giveBack(KieSession session) {
        if (!(session instanceof StatefulKnowledgeSessionImpl s)) {
            session.dispose();
            return;
        }
        try {
            s.reset();
        } catch (RuntimeException e) {
            session.dispose();
            return;
        }
        if (size.incrementAndGet() <= max) {
            idle.offer(session);
        } else {
            size.decrementAndGet();
            session.dispose();
        }
    }

    /** Sessions kept now (for tests). */
    int idle() {
        return size.get();
    }
}
