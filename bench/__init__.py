"""Benchmark data and the hand-written SQL "floor" the GraphQL API is compared to."""
