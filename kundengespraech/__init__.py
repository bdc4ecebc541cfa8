"""Kundengespräch: needs interview and honest vehicle recommendations for car dealerships."""
