"""Customer mutations: one per module."""
