"""Versioned schema migrations."""
