"""timeline: dated, merged timelines from Chinese news articles."""

from timeline.api import parse

__all__ = ["parse", "__version__"]
__version__ = "0.1.0"
