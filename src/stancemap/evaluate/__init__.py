"""Scorers and gold readers for `stancemap eval` (services layer)."""
