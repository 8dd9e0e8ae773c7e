"""The one error every reading stage raises: a document that cannot be read."""

from __future__ import annotations


class DocumentError(Exception):
    """A document that cannot be read; the message is one line naming the path and the reason."""


class DocumentTooLarge(DocumentError):
    """A document over the size limit (`max_bytes`); the caller may say how to raise the limit."""
