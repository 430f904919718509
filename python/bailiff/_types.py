"""The types the public signatures name: what an input argument, a progress argument and a
loaded document may be."""

import os
from typing import Callable, Optional, Union

#: A shipped name or a file path.
PathLike = Union[str, "os.PathLike[str]"]

#: None or False (silent), True (a tqdm bar), or a callable(done, total).
Progress = Optional[Union[bool, Callable[[int, int], None]]]
