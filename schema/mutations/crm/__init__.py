"""The office's records on a customer: contacts, tags, notices, notes (and reminders): one mutation per module."""
