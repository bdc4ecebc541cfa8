"""Relationship care: the rules about customers, consent and follow-ups (pure Python)."""
