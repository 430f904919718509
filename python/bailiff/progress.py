"""Progress of long runs: a callback (done, total), or a tqdm bar when tqdm is installed."""


from typing import Callable, Optional

from bailiff._types import Progress


def reporter(progress: Progress, what: str, unit: str = " case runs"
             ) -> tuple[Optional[Callable[[int, int], None]], Callable[[], None]]:
    """The callable handed to the core for `progress`, and a function closing it.

    progress: None or False (silent), True (a tqdm bar when tqdm is installed, else silent),
    or a callable taking (done, total); `unit` names what the bar counts.
    """
    if callable(progress):
        return progress, lambda: None
    if not progress:
        return None, lambda: None
    try:
        from tqdm.auto import tqdm
    except ImportError:
        return None, lambda: None
    bar = tqdm(desc=what, unit=unit, unit_scale=unit == " case runs")

    def update(done, total):
        if total and bar.total != total:
            bar.total = total
        bar.n = done
        bar.refresh()

    return update, bar.close
