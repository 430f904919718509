"""help() on the package shows what it offers: every public class, function and method of
bailiff has a docstring and a typed signature."""

import inspect
import pydoc

import bailiff
from bailiff import _core
from bailiff.plot import Plots

# Names the extension defines (pybind11 states their types in the docstring), and those of
# bailiff/calibration.py, which is being moved with the calibration (not typed yet).
NOT_TYPED_HERE = {name for name in bailiff.__all__
                  if getattr(_core, name, None) is getattr(bailiff, name)} | {"Calibration", "calibrate"}
PURE = [getattr(bailiff, name) for name in bailiff.__all__ if name not in NOT_TYPED_HERE] + [Plots]


def _public_callables():
    for thing in PURE:
        if inspect.isclass(thing):
            yield thing.__name__, thing
            for name, member in vars(thing).items():
                if name.startswith("_") and name != "__init__":
                    continue
                function = getattr(member, "fget", None) or getattr(member, "func", None) or member
                if isinstance(member, (staticmethod, classmethod)):
                    function = member.__func__
                if callable(function):
                    yield f"{thing.__name__}.{name}", function
        else:
            yield thing.__name__, thing


def test_every_public_name_has_a_docstring_and_typed_signature():
    missing_doc, untyped = [], []
    for name, function in _public_callables():
        if not inspect.getdoc(function):
            missing_doc.append(name)
        if inspect.isclass(function) or inspect.isbuiltin(function):
            continue
        if getattr(function, "__dataclass_fields__", None):
            continue
        signature = inspect.signature(function)
        if signature.return_annotation is inspect.Signature.empty:
            untyped.append(name)
        untyped += [f"{name}({p})" for p, parameter in signature.parameters.items()
                    if p not in ("self", "cls") and parameter.annotation is inspect.Parameter.empty]
    assert missing_doc == [] and untyped == []


def test_help_shows_the_behaviour_edits_and_the_plots():
    behaviour = pydoc.render_doc(bailiff.Behaviour, renderer=pydoc.plaintext)
    assert "scale(self, group: 'str', factor: 'float') -> 'Behaviour'" in behaviour
    assert "JSON pointer" in behaviour
    assert "paid_curve(self, ax: 'Optional[Axes]' = None) -> 'Axes'" in \
        pydoc.render_doc(Plots, renderer=pydoc.plaintext)
