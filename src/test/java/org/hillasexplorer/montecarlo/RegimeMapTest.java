package org.hillasexplorer.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.hillasexplorer.montecarlo.RegimeMap.Regime;
import org.junit.jupiter.api.Test;

class RegimeMapTest {

    @Test
    void classificationFollowsTheAnalyticConstraints() {
        assertThat(Regime.of(0.1, 1e-3)).isEqualTo(Regime.TRANSPARENT);
        assertThat(Regime.of(10, 1e-3)).isEqualTo(Regime.PATCHY);
        assertThat(Regime.of(100, 0.1)).isEqualTo(Regime.TRAPPING);
    }

    @Test
    void mapShowsWhereTheRelationHolds() throws InterruptedException {
        AtomicLong last = new AtomicLong();
        List<RegimeMap.Cell> cells = RegimeMap.compute(10, new double[] {0.03, 30}, new double[] {1e-3, 1e-1}, 1, 500, 9, 2,
                new Simulator.Progress() {
                    @Override
                    public void done(long particlesDone, long total) {
                        assertThat(total).isEqualTo(2000);
                        last.accumulateAndGet(particlesDone, Math::max);
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                });
        assertThat(last.get()).isEqualTo(2000);
        assertThat(cells).hasSize(4);
        for (RegimeMap.Cell c : cells) {
            System.out.println(c);
        }
        assertThat(cells.get(0).regime()).isEqualTo(Regime.TRANSPARENT);
        assertThat(cells.get(0).measuredOverExpected()).isGreaterThan(5);
        assertThat(cells.get(2).regime()).isEqualTo(Regime.PATCHY);
        assertThat(cells.get(2).measuredOverExpected()).isBetween(0.8, 1.2);
        assertThat(cells.get(3).regime()).isEqualTo(Regime.TRAPPING);
    }
}
