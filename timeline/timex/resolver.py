"""Kept for code that imports `Reference` from here; the date policy lives in `timeline/timex/policy.py`."""

from timeline.timex.policy import Reference, Resolver

__all__ = ["Reference", "Resolver"]
