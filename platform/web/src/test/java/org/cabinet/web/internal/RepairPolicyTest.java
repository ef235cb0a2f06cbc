package org.cabinet.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.cabinet.web.internal.RepairPolicy.Action;
import org.junit.jupiter.api.Test;

class RepairPolicyTest {

    private static final ServerProbe.Answer SERVER_404 = new ServerProbe.Answer(404, "text/html;charset=iso-8859-1");
    private static final ServerProbe.Answer SERVED = new ServerProbe.Answer(200, "application/json");
    private static final ServerProbe.Answer PROBLEM_404 = new ServerProbe.Answer(404, "application/problem+json");

    private final RepairPolicy policy = new RepairPolicy(3, 2);

    @Test
    void repairsAfterSeveral404sInARowOfTheServerItself() {
        assertThat(policy.afterCheck(true, SERVER_404)).isEqualTo(Action.NONE);
        assertThat(policy.afterCheck(true, SERVER_404)).isEqualTo(Action.NONE);
        assertThat(policy.afterCheck(true, SERVER_404)).isEqualTo(Action.REPAIR);
        assertThat(policy.afterCheck(true, SERVER_404)).as("counts again after a repair").isEqualTo(Action.NONE);
    }

    @Test
    void aFew404sWhileTheApplicationIsDeployedAreNormal() {
        policy.afterCheck(true, SERVER_404);
        policy.afterCheck(true, SERVER_404);
        policy.afterCheck(true, SERVED);
        policy.afterCheck(true, SERVER_404);

        assertThat(policy.afterCheck(true, SERVER_404)).isEqualTo(Action.NONE);
    }

    @Test
    void nothingToRepairWhenTheWhiteboardDoesNotServeTheApplicationEither() {
        for (int i = 0; i < 10; i++) {
            assertThat(policy.afterCheck(false, SERVER_404)).isEqualTo(Action.NONE);
        }
    }

    @Test
    void aProblemOrNoAnswerIsNoReasonToRepair() {
        for (int i = 0; i < 10; i++) {
            assertThat(policy.afterCheck(true, PROBLEM_404)).as("the application's own 404").isEqualTo(Action.NONE);
            assertThat(policy.afterCheck(true, ServerProbe.Answer.NONE)).as("nothing listens").isEqualTo(Action.NONE);
        }
    }

    @Test
    void givesUpOnceAfterRepairsThatChangeNothing() {
        assertThat(checks(3)).isEqualTo(Action.REPAIR);
        assertThat(checks(3)).isEqualTo(Action.REPAIR);
        assertThat(checks(3)).isEqualTo(Action.GIVE_UP);
        assertThat(checks(30)).isEqualTo(Action.NONE);
    }

    @Test
    void repairsAgainOnceTheApplicationWasReachedInBetween() {
        checks(3);
        checks(3);
        policy.afterCheck(true, SERVED);

        assertThat(checks(3)).isEqualTo(Action.REPAIR);
    }

    /** @return the action after that many 404s of the server itself */
    private Action checks(int count) {
        Action last = Action.NONE;
        for (int i = 0; i < count; i++) {
            last = policy.afterCheck(true, SERVER_404);
        }
        return last;
    }
}
