"""A policy or behaviour file with edits, each edit kept only when the core accepts the edited
file (Policy and Behaviour share it)."""
from __future__ import annotations


class EditedFile:
    """A file and its edits (`self.edits`), re-read by the core through `self.document()`."""

    edits: list

    def _keep_if_valid(self, edit: tuple):
        """Append `edit`, kept only when the core accepts the edited file; returns self."""
        self.edits.append(edit)
        try:
            self.document()
        except Exception:
            self.edits.pop()
            raise
        return self
