"""Small icons used by the user interface."""
