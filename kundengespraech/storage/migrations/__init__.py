"""Alembic migrations of the Kundengespräch schema."""
