"""The Python door's argument checks, made before anything reaches the C++ binding: a bad
argument raises InputError naming it (`(python):NAME: NAME: expected ..., found ...`, the
CLI's form), never pybind11's TypeError, which would list every argument of the call, the
IIN key included. The ranges are the CLI's (cli/counts.hpp)."""

import os
import numbers

from bailiff import _core

MAX_CASES = 200_000_000
MAX_THREADS = 256
MAX_REPLICATIONS = 1000
MAX_SEED = 2**64 - 1
MAX_PER_CASE = 1_000_000


def _shown(value):
    """A value as an error shows it: short numbers and names; anything else by its type."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, numbers.Integral):
        text = str(int(value))
        return text if len(text) <= 11 else f"a number of {len(text)} digits"
    if isinstance(value, str):
        if _core.contains_valid_iin(value):  # the one IIN rule (core iin.hpp): never echoed
            return f"a text of {len(value)} characters (not shown: it may hold an IIN)"
        return f"a text of {len(value)} characters" if len(value) > 40 else repr(value)
    return f"a {type(value).__name__}"


def fail(name, expected, found):
    """Raise InputError for argument `name`."""
    error = _core.InputError(f"(python):{name}: {name}: expected {expected}, found {found}")
    error.file, error.location, error.field = "(python)", name, name
    raise error


def count(name, value, low, high):
    """`value` as an int in [low, high] (an int, not a bool or a float)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        fail(name, f"a whole number from {low:,} to {high:,}", _shown(value))
    if not low <= int(value) <= high:
        fail(name, f"a whole number from {low:,} to {high:,}", _shown(value))
    return int(value)


def threads(value):
    """`threads=None` (one per core) or a count of workers."""
    return 0 if value is None else count("threads", value, 0, MAX_THREADS)


def text(name, value, optional=False):
    """`value` as a str (None allowed when `optional`, given back as "")."""
    if value is None and optional:
        return ""
    if not isinstance(value, str):
        fail(name, "a text" + (" or None" if optional else ""), _shown(value))
    if "\0" in value:
        fail(name, "a text without NUL characters", "a NUL character")
    return value


def path(name, value, optional=False):
    """`value` as a file path: a str or an os.PathLike (None allowed when `optional`)."""
    if value is None and optional:
        return ""
    if isinstance(value, os.PathLike):
        value = os.fspath(value)
    if isinstance(value, bytes) or not isinstance(value, str) or not value:
        fail(name, "a file path (str or os.PathLike)" + (" or None" if optional else ""), _shown(value))
    if "\0" in value:
        fail(name, "a file path without NUL characters", "a NUL character")
    return value


def flag(name, value):
    """`value` as a bool (True or False, not a number or a text such as "off")."""
    if not isinstance(value, bool):
        fail(name, "True or False", _shown(value))
    return value


def choice(name, value, allowed):
    """`value`, one of `allowed`."""
    if not isinstance(value, str) or value not in allowed:
        fail(name, " or ".join(repr(a) for a in allowed), _shown(value))
    return value


def iin_key(value):
    """The IIN key as a str; never shown, whatever it is."""
    if value is None:
        return ""
    if not isinstance(value, str):
        fail("iin_key", "a text (the key is never shown)", f"a {type(value).__name__} (not shown)")
    if "\0" in value:
        fail("iin_key", "a text without NUL characters (the key is never shown)", "a NUL character (not shown)")
    return value


class Secret:
    """A value kept out of every repr, str and message (the IIN key)."""

    __slots__ = ("_value",)

    def __init__(self, value):
        self._value = value

    def reveal(self):
        """The value, for the call that needs it."""
        return self._value

    def __repr__(self):
        return "<not shown>" if self._value else "''"

    __str__ = __repr__

    def __reduce__(self):
        raise TypeError("the IIN key is not pickled")
