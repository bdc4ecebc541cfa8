"""Catalogue file readers and writers (CSV), all-or-nothing."""
