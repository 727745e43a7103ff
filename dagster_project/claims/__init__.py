"""Inputs of the claims ledger computed in Python: near-duplicate articles and analyst corrections."""
