"""Embedded TrueType fonts for the PDF sheet."""
