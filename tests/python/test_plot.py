"""The plots of a Result: each draws on the Agg backend, returns its Axes with labelled axes
and units, a title naming the policies and the expected lines or bars, and writes a PNG."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

import bailiff  # noqa: E402

TITLE = "kz-2024-08-20 vs kz-pre-robot: "


@pytest.fixture(scope="module")
def result():
    return bailiff.simulate(bailiff.Scenario(cases=20_000, replications=6))


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def _png(ax, path):
    ax.figure.savefig(path)
    assert path.read_bytes().startswith(b"\x89PNG")


def test_headline_bars_are_the_report_s_figures_in_millions(result, tmp_path):
    ax = result.plot.headline()
    assert ax.get_xlabel() == "mln ₸" and ax.get_title().startswith(TITLE)
    bars = ax.patches
    assert len(bars) == 4
    assert bars[0].get_width() == pytest.approx(float(result.report["collected_tenge"]) / 1e6)
    assert bars[2].get_width() == pytest.approx(
        float(result.report["fee_avoided_official_tenge"]) / 1e6)
    assert [t.get_text() for t in ax.get_yticklabels()][0] == "collected"
    _png(ax, tmp_path / "headline.png")


def test_paid_curve_is_the_daily_share_of_both_runs(result, tmp_path):
    ax = result.plot.paid_curve()
    assert ax.get_xlabel() == "days after entry into force"
    assert ax.get_ylabel() == "fines paid, % (cumulative)" and ax.get_title().startswith(TITLE)
    lines = ax.get_lines()
    assert [line.get_label() for line in lines] == ["policy: kz-2024-08-20", "baseline: kz-pre-robot"]
    daily = result.daily
    for line, policy in zip(lines, ("kz-2024-08-20", "kz-pre-robot")):
        share = daily[daily.policy == policy].share_paid
        assert list(line.get_ydata()) == pytest.approx(list(100 * share))
    _png(ax, tmp_path / "paid_curve.png")


@pytest.mark.parametrize("figure,unit", [("paid", "% of fines"), ("collected", "mln ₸")])
def test_stage_bars_pair_policy_and_baseline(result, tmp_path, figure, unit):
    ax = result.plot.stages(figure)
    assert ax.get_ylabel() == unit and ax.get_xlabel() == "stage of payment"
    assert ax.get_title().startswith(TITLE)
    by_stage = result.by_stage
    assert len(ax.patches) == len(by_stage) == 10
    robot = by_stage[(by_stage.policy == "kz-2024-08-20") & (by_stage.stage == "robot")].iloc[0]
    want = (100 * robot.paid / result.report["cases"] if figure == "paid"
            else robot.collected_tenge / 1e6)
    assert ax.patches[3].get_height() == pytest.approx(want)
    assert ax.patches[8].get_height() == 0  # no robot under the baseline
    _png(ax, tmp_path / f"stages-{figure}.png")


def test_draws_histogram_counts_every_run(result, tmp_path):
    ax = result.plot.draws("fee_avoided_counterfactual_tenge", bins=4)
    assert ax.get_xlabel() == "fee avoided (counterfactual), mln ₸" and ax.get_ylabel() == "runs"
    assert ax.get_title() == TITLE + "fee avoided (counterfactual) over 6 runs"
    assert len(ax.patches) == 4 and sum(p.get_height() for p in ax.patches) == 6
    mean = float(result.report["fee_avoided_counterfactual_tenge"]) / 1e6
    assert ax.get_lines()[0].get_xdata()[0] == pytest.approx(mean)
    assert result.plot.draws("paid").get_xlabel() == "fines paid, % of fines"
    _png(ax, tmp_path / "draws.png")


def test_plots_draw_on_given_axes_and_from_a_report_read_back(result):
    _, ax = plt.subplots()
    assert bailiff.Result.from_json(result.to_json()).plot.stages(ax=ax) is ax


def test_a_bad_figure_names_the_argument(result):
    with pytest.raises(bailiff.InputError, match=r"^\(python\):figure: figure: expected 'paid'"):
        result.plot.draws("cases")
