"""factcheck: find where news articles about one story disagree."""

__version__ = "0.1.0"
