"""German and English translations of the user interface (Qt .ts/.qm)."""
