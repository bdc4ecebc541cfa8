"""Data shipped with Kundengespräch: questionnaire, demo catalogue, fonts, translations."""
