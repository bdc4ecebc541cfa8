"""Example answer files (contract 1) for the documentation and the tests."""
