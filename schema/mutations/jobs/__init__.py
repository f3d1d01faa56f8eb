"""Job and property mutations: one per module (the jobs domain owns properties in the schema)."""
