package org.cabinet.web.internal;

/**
 * Decides, check after check, when the core application must be registered again: when the JAX-RS whiteboard
 * says it serves it while the web server answers a 404 of its own under its base for several checks in a row.
 * A few such 404s are normal while the application is (re)deployed. Gives up after repairs that change nothing.
 * <p>
 * Not thread-safe: one thread makes all the checks.
 */
final class RepairPolicy {

    enum Action {
        NONE, REPAIR, GIVE_UP
    }

    private final int missesBeforeRepair;
    private final int repairsBeforeGivingUp;
    private int misses;
    private int repairsWithoutEffect;
    private boolean givenUp;

    RepairPolicy(int missesBeforeRepair, int repairsBeforeGivingUp) {
        this.missesBeforeRepair = Math.max(1, missesBeforeRepair);
        this.repairsBeforeGivingUp = Math.max(0, repairsBeforeGivingUp);
    }

    /**
     * @param whiteboardServes whether the JAX-RS whiteboard lists the core application with its resources
     * @param answer what the web server answered under the application's base
     */
    Action afterCheck(boolean whiteboardServes, ServerProbe.Answer answer) {
        if (!whiteboardServes || answer.status() == ServerProbe.Answer.NONE.status()) {
            misses = 0;
            return Action.NONE;
        }
        if (answer.status() != 404 || answer.isProblem()) {
            misses = 0;
            repairsWithoutEffect = 0;
            givenUp = false;
            return Action.NONE;
        }
        if (givenUp || ++misses < missesBeforeRepair) {
            return Action.NONE;
        }
        misses = 0;
        if (repairsWithoutEffect >= repairsBeforeGivingUp) {
            givenUp = true;
            return Action.GIVE_UP;
        }
        repairsWithoutEffect++;
        return Action.REPAIR;
    }
}
