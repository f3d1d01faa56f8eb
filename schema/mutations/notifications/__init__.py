"""Notification mutations: one per module. The `Notification` type lives in `schema.subscriptions`."""
