"""Bind: facts from mentions, each in its slot (frames, open slots, events, scopes)."""
