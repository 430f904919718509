"""Plots of a simulate Result with matplotlib (imported when a plot is drawn, not with the
package): every figure is the report's, laid out; each plot returns its matplotlib Axes."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Optional

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from bailiff.simulation import Result

#: The headline's money figures: report key, label.
HEADLINE = (("collected_tenge", "collected"),
            ("fees_paid_tenge", "private bailiffs' fees paid"),
            ("fee_avoided_official_tenge", "fee avoided (official)"),
            ("fee_avoided_counterfactual_tenge", "fee avoided (counterfactual)"))

#: The figures of each run's report (per_replication) that draws() can show: key, label.
DRAW_FIGURES = {"paid": "fines paid", "collected_tenge": "collected",
                "fees_paid_tenge": "private bailiffs' fees paid",
                "fee_avoided_official_tenge": "fee avoided (official)",
                "fee_avoided_counterfactual_tenge": "fee avoided (counterfactual)",
                "handed_to_bailiff": "handed to a private bailiff",
                "proceedings_opened": "robot proceedings opened"}


def _new_axes(ax: Optional[Axes]) -> Axes:
    """`ax`, or the Axes of a new pyplot figure."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=(8, 4.5))[1]


def _mln(tenge: Any) -> float:
    """A report's tenge ("1234.56") in millions of tenge."""
    return float(Decimal(str(tenge)) / 1_000_000)


class Plots:
    """The plots of one Result (`result.plot`). Each takes `ax=` (draw on these Axes; by
    default a new figure) and returns the Axes."""

    def __init__(self, result: Result) -> None:
        self._result = result

    def _versus(self) -> str:
        """"POLICY vs BASELINE", the policies a title names."""
        report = self._result.report
        return f"{report['policy']['id']} vs {report['baseline']['id']}"

    def headline(self, ax: Optional[Axes] = None) -> Axes:
        """The policy's headline money figures in mln ₸ (collected, private bailiffs' fees
        paid, both measures of the fee avoided against the baseline): one bar each, the mean
        over the draws, with their 5-95% interval."""
        ax = _new_axes(ax)
        report = self._result.report
        means = [_mln(report[key]) for key, _ in HEADLINE]
        low = [m - _mln(report["intervals_90"][key][0]) for m, (key, _) in zip(means, HEADLINE)]
        high = [_mln(report["intervals_90"][key][1]) - m for m, (key, _) in zip(means, HEADLINE)]
        ax.barh([label for _, label in HEADLINE], means, xerr=[low, high], capsize=4)
        ax.invert_yaxis()
        ax.set_xlabel("mln ₸")
        ax.set_ylabel("figure")
        ax.set_title(f"{self._versus()}: headline figures "
                     f"(mean of {report['replications']} runs, 5-95% interval)")
        return ax

    def _runs(self) -> list[tuple[str, dict]]:
        """("policy: ID", its seeded run) and ("baseline: ID", its run), as the report holds
        them (labelled by role, so that a policy run against itself shows twice)."""
        report = self._result.report
        return [(f"{role}: {report[role]['id']}", report[f"{role}_run"])
                for role in ("policy", "baseline")]

    def paid_curve(self, ax: Optional[Axes] = None) -> Axes:
        """The cumulative share of fines paid by each day after their entry into force, in %,
        one line for the policy and one for the baseline (the seeded run, as Result.daily)."""
        ax = _new_axes(ax)
        for label, run in self._runs():
            paid = run["paid_cumulative_by_day"]
            ax.plot(range(len(paid)), [100 * p / run["cases"] for p in paid], label=label)
        ax.set_xlabel("days after entry into force")
        ax.set_ylabel("fines paid, % (cumulative)")
        ax.set_ylim(0, 100)
        ax.set_title(f"{self._versus()}: fines paid by day")
        ax.legend()
        return ax

    def stages(self, figure: str = "paid", ax: Optional[Axes] = None) -> Axes:
        """One bar per stage of payment and policy (the seeded run, as Result.by_stage):
        figure="paid", the share of all fines paid in that stage, in %; "collected", the
        tenge collected in it, in mln ₸."""
        from bailiff import _checks

        _checks.choice("figure", figure, ("paid", "collected"))
        ax = _new_axes(ax)
        runs = self._runs()
        stages = list(runs[0][1]["by_stage"])
        width = 0.8 / len(runs)
        for r, (label, run) in enumerate(runs):
            by_stage = run["by_stage"]
            if figure == "paid":
                values = [100 * by_stage[s]["paid"] / run["cases"] for s in stages]
            else:
                values = [_mln(by_stage[s]["collected_tenge"]) for s in stages]
            ax.bar([s + (r + 0.5) * width - 0.4 for s in range(len(stages))], values, width,
                   label=label)
        ax.set_xticks(range(len(stages)), stages)
        ax.set_xlabel("stage of payment")
        ax.set_ylabel("% of fines" if figure == "paid" else "mln ₸")
        ax.set_title(f"{self._versus()}: {'fines paid' if figure == 'paid' else 'tenge collected'}"
                     " by stage")
        ax.legend()
        return ax

    def draws(self, figure: str = "fee_avoided_official_tenge", bins: int = 20,
              ax: Optional[Axes] = None) -> Axes:
        """A histogram of one figure of the policy's runs over the ensemble's draws (the
        report's per_replication: a key of DRAW_FIGURES; money in mln ₸, the paid count as
        % of the fines), with the mean marked by a vertical line."""
        from bailiff import _checks

        _checks.choice("figure", figure, tuple(DRAW_FIGURES))
        _checks.count("bins", bins, 1, 1000)
        ax = _new_axes(ax)
        report = self._result.report
        runs = report["per_replication"]
        if figure.endswith("_tenge"):
            values, unit = [_mln(run[figure]) for run in runs], "mln ₸"
        elif figure == "paid":
            values, unit = [100 * run[figure] / report["cases"] for run in runs], "% of fines"
        else:
            values, unit = [run[figure] for run in runs], "cases"
        ax.hist(values, bins=bins)
        ax.axvline(sum(values) / len(values), color="black", linestyle="--", label="mean")
        ax.set_xlabel(f"{DRAW_FIGURES[figure]}, {unit}")
        ax.set_ylabel("runs")
        ax.set_title(f"{self._versus()}: {DRAW_FIGURES[figure]} over {len(values)} runs")
        ax.legend()
        return ax
