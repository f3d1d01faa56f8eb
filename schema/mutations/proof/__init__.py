"""Proof of work: checklists and attached photos and documents, one mutation per module."""
