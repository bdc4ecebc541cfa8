"""The recommendation sheet as PDF."""
